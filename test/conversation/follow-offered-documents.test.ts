/**
 * "Request these documents" — "yes please": the document form opens filled in with what the offer carried (the
 * sentences that ask, or the thread's documents), as the offer's button fills it, in every channel (the thread keeps
 * it, not the channel). UAT (uat16): Slack's and Teams' button filled "What documents…" with "Could I get copies of
 * the minutes of the last three planning committee meetings please?", a typed "yes" with the slot phrase "the minutes
 * of the last three planning committee" (cut short), and the console's "yes" likewise ("…can I see the invoices for
 * what the council spent on the Christmas lights?" gave "the invoices for what the council spent").
 */
import { assistantWithThreads } from '../support/threads';

const threads = assistantWithThreads('flitwick');
const councillor = { id: 'u-offered-docs', name: 'Cllr Test', role: 'councillor' as const };
const ask = (text: string, thread: string) => threads.assistant.answer(text, councillor, { thread, record: false });

describe('accepting an offer to file a document request', () => {
  test.each([
    ['od-1', 'Hi, I was only elected last month. Could I get copies of the minutes of the last three planning committee meetings please?', 'Could I get copies of the minutes of the last three planning committee meetings please?'],
    ['od-2', 'As a councillor can I see the invoices for what the council spent on the Christmas lights?', 'As a councillor can I see the invoices for what the council spent on the Christmas lights?'],
  ])('%s: "yes please" opens the form with what the offer carried', (thread, message, asked) => {
    const offered = ask(message, thread).actions.find((a) => a.kind === 'document_request');
    expect(offered?.prefill.subject).toBe(asked);
    expect(ask('yes please', thread).open).toEqual({ kind: 'document_request', label: 'Request these documents', prefill: { subject: asked } });
  });

  test("after a follow-up, the follow-up's offer is the one filled in (the thread's documents)", () => {
    ask('Could I read the tender documents for the pavilion roof?', 'od-3');
    const followUp = ask('what if the clerk says no?', 'od-3').actions.find((a) => a.kind === 'document_request');
    expect(followUp?.prefill.subject).toBe('the tender documents for the pavilion roof');
    expect(ask('ok, file it', 'od-3').open?.prefill).toEqual({ subject: 'the tender documents for the pavilion roof' });
  });

  test('the documents go with their offer: once the form has opened, or another answer offers something else, they are not kept', () => {
    ask('Could I get copies of the minutes of the last planning committee meeting please?', 'od-4');
    ask('yes please', 'od-4');
    expect(threads.assistant.conversations.load('od-4', 'flitwick')?.offeredDocuments).toBeUndefined();

    ask('Could I get copies of the minutes of the last planning committee meeting please?', 'od-5');
    expect(threads.assistant.conversations.load('od-5', 'flitwick')?.offeredDocuments).toBe('Could I get copies of the minutes of the last planning committee meeting please?');
    ask('What time does the tip open on Sundays?', 'od-5');
    expect(threads.assistant.conversations.load('od-5', 'flitwick')?.offeredDocuments).toBeUndefined();
  });
});
