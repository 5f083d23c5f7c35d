/**
 * "Is the council office open on bank holidays?" is not in the protocol: the bot says so and offers
 * the Clerk. "what about the caretaker?" then asks the same of someone else — still for the Clerk,
 * not a complaint about an officer (which is how it reads on its own).
 */
import { assistantWithThreads } from '../support/threads';

const threads = assistantWithThreads('flitwick');
const councillor = { id: 'u-off', name: 'Cllr Test', role: 'councillor' as const };

describe('a follow-up after a question the protocol does not cover', () => {
  const ask = (text: string, thread: string) => threads.assistant.answer(text, councillor, { thread, record: false });

  test('"what about the caretaker?" stays out of scope, and the Clerk is offered the whole question', () => {
    expect(ask('Is the council office open on bank holidays?', 'off-1').intent).toBe('out_of_scope');
    const followUp = ask('what about the caretaker?', 'off-1');
    expect(followUp.intent).toBe('out_of_scope');
    expect(followUp.clauses).toEqual([]);
    expect(followUp.actions.find((a) => a.kind === 'question')?.prefill.question).toBe('Is the council office open on bank holidays? what about the caretaker?');
    expect(followUp.actions.some((a) => a.kind === 'complaint')).toBe(false);

    // …and so on down the thread; "yes please" files the question as it now stands.
    expect(ask('and the cleaners?', 'off-1').intent).toBe('out_of_scope');
    expect(ask('yes please', 'off-1').open?.prefill.question).toBe('Is the council office open on bank holidays? what about the caretaker? and the cleaners?');
  });

  test('the same follow-up after a question the protocol answers keeps that topic', () => {
    expect(ask('Can I tell the groundsman to cut the grass on the green before the fete?', 'off-2').intent).toBe('instructing_officers');
    expect(ask('what about the caretaker?', 'off-2').intent).toBe('instructing_officers');
  });

  test('a question of its own after one out of scope is read on its own', () => {
    ask('Is the recycling centre open on Sundays?', 'off-3');
    expect(ask('also, can I ask the caretaker to clear the leaves out of the bus shelter in my ward?', 'off-3').intent).toBe('instructing_officers');
    // The protocol's topic is the thread's now: a person named next asks about it.
    expect(ask('what about the groundsman?', 'off-3').intent).toBe('instructing_officers');
  });
});
