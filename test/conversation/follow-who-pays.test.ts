import { movesIn } from '../../src/conversation/moves';
import { assistantWithThreads } from '../support/threads';

/**
 * A follow-up that asks who pays for the thread's thing, or who approves its cost ("who pays if the trailer gets
 * scratched?", "who signs off the hire fee?"): the council's money, whatever the thread was about (follow31).
 * Sentences written for these tests.
 */
const threads = assistantWithThreads('cottingham');

const ask = (text: string, thread: string, council: string) =>
  threads.assistant.answer(text, { id: 'test:councillor', name: 'Test', role: 'councillor' }, { council, record: false, thread });

const asksWhoPays = (text: string) => movesIn(text).some((m) => m.name === 'payment');

describe('who pays', () => {
  test.each(['who pays if the trailer gets scratched?', 'and who foots the bill for the hall?', 'who signs off the hire fee?', 'who sets the pitch charges anyway?', 'who approves the invoices before they get paid?'])(
    '"%s" asks who pays',
    (text) => expect(asksWhoPays(text)).toBe(true),
  );

  test.each(['who approves it?', 'who decides whether it goes to the chairman?', 'who signs letters for the council?', 'who sets the agenda?'])('"%s" does not', (text) =>
    expect(asksWhoPays(text)).toBe(false),
  );

  test('after borrowing equipment the question is the council\'s money', () => {
    const thread = 'who-pays-equipment';
    expect(ask('can I borrow the council projector for our village hall film night?', thread, 'alsager').intent).toBe('council_resources');
    const next = ask('who pays if it breaks?', thread, 'alsager');
    expect(next.followUp).toBe(true);
    expect(next.intent).toBe('finance_and_contracts');
  });

  test('after a finance question the thread stays where it was', () => {
    const thread = 'who-pays-finance';
    expect(ask('can I buy some planters for the high street and claim the money back?', thread, 'flitwick').intent).toBe('finance_and_contracts');
    expect(ask('who pays for them?', thread, 'flitwick').intent).toBe('finance_and_contracts');
  });
});
