import { readTurn } from '../../src/conversation/turn';
import { assistantWithThreads } from '../support/threads';

/**
 * follow28: a condition that names a case of its own ("and if a councillor shouts at me, what then?") is read on its own
 * when its own reading is another topic and sure, however sure the thread is; a short condition that carries the thread on
 * ("what if she says no?") or names only who asks ("what if it's the chair asking?") stays on it. Situations written for
 * these tests.
 */
const threads = assistantWithThreads();

const ask = (text: string, thread: string, council: string, role: 'councillor' | 'officer' = 'councillor') =>
  threads.assistant.answer(text, { id: `test:${role}`, name: 'Test', role }, { council, record: false, thread });

describe('a condition that poses a case of its own', () => {
  test('the form: a condition with words of its own, not one that carries the thread on or names who asks', () => {
    expect(readTurn('and if a councillor shouts at me, what then?').posesItsOwnCase).toBe(true);
    expect(readTurn('what if my cousin runs the café there?').posesItsOwnCase).toBe(true);
    expect(readTurn('what if she says no?').posesItsOwnCase).toBe(false);
    expect(readTurn('and for officers?').posesItsOwnCase).toBe(false);
    expect(readTurn("and if I'm an officer?").posesItsOwnCase).toBe(false);
    expect(readTurn("what if it's the mayor asking?").posesItsOwnCase).toBe(false);
  });

  test('after a thread on what staff can expect, a complaint about a councillor is read as one', () => {
    ask('what should members expect of the officers here?', 'case-cott', 'cottingham');
    ask("and if I'm an officer?", 'case-cott', 'cottingham');
    const reply = ask('and if a councillor keeps belittling me, what then?', 'case-cott', 'cottingham');
    expect(reply.intent).toBe('complaint_about_councillor');
  });

  test('a short condition still carries the thread on', () => {
    ask('can I ask an officer to tone down the conclusions in her report?', 'case-hal', 'halstead');
    const reply = ask('what if she says no?', 'case-hal', 'halstead');
    expect(reply.followUp).toBe(true);
    expect(reply.intent).toBe('officer_impartiality');
  });
});
