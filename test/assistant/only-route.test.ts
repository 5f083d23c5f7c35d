import { assistantWithThreads } from '../support/threads';

/**
 * follow28: "what else can I do?" when the protocol sets out one route says so, quoting that route once and offering the
 * Clerk, rather than quoting the same sentence again as if it were another. Situations written for these tests.
 */
const threads = assistantWithThreads();

const ask = (text: string, thread: string, council: string) =>
  threads.assistant.answer(text, { id: 'test:officer', name: 'Test', role: 'officer' }, { council, record: false, thread });

describe('asking for another option where the protocol has one', () => {
  test('says it found nothing else, quotes it once and offers the Clerk', () => {
    const first = ask('a member has been shouting at me in the office; who do I report it to?', 'only-hal', 'halstead');
    expect(first.answer).toBeTruthy();
    const reply = ask('what else can I do?', 'only-hal', 'halstead');
    expect(reply.intent).toBe(first.intent);
    expect(reply.summary).toMatch(/^I found nothing else on this in Halstead/);
    expect(reply.summary.split(first.answer!.text.slice(0, 40)).length).toBe(2);
    expect(reply.answer).toBeNull();
    expect(reply.actions.some((a) => a.kind === 'question')).toBe(true);
  });

  test('asked again, the thread still remembers the route quoted', () => {
    ask('a member has been shouting at me in the office; who do I report it to?', 'only-hal2', 'halstead');
    ask('what else can I do?', 'only-hal2', 'halstead');
    const again = ask('is there anything else I can do?', 'only-hal2', 'halstead');
    expect(again.summary).toMatch(/^I found nothing else on this/);
  });
});
