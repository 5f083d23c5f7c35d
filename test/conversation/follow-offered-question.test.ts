/**
 * "Shall I pass your question to the Town Clerk?" — "yes please": the question form opens with the
 * question the offer was made for, in every channel (the thread keeps it, not the channel).
 */
import { assistantWithThreads } from '../support/threads';

const threads = assistantWithThreads('flitwick');
const councillor = { id: 'u-offered', name: 'Cllr Test', role: 'councillor' as const };

describe('accepting an offer to pass a question to the Clerk', () => {
  const ask = (text: string, thread: string) => threads.assistant.answer(text, councillor, { thread, record: false });

  test('"yes please" opens the question form filled with the question offered and the answer given', () => {
    const question = 'Can I ask the clerk to explain the standing orders to me before the meeting?';
    const offered = ask(question, 'oq-1').actions.find((a) => a.kind === 'question');
    expect(offered?.prefill.question).toBe(question);

    const accepted = ask('yes please', 'oq-1');
    expect(accepted.open).toEqual({ kind: 'question', label: 'Ask the Town Clerk', prefill: { question, botAnswer: offered?.prefill.botAnswer } });
  });

  test('an out-of-scope question offered to the Clerk is kept through a "thanks", and filled in', () => {
    ask('What time does the tip open on Sundays?', 'oq-2');
    expect(ask('thanks', 'oq-2').open).toBeUndefined();
    expect(ask('ok, file it', 'oq-2').open?.prefill).toEqual({ question: 'What time does the tip open on Sundays?' });
  });

  test('the question goes with its offer: once the form has opened, or another answer offers something else, it is not kept', () => {
    ask('What time does the tip open on Sundays?', 'oq-3');
    ask('yes please', 'oq-3');
    expect(threads.assistant.conversations.load('oq-3', 'flitwick')?.offeredQuestion).toBeUndefined();
    expect(ask('yes please', 'oq-3').open).toBeUndefined();

    ask('What time does the tip open on Sundays?', 'oq-4');
    const documents = ask('Could I read the tender documents for the pavilion roof?', 'oq-4');
    expect(documents.actions[0]?.kind).toBe('document_request');
    expect(threads.assistant.conversations.load('oq-4', 'flitwick')?.offeredQuestion).toBeUndefined();
    const form = ask('ok, file it', 'oq-4').open;
    expect(form?.kind).toBe('document_request');
    expect(form?.prefill.question).toBeUndefined();
  });

  test('a question in another thread is not filled in', () => {
    ask('What time does the tip open on Sundays?', 'oq-5');
    expect(ask('yes please', 'oq-6').open).toBeUndefined();
  });
});
