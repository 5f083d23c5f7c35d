import { asksAboutAnotherCouncillor, COUNCILLOR_ABOUT_COUNCILLOR_RULE } from '../../src/nlu/councillorPair';
import { READING_RULES } from '../../src/nlu/readingRules';

// answers67 (docs/answers-round67.md): a councillor asking where to take a complaint about another councillor is the
// complaint about a councillor, not about an officer. Messages are my own wording.
const asks = (text: string) => asksAboutAnotherCouncillor(text, [text]);

describe('a councillor complaining about another councillor', () => {
  test('a member named as whom it is about, and a route asked', () => {
    expect(asks('A fellow councillor keeps breaking the code. Who do I complain to?')).toBe(true);
    expect(asks('Cllr Brook was abusive to me after the meeting. Where do I take a complaint about him?')).toBe(true);
    expect(asks('As a councillor, how do I complain about the deputy mayor?')).toBe(true);
  });

  test('staff named, no member, or no route asked: left to the classifier', () => {
    expect(asks('The clerk was curt with me at the desk. Who do I complain to?')).toBe(false);
    expect(asks('The office still has not logged my casework. How do I complain? Regards, Cllr A. Smith')).toBe(false);
    expect(asks('Another councillor keeps breaching the code of conduct.')).toBe(false);
    // Where it goes is not whom it is about.
    expect(asks('A fellow member swore at me. Should I complain to the Monitoring Officer?')).toBe(true);
  });

  test('asked last, and keeps the classifier’s certainty', () => {
    expect(READING_RULES[READING_RULES.length - 1]).toBe(COUNCILLOR_ABOUT_COUNCILLOR_RULE);
    expect(COUNCILLOR_ABOUT_COUNCILLOR_RULE.decides({} as never)).toEqual({ intent: 'complaint_about_councillor', keepsCertainty: true });
  });
});
