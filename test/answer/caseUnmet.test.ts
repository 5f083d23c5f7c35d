import { caseStems, leavesCaseUnmet } from '../../src/answer/caseMet';
import { chooseInOneClause } from '../support/answers';

// answers66: the right clause, the wrong sentence, the other way round from answers62. A clause's rule for everyone is often
// followed by the sentence for one case of it ("A member who is unsure whether … should ask …"); a message that is not
// about that case, but shares more words with it, was answered with the case. Texts and questions are my own wording,
// written for these tests; none is taken from an evaluation set or from the design or check pairs.

const unit = (text: string, conditionPosts: string[] = []) => ({ text, conditionPosts, caseStems: caseStems(text) });
const asked = (message: string) => new Set(caseStems(`If ${message},`) ?? []);

describe('the case a sentence is written for', () => {
  test('a condition, or a relative clause on its subject', () => {
    expect(caseStems('If the hall is flooded, a member may ring the warden.')).toEqual(expect.arrayContaining(['hall']));
    expect(caseStems('A member who loses a key must tell the Clerk.')).toEqual(expect.arrayContaining(['lose', 'key'].map((w) => caseStems(`If ${w},`)?.[0])));
  });

  test('none for a rule for everyone, a describing "who", or a case that points back', () => {
    expect(caseStems('Members must not give instructions to staff.')).toBeUndefined();
    expect(caseStems('The Clerk, who is the Proper Officer, keeps the register.')).toBeUndefined();
    expect(caseStems('A member who receives such a request must pass it on.')).toBeUndefined();
  });

  test('not met when the message shares no word of it and names none of its posts', () => {
    const sentence = unit('A member who loses a key must tell the Clerk.');
    expect(leavesCaseUnmet(asked('who hands out the keys'), 'Who hands out the keys?', sentence, 'councillor')).toBe(false);
    expect(leavesCaseUnmet(asked('who hands out the door codes'), 'Who hands out the door codes?', sentence, 'councillor')).toBe(true);
  });

  test('met by an asker of the side the condition names', () => {
    const sentence = unit('If you are a member of staff and a member asks you for a favour, you should refer them to the Clerk.');
    expect(leavesCaseUnmet(new Set(), 'What should I do?', sentence, 'officer')).toBe(false);
    expect(leavesCaseUnmet(new Set(), 'What should I do?', sentence, 'councillor')).toBe(true);
  });
});

describe('the rule for everyone beside a case the message is or is not about', () => {
  const RULE = 'Members may not use the minibus for party business.';
  const CASE = 'A member who hires the minibus for a youth club trip must pay the mileage rate to the Clerk.';

  test('a message not about the case is answered with the rule', () => {
    expect(chooseInOneClause(`${RULE} ${CASE}`, 'Can I use the minibus to take leafleters round for my party?')).toBe(RULE);
  });

  test('a message about the case is answered with the case', () => {
    expect(chooseInOneClause(`${RULE} ${CASE}`, 'If I hire the minibus for a youth club trip, what do I have to pay?')).toBe(CASE);
  });
});
