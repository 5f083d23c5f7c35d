import { typeCue } from '../../src/answer/questionType';
import { chooseInOneClause } from '../support/answers';

// The twelfth answer round (branch answers13): rules written the way a guide or a question-and-answer
// leaflet writes them. Clause texts and questions are my own, written for these tests; none is taken
// from an evaluation set.

describe('a guide that forbids in the imperative answers "can I"', () => {
  test('"Do not …" and "Please do not …" at the head of a sentence are a prohibition, as "must not" is', () => {
    expect(typeCue('can', 'Please do not hand out keys to the community hall yourself.')).toBe(1);
    expect(typeCue('can', "Don't promise residents that a streetlight will be mended.")).toBe(1);
    expect(typeCue('can', 'Do not give the litter pickers tasks of your own.')).toBe(1);
    // Not a "do not" in the middle of a description.
    expect(typeCue('can', 'The volunteers who do not hold keys meet at the library.')).toBeLessThan(1);
  });

  test('asked whether to do something the guide forbids, the forbidding sentence answers, not the exception after it', () => {
    const clause =
      'Please do not ask the caretaker to open the hall outside its booked hours. If a booked event finds the hall locked, you may phone the caretaker directly, but you must tell the Clerk afterwards.';
    expect(chooseInOneClause(clause, 'Can I ask the caretaker to open the hall early for my ward surgery?')).
toContain('Please do not ask the caretaker');
  });
});

describe('removal from committees is a consequence', () => {
  test('"may remove the councillor from …" answers "what happens if …"', () => {
    expect(typeCue('what_if', 'The Council may also remove the member from any of its committees.')).toBe(1);
    expect(typeCue('what_if', 'The Council removed the old noticeboard from the green.')).toBeLessThan(1);
  });
});

describe('everyday words for preparing a paper', () => {
  test('asked who puts a paper together, the sentence in which a post prepares it answers, not the one about sending items to it', () => {
    const clause =
      'A councillor who wants an item in the parish newsletter must send it to the Deputy Clerk by the first of the month. The newsletter is prepared by the Deputy Clerk with the Chair of the Council.';
    expect(chooseInOneClause(clause, 'Who puts the newsletter together?')).toContain('The newsletter is prepared by the Deputy Clerk');
  });
});
