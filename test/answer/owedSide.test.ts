import { asksWhatIsOwed } from '../../src/answer/questionType';
import { chooseInOneClause, sideCuesInOneClause } from '../support/answers';

// answers41 (issue #10): a councillor asking what officers owe them ("Can I expect a reply …?", "the clerk hasn't replied
// … what can I do") asks about their own side, so a sentence about officers' conduct towards members ("Staff will answer
// a councillor's message …") was counted against as what *they* must do (−0.5 of the side cue). Asked what the asker is
// owed, such a sentence now fits the asker's side. Clause texts and questions are my own wording, not taken from any
// evaluation set or pair file.

const REPLY = 'Staff will always try to reply to messages from councillors within five working days.';
const TIDY = 'Staff must keep the reception area tidy.';
const THEIR_DUE = 'Officers can expect from Councillors: courtesy and patience.';
const SERVED = 'The ward councillors should be consulted before any works begin.';

const sideCues = sideCuesInOneClause;

describe('a message asking what the other side owes the asker', () => {
  test('is read from its wording: expecting, being entitled, being told, or not being answered', () => {
    expect(asksWhatIsOwed('Can I expect the office to ring me back this week?')).toBe(true);
    expect(asksWhatIsOwed('Am I entitled to see the draft budget?')).toBe(true);
    expect(asksWhatIsOwed('Should I be told when the verges are cut in my ward?')).toBe(true);
    expect(asksWhatIsOwed("The deputy clerk hasn't answered my letter. What now?")).toBe(true);
    expect(asksWhatIsOwed('Can I ring the clerk at home on a Sunday?')).toBe(false);
    expect(asksWhatIsOwed('Can I ask staff to deliver my leaflets?')).toBe(false);
  });

  test("counts a sentence of the other side's conduct towards the asker's side as fitting the asker", () => {
    const cues = sideCues(`${REPLY} ${TIDY} ${SERVED}`, 'Can I expect a quick reply when I email the office?');
    expect(cues[REPLY]).toBe(1);
    expect(cues[SERVED]).toBe(1);
    // About the other side only, towards no one: still what *they* must do.
    expect(cues[TIDY]).toBe(-0.5);
  });

  test("reads 'X can expect' as X's due: the other side's due is not the asker's", () => {
    expect(sideCues(`${THEIR_DUE} ${REPLY}`, 'What can I expect from officers?')[THEIR_DUE]).toBe(-0.5);
    expect(sideCues(`${THEIR_DUE} ${REPLY}`, 'What can I expect from councillors?', 'officer')[THEIR_DUE]).toBe(1);
  });

  test('leaves a question about the asker\'s own conduct as it was', () => {
    expect(sideCues(`${REPLY} ${TIDY}`, 'Can I ask staff to deliver my leaflets?')[REPLY]).toBe(-0.5);
  });

  test('so the promise the other side makes answers it', () => {
    const clause = `${REPLY} Councillors should not send staff messages in the evening.`;
    expect(chooseInOneClause(clause, "The clerk hasn't replied to my messages for a fortnight. What can I do?")).toBe(REPLY);
  });
});
