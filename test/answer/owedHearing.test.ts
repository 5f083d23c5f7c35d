import { asksWhatIsOwed } from '../../src/answer/questionType';
import { chooseInOneClause } from '../support/answers';

// answers51: "how long before I hear …?" asks when the other side will tell the asker something, as "when should I hear
// back?" did, but only "hear back" was read that way; a sentence of the clerk's duty towards the councillor ("… will
// inform the councillor of the outcome within …") was counted against a councillor as what *officers* must do, and the
// clause's opening rule for councillors was quoted. Clause text and questions are my own wording, not taken from any
// evaluation set or pair file.

const RAISE = 'A councillor who is dissatisfied with the work of a member of staff should raise it privately with the Clerk.';
const OUTCOME = 'The Clerk will look into it and inform the councillor of the outcome within fifteen working days.';

describe('asking when the asker will hear', () => {
  test('is read as asking what the other side owes them', () => {
    expect(asksWhatIsOwed("If I complain about the caretaker, how long before I hear what's happened?")).toBe(true);
    expect(asksWhatIsOwed('When will I hear anything about my request?')).toBe(true);
    expect(asksWhatIsOwed('How long until we get a reply from the office?')).toBe(true);
    // Not a story of hearing something, nor a question about the asker's own duty.
    expect(asksWhatIsOwed('I heard the caretaker was rude to a resident. What should I do?')).toBe(false);
    expect(asksWhatIsOwed('How long do I have to declare a gift?')).toBe(false);
  });

  test("so the other side's duty towards the asker answers a how-long question", () => {
    expect(chooseInOneClause(`${RAISE} ${OUTCOME}`, 'If I raise a complaint about the caretaker, how long before I hear the outcome?')).toBe(OUTCOME);
  });
});
