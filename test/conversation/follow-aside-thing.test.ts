/**
 * A thread about the protocol, then an aside it does not cover ("unrelated, is the leisure centre pool open on
 * Good Friday?": out of scope, the Clerk offered), then "and the sauna?": the same question of another thing,
 * still out of scope. Before, "the sauna" leaned on the topic two turns back and was answered from the protocol.
 */
import { readTurn } from '../../src/conversation/turn';
import { assistantWithThreads } from '../support/threads';

const threads = assistantWithThreads('flitwick');
const councillor = { id: 'u-aside', name: 'Cllr Test', role: 'councillor' as const };
const TOPIC = 'Can I ask the clerk to add my surgery times to the council noticeboard?';
const ASIDE = 'unrelated, is the leisure centre pool open on Good Friday?';

describe('a thing named after an aside the protocol does not cover', () => {
  const ask = (text: string, thread: string) => threads.assistant.answer(text, councillor, { thread, record: false });

  test('"and the sauna?" carries on the aside, not the topic before it, and the Clerk is offered the whole question', () => {
    const topic = ask(TOPIC, 'aside-1').intent;
    expect(topic).not.toBe('out_of_scope');
    expect(ask(ASIDE, 'aside-1').intent).toBe('out_of_scope');
    const followUp = ask('and the sauna?', 'aside-1');
    expect(followUp.intent).toBe('out_of_scope');
    expect(followUp.clauses).toEqual([]);
    expect(followUp.actions.find((a) => a.kind === 'question')?.prefill.question).toBe(`${ASIDE} and the sauna?`);
  });

  test('a follow-up that asks with a verb of its own goes back to the topic', () => {
    const topic = ask(TOPIC, 'aside-2').intent;
    ask(ASIDE, 'aside-2');
    expect(ask('and what if the clerk refuses to put them up?', 'aside-2').intent).toBe(topic);
  });

  test('a thing the protocol covers, named after the aside, is read with the topic', () => {
    const topic = ask(TOPIC, 'aside-3').intent;
    ask(ASIDE, 'aside-3');
    expect(ask('and the minutes of the last meeting?', 'aside-3').intent).not.toBe('out_of_scope');
    expect(topic).not.toBe('out_of_scope');
  });

  test('without the aside, the same kind of follow-up keeps the topic', () => {
    const topic = ask(TOPIC, 'aside-4').intent;
    expect(ask('and the parish magazine?', 'aside-4').intent).toBe(topic);
  });
});

describe('a turn that names only a thing', () => {
  test.each(['and the bowls club?', 'what about the gym?', 'the orchard too?'])('%s', (text) => {
    expect(readTurn(text).namesOnlyAThing).toBe(true);
  });
  test.each(['and can I ask the clerk?', 'what about the caretaker?', 'and the planning committee?', 'sorry, I meant the sauna', 'is the pool open?'])('not %s', (text) => {
    expect(readTurn(text).namesOnlyAThing).toBe(false);
  });
});
