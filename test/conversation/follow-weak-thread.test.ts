import { assistantWithThreads } from '../support/threads';

/**
 * A first turn the classifier could not place ("odd one this") leaves a thread unsure of its topic. A
 * follow-up that then says what it means in words the classifier reads on their own is read as
 * itself; one that still says too little leans on the thread as before (eighth session, follow16).
 * Situations written for these tests.
 */
const threads = assistantWithThreads('flitwick');

const ask = (text: string, thread: string, council: string, role: 'councillor' | 'officer') =>
  threads.assistant.answer(text, { id: `test:${role}`, name: 'Test', role }, { council, record: false, thread });

describe('a follow-up after a first turn the thread is unsure of', () => {
  test('a correction that names a matter of its own is read as that matter', () => {
    const thread = 'weak-thread-panel';
    const first = ask('odd one this', thread, 'flitwick', 'officer');
    expect(first.intent).not.toBe('employment_and_appointments');
    expect(ask('sorry, I meant the interview panel, not the full council', thread, 'flitwick', 'officer').intent).toBe('employment_and_appointments');
  });

  test('a follow-up that says too little of its own still leans on the thread', () => {
    const thread = 'weak-thread-committee';
    const first = ask('it is about my wife', thread, 'tewkesbury', 'councillor');
    const next = ask('I meant the planning committee, not full council', thread, 'tewkesbury', 'councillor');
    expect(next.followUp).toBe(true);
    expect(next.intent).toBe(first.intent);
  });
});
