import { asksForNextStep, toldSetback } from '../../src/answer/questionType';

// answers50 (issue #10): more everyday words for a setback and for asking what lies beyond it, so that such a message
// gets the next step (WEIGHTS.remedy). Messages are my own wording, written for this test; none is taken from an
// evaluation set.
describe('a setback told, then who or what is beyond it', () => {
  test.each([
    'The clerk knocked back my request for the bowls club lease. Who else could decide?',
    'She declined to show me the survey of the churchyard wall. Can I go over her head?',
    'The office declined my request for the hedge-cutting invoices. Can anyone overrule that?',
    "I took my worry about the caretaker to the clerk and it wasn't resolved. Can it be looked at again?",
    "My complaint about the noise at the depot still isn't sorted. Can I take it higher?",
    'I had a word with the clerk about it and nothing changed. Is that the end of it?',
    'Six weeks and no outcome from the clerk. What happens next?',
    'I asked for the pavilion accounts and was turned down. Can the decision be reviewed?',
  ])('%s', (message) => {
    expect(asksForNextStep(message)).toBe(true);
  });

  test('neither the words for "who else" without a setback, nor a gift the asker declined, is a next step', () => {
    expect(asksForNextStep('Who else in the office can help me book the hall?')).toBe(false);
    expect(toldSetback('I declined the tickets the contractor offered. Who else should know about it?')).toBe(false);
    expect(toldSetback('It was resolved last week. Who else should I tell?')).toBe(false);
  });
});
