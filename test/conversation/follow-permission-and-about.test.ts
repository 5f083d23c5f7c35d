import { readTurn } from '../../src/conversation/turn';
import { assistantWithThreads } from '../support/threads';

/**
 * follow29: a closing "if I'm allowed" / "whether I can" asks the thread's own question of permission again, so "who
 * decides if I'm allowed?" stays on the thread; and a condition that says what the case is about ("and if it's about my
 * pay?") poses a case of its own with one word. Situations written for these tests.
 */
const threads = assistantWithThreads();

const ask = (text: string, thread: string, council: string, role: 'councillor' | 'officer' = 'councillor') =>
  threads.assistant.answer(text, { id: `test:${role}`, name: 'Test', role }, { council, record: false, thread });

describe('a closing question of permission points back', () => {
  test('the form: "who decides if I\'m allowed?" asks nothing of its own; "who decides on the grants?" does', () => {
    expect(readTurn("who decides if I'm allowed?").asksItsOwn).toBe(false);
    expect(readTurn('so who decides whether we can?').asksItsOwn).toBe(false);
    expect(readTurn('and who decides on the grants anyway?').asksItsOwn).toBe(true);
  });

  test('after asking for another committee\'s papers, who decides stays on access to documents', () => {
    ask("can I read the personnel committee's papers if I'm not a member of it?", 'perm-als', 'alsager');
    const reply = ask('and who decides whether I can?', 'perm-als', 'alsager');
    expect(reply.followUp).toBe(true);
    expect(reply.intent).toBe('document_access');
  });
});

describe('a condition that says what the case is about', () => {
  test('the form: one word of its own after "about" is a case; a person or "urgent" is not', () => {
    expect(readTurn("and if it's about my pay?").posesItsOwnCase).toBe(true);
    expect(readTurn("what if it's about the clerk?").posesItsOwnCase).toBe(false);
    expect(readTurn("and if it's urgent?").posesItsOwnCase).toBe(false);
  });
});
