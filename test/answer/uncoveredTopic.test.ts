import path from 'node:path';
import { Assistant } from '../../src/assistant/assistant';
import { ClauseTopics, IntentReading } from '../../src/answer/topicAffinity';
import { UNCOVERED, answersUncoveredTopic } from '../../src/answer/uncoveredTopic';
import type { Clause } from '../../src/protocols/parse';
import { ProtocolLibrary } from '../../src/protocols/library';
import { MODEL_CACHE_DIR } from '../support/model';
import { PROJECT_ROOT, PROTOCOLS_DIR } from '../support/fixtures';

// answers69: a question on a topic the council's protocol has no clause on is given no direct answer, rather than the
// sentence that happens to share a word with it. Clause texts and questions are written for these tests, in my own
// words; none is taken from an evaluation set or from the design or check pairs.

const clause = (ref: string, heading: string, text: string): Clause => ({ council: 'test', ref, heading, text });

/** A stand-in classifier: a text is about the press if it says so, about money if it says that. */
function fakeReading(text: string): IntentReading {
  if (/press|newspaper|journalist/i.test(text)) return [{ label: 'media', probability: 0.95 }, { label: 'finance', probability: 0.05 }];
  if (/money|spend|pay/i.test(text)) return [{ label: 'finance', probability: 0.95 }, { label: 'media', probability: 0.01 }, { label: 'other', probability: 0.04 }];
  return [{ label: 'other', probability: 0.98 }, { label: 'finance', probability: 0.01 }, { label: 'media', probability: 0.01 }];
}

const asksOfThePress: IntentReading = [{ label: 'media', probability: 0.99 }, { label: 'other', probability: 0.01 }];

describe('a topic the protocol has no clause on', () => {
  const withoutPress = [clause('1', 'Money', 'No councillor may spend money alone.'), clause('2', 'General', 'This protocol is reviewed every year.')];
  const withPress = [...withoutPress, clause('3', 'Press', 'Only the Chair speaks to the press for the Council.')];

  test('a sentence off the topic, in a protocol with no clause on it, is a guess', () => {
    expect(answersUncoveredTopic(new ClauseTopics(fakeReading), withoutPress, asksOfThePress, { heading: 'General', text: 'This protocol is reviewed every year.' })).toBe(true);
  });

  test('the same sentence is not called a guess when another clause of the protocol is on the topic', () => {
    // The answer stage chose badly then, but the protocol covers the question: that is another miss, not this one.
    expect(answersUncoveredTopic(new ClauseTopics(fakeReading), withPress, asksOfThePress, { heading: 'General', text: 'This protocol is reviewed every year.' })).toBe(false);
  });

  test('a sentence on the topic is never a guess', () => {
    expect(answersUncoveredTopic(new ClauseTopics(fakeReading), withoutPress, asksOfThePress, { heading: 'Press', text: 'Only the Chair speaks to the press.' })).toBe(false);
  });

  test('on a protocol with a clause on the topic, the quoted text is not classified and the protocol is read once', () => {
    // The clauses' readings are cached per protocol; most answers then cost no classification at all.
    const read: string[] = [];
    const topics = new ClauseTopics((text) => (read.push(text), fakeReading(text)));
    const quoted = { heading: 'General', text: 'This protocol is reviewed every year.' };
    const protocolReadings: string[] = [];
    new ClauseTopics((text) => (protocolReadings.push(text), fakeReading(text))).of(withPress);
    expect(answersUncoveredTopic(topics, withPress, asksOfThePress, quoted)).toBe(false);
    expect(read).toEqual(protocolReadings);
    expect(answersUncoveredTopic(topics, withPress, asksOfThePress, quoted)).toBe(false);
    expect(read).toEqual(protocolReadings);
  });

  test('a doubtful reading that hesitates towards a topic the protocol covers keeps its answer', () => {
    const doubtful: IntentReading = [{ label: 'media', probability: 0.6 }, { label: 'other', probability: 0.4 }];
    expect(answersUncoveredTopic(new ClauseTopics(fakeReading), withoutPress, doubtful, { heading: 'General', text: 'This protocol is reviewed every year.' })).toBe(false);
  });

  test('a floor of 0 turns it off', () => {
    const floor = UNCOVERED.maxAffinity;
    UNCOVERED.maxAffinity = 0;
    try {
      expect(answersUncoveredTopic(new ClauseTopics(fakeReading), withoutPress, asksOfThePress, { heading: 'General', text: 'This protocol is reviewed every year.' })).toBe(false);
    } finally {
      UNCOVERED.maxAffinity = floor;
    }
  });
});

describe('on the shipped protocols', () => {
  const councillor = { id: 'test:councillor', name: 'Councillor Test', role: 'councillor' as const };
  let assistant: Assistant;
  beforeAll(() => {
    assistant = Assistant.create({ config: { COUNCIL: 'cottingham', INTENTS_DIR: path.join(PROJECT_ROOT, 'intents'), MODEL_CACHE_DIR }, library: ProtocolLibrary.load(PROTOCOLS_DIR) });
  });
  const question = 'The county newspaper wants me to comment on the new bus shelter. Is that allowed?';

  test('Cottingham, with no word on the press, gives no direct answer and offers the Clerk', () => {
    const reply = assistant.answer(question, councillor, { council: 'cottingham', record: false });
    expect(reply.answer).toBeNull();
    expect(reply.summary).toMatch(/none of them answers your question directly/);
  });

  test('Flitwick, whose protocol says what a councillor contacted by the media should do, answers from that clause', () => {
    const reply = assistant.answer(question, councillor, { council: 'flitwick', record: false });
    expect(reply.answer?.ref).toBe('69');
  });
});
