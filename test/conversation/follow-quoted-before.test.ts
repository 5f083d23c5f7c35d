import { sentencesToAvoid } from '../../src/conversation/follow';
import type { ThreadContext } from '../../src/conversation/context';
import { assistantWithThreads } from '../support/threads';

/**
 * follow25: a follow-up asking for someone else ("who else could I ask then?") is not answered with any sentence the
 * conversation has already quoted, not only the last answer's; and a sentence naming the Clerk is not held back because a
 * sentence quoted before, which the answer cannot be, scores higher (only for a question asking for a person); and "and if
 * I'm an officer?" after a councillor's answer is not given the councillors' sentence again. Situations written for these tests.
 */
const threads = assistantWithThreads();

const ask = (text: string, thread: string, council: string) =>
  threads.assistant.answer(text, { id: 'test:councillor', name: 'Test', role: 'councillor' }, { council, record: false, thread });

/** Every sentence quoted in a thread of these turns, and the reply to the last. */
function converse(council: string, thread: string, turns: string[]) {
  const quoted: string[] = [];
  for (const text of turns.slice(0, -1)) {
    const reply = ask(text, thread, council);
    if (reply.answer) quoted.push(reply.answer.text);
  }
  return { quoted, last: ask(turns[turns.length - 1], thread, council) };
}

const context = (quoted: string[] | undefined, last: string): ThreadContext => ({
  council: 'alsager',
  turns: 3,
  updatedAt: 0,
  slots: {},
  topic: { intent: 'instructing_officers', distribution: {}, clauses: [], answer: { ref: '1', text: last, type: 'who' }, ...(quoted ? { quoted } : {}) },
});

describe('sentences a follow-up avoids', () => {
  test('asking for someone else avoids every sentence quoted so far', () => {
    expect(sentencesToAvoid({ pastQuoted: true, nextStep: true }, context(['first', 'second'], 'second'))).toEqual(['first', 'second']);
  });

  test('another next step avoids only the last answer', () => {
    expect(sentencesToAvoid({ pastQuoted: false, nextStep: true }, context(['first', 'second'], 'second'))).toEqual(['second']);
  });

  test('a thread remembered before the list was kept avoids its last answer', () => {
    expect(sentencesToAvoid({ pastQuoted: true }, context(undefined, 'second'))).toEqual(['second']);
  });

  test('neither asks to avoid nothing', () => {
    expect(sentencesToAvoid({}, context(['first'], 'first'))).toBeUndefined();
  });
});

describe('"instead" after two answers', () => {
  test('a sentence quoted two turns back, before a turn about the chair, does not come back', () => {
    const { quoted, last } = converse('cottingham', 'cleaner', [
      'can I instruct the cleaner to do the committee room before my ward meeting?',
      "and if I'm chair of the council?",
      'who do I ask instead?',
    ]);
    expect(quoted).toHaveLength(2);
    expect(last.followUp).toBe(true);
    expect(last.answer).not.toBeNull();
    expect(quoted).not.toContain(last.answer!.text);
  });

  test('the sentence naming the Town Clerk answers, though a sentence already quoted scores higher', () => {
    const { quoted, last } = converse('alsager', 'poster', ['can I ask the admin officer to redo the allotments poster?', "what if her manager doesn't mind?", 'who else could I ask then?']);
    expect(quoted).toHaveLength(2);
    expect(last.answer).not.toBeNull();
    expect(quoted).not.toContain(last.answer!.text);
    expect(last.answer!.text).toMatch(/Town Clerk/);
  });
});

describe('"what should we do instead?" asks for a course, not a person', () => {
  test('a sentence naming the chairman is not let in by the bar of the sentences not yet quoted', () => {
    const { last } = converse('halstead', 'lease', ["We disagree with the clerk's report on the pavilion lease. Can we prevent her from presenting it?", 'so what should we do instead?']);
    expect(last.followUp).toBe(true);
    expect(last.answer?.text ?? '').not.toMatch(/Chairman/);
  });
});

describe('the asker in the other capacity', () => {
  test('"and if I\'m an officer?" after a councillor\'s answer gets the officers\' sentence, not the same one again', () => {
    const { quoted, last } = converse('alsager', 'depot', ['can I go and look round the council depot to check the flood damage?', "and if I'm an officer?"]);
    expect(quoted[0]).toMatch(/^Members have a right of access/);
    expect(last.followUp).toBe(true);
    expect(last.answer?.text).toMatch(/^Officers have the right to enter/);
  });

  test('"and if I was an officer?" after the councillors\' media rule gets a sentence about officers', () => {
    const { quoted, last } = converse('flitwick', 'radio', ['can I give the local radio station a quote about the skatepark vote?', 'and if I was an officer?']);
    expect(quoted[0]).toMatch(/^If a Councillor is contacted by/);
    expect(last.answer?.text).toMatch(/officers/);
    expect(last.answer?.text).not.toBe(quoted[0]);
  });
});
