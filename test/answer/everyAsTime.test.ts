import { questionType, typeCue } from '../../src/answer/questionType';

/**
 * "every" tells when or how often only with a unit of time or an occasion ("every two years", "every meeting"); "No
 * protocol can cover every situation", "It applies to every councillor" say nothing of time, and a "how often" question
 * took them as its answer (answers52, on a borough protocol never seen). Sentences my own.
 */
test('asked how often, a sentence with "every" and a period or occasion has the time cue', () => {
  expect(questionType('How often is this protocol reviewed?')).toBe('when');
  expect(typeCue('when', 'The Standards Committee will review this Protocol every two years.')).toBe(1);
  expect(typeCue('when', 'The Clerk reports on requests at every meeting of the Council.')).toBe(1);
  expect(typeCue('when', 'Gifts are listed in a register which is published every year.')).toBe(1);
});

test('"every" with no period or occasion is no time cue', () => {
  expect(typeCue('when', 'No protocol can cover every situation.')).toBe(0);
  expect(typeCue('when', 'It applies to every councillor, elected or co-opted.')).toBe(0);
  expect(typeCue('when', 'Officers are given every opportunity to advise the Council.')).toBe(0);
});
