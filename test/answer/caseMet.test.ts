import { meetsCase } from '../../src/answer/caseMet';
import { chooseInOneClause } from '../support/answers';

// answers62: the right clause, the wrong sentence. A rule is often followed by the sentence for one case of it ("If the
// approach fails, …", "Where the relative is the Clerk, …", "In a real emergency, …"). When the message is about that
// case, the case's sentence is quoted with the rule. Texts and questions are my own wording, written for these tests;
// none is taken from an evaluation set or from the design or check pairs.

const sentence = (text: string, conditionPosts: string[] = [], laterStep = false) => ({ text, conditionPosts, laterStep });

describe('whether a message meets the case a sentence opens', () => {
  const RULE = 'Members must not ring staff on their own phones.';

  test('a condition word the chosen rule lacks', () => {
    expect(meetsCase('Is it different in an emergency at night?', sentence('In a real emergency, such as a flood, a member may ring the duty warden.'), RULE, false)).toBe(true);
  });

  test('a later step, when the message tells of the setback', () => {
    const later = sentence('A member who is refused a document may ask the Finance Committee to look again.', [], true);
    expect(meetsCase('The clerk refused me the audit file. Can I challenge that?', later, 'Requests for documents go to the Clerk.', true)).toBe(true);
    expect(meetsCase('How do I get the audit file?', later, 'Requests for documents go to the Clerk.', false)).toBe(false);
  });

  test('not a party word, an asking verb, or a word of the family the rule already has', () => {
    expect(meetsCase('Can I ask the clerk for the plans?', sentence('Where a member asks the clerk for help, the clerk decides.'), 'Members may see plans.', false)).toBe(false);
    expect(meetsCase('Can I pass on the confidential plans?', sentence('Where papers are confidential, the clerk marks them.'), 'Nothing given in confidence may be passed on.', false)).toBe(false);
  });

  test('not a sentence that opens no case, nor a condition with no end', () => {
    expect(meetsCase('Can I ring the warden in a flood?', sentence('Floods are dealt with by the warden.'), RULE, false)).toBe(false);
    expect(meetsCase('I want to complain about the deputy clerk', sentence('If the complaint is about a group leader it goes to the deputy leader.'), RULE, false)).toBe(false);
  });
});

describe('quoting the case with the rule', () => {
  const RULE = 'Members must not ring staff on their home or mobile phones.';
  const CASE = 'In a real emergency, such as a burst main, a member may ring the duty officer.';

  test('the case the message is about is quoted after the rule', () => {
    expect(chooseInOneClause(`${RULE} ${CASE}`, 'Is it ok to ring staff on their mobile phones in an emergency?')).toBe(`${RULE} ${CASE}`);
  });

  test('not when the message is about the general rule only', () => {
    expect(chooseInOneClause(`${RULE} ${CASE}`, 'Is it ok to ring staff on their mobile phones at the weekend?')).toBe(RULE);
  });
});
