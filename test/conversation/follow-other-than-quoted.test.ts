import { movesIn } from '../../src/conversation/moves';
import { assistantWithThreads } from '../support/threads';

/**
 * follow24: a follow-up asking for someone or something other than what was just quoted ("who should I ask instead?",
 * "anyone else?", "other than her?") is never answered with the sentence already quoted: another sentence of the cited
 * clauses that names a post or route, or a plain "names no one else" with the Clerk offered. Situations written for these tests.
 */
const threads = assistantWithThreads();

const ask = (text: string, thread: string, council: string) =>
  threads.assistant.answer(text, { id: 'test:councillor', name: 'Test', role: 'councillor' }, { council, record: false, thread });

describe('a follow-up asking for someone else', () => {
  test.each(['who should I ask instead then?', 'is there anyone else?', 'someone else maybe?', 'who else could I go to?', 'other than her, who?', 'and if not the clerk?', 'apart from the chairman, is there another route?'])(
    '"%s" asks for an alternative',
    (text) => {
      expect(movesIn(text).map((m) => m.name)).toContain('alternative');
    },
  );

  test.each(['and if nobody else is around?', 'is the clerk in today?', 'what else does it say?', 'can I ask the chair?'])('"%s" does not', (text) => {
    expect(movesIn(text).map((m) => m.name)).not.toContain('alternative');
  });

  test('after the same sentence twice, "instead" does not get it a third time, and says so plainly', () => {
    const thread = 'brambles';
    const quoted: string[] = [];
    for (const text of ['can my groundsman be told to clear the brambles along the allotment path?', 'and the caretaker?', 'what if it is urgent and blocking the way?']) {
      const reply = ask(text, thread, 'cottingham');
      if (reply.answer) quoted.push(reply.answer.text);
    }
    expect(quoted.length).toBeGreaterThan(0);
    const next = ask('so who do I ask instead?', thread, 'cottingham');
    expect(next.followUp).toBe(true);
    expect(next.intent).toBe('instructing_officers');
    if (next.answer) expect(quoted).not.toContain(next.answer.text);
    else expect(next.summary).toMatch(/I'm not sure who else: .* I found no one named beyond what I quoted\. I can pass your question to the Clerk/);
  });

  test('after one answer, "other than her" is answered by another sentence that names a post or route', () => {
    const thread = 'newsletter';
    const first = ask('can I ask the admin assistant to print my ward newsletter?', thread, 'flitwick');
    const next = ask('who can I ask other than her?', thread, 'flitwick');
    expect(next.followUp).toBe(true);
    expect(next.answer).not.toBeNull();
    expect(next.answer!.text).not.toBe(first.answer?.text);
  });

  test('"if not the town clerk, who?" is not answered by a sentence that names only the town clerk', () => {
    const thread = 'repairs';
    ask('can I ask the town clerk to push the contractor on the car park repairs?', thread, 'flitwick');
    ask("what about if it's an emergency?", thread, 'flitwick');
    const next = ask('and if not the town clerk, who?', thread, 'flitwick');
    expect(next.followUp).toBe(true);
    if (next.answer) expect(next.answer.text).not.toMatch(/Town Clerk/);
    else expect(next.summary).toMatch(/found no one named beyond what I quoted/);
  });
});
