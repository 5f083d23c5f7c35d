import { AnswerSelector, sideAskedAbout } from '../../src/answer/select';
import { askingPart } from '../../src/answer/questionType';
import { parseProtocol } from '../../src/protocols/parse';

// Which sentence of the right clause answers (the tenth answer round). Clause texts and questions are
// written for these tests, in my own words; none is taken from an evaluation set.
const choose = (clauseText: string, question: string, role: 'councillor' | 'officer' = 'councillor') => {
  const { clauses } = parseProtocol(`1. Test\n\n1.1 ${clauseText}\n`, 'test');
  return new AnswerSelector().choose(clauses, question, role, [{ clause: clauses[0], prior: 1 }])?.text;
};
const side = (question: string, role: 'councillor' | 'officer') => sideAskedAbout(question, askingPart(question), role);

describe('"will …?" asks what will be done, and by whom is rarely the asker', () => {
  test('the side is the one the question names, not the asker\'s, unless it happens to the asker', () => {
    expect(side('After I complain about an officer, will I be told the outcome?', 'councillor')).toBe('officer');
    expect(side('Once I have sent my request in, will I get an answer this week?', 'councillor')).toBeUndefined();
    // What will happen happens to the asker: the protocol says it of the asker's side.
    expect(side('If I report a councillor for shouting at me, will it be held against me?', 'officer')).toBe('officer');
    // "Can I …?" is still about the asker.
    expect(side('After I complain about an officer, can I see the file?', 'councillor')).toBe('councillor');
  });

  test('asked whether they will hear the outcome of a complaint, a councillor gets what the Clerk will do, not how to complain', () => {
    const answer = choose(
      'A councillor who wishes to complain about the conduct of an officer should write to the Clerk. The Clerk will look into the complaint and tell the councillor what happens.',
      'After I complain about an officer, will anything happen?',
    );
    expect(answer).toBe('The Clerk will look into the complaint and tell the councillor what happens.');
  });
});
