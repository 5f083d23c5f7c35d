import fs from 'node:fs';
import path from 'node:path';
import { Assistant } from '../../src/assistant/assistant';
import { ClauseTopics, IntentReading } from '../../src/answer/topicAffinity';
import { answerWithClauses } from '../../src/answer/compose';
import { AnswerSelector } from '../../src/answer/select';
import { ClauseSelector } from '../../src/protocols/select';
import type { Clause } from '../../src/protocols/parse';
import { ProtocolLibrary } from '../../src/protocols/library';
import { parseProtocol } from '../../src/protocols/parse';
import { councilMetadataSchema } from '../../src/protocols/metadata';
import { MODEL_CACHE_DIR } from '../support/model';
import { PROJECT_ROOT, PROTOCOLS_DIR } from '../support/fixtures';

const clause = (ref: string, heading: string, text: string): Clause => ({ council: 'test', ref, heading, text }) as Clause;

/** A stand-in classifier: a text is about money if it says so, about meetings if it says that. */
function fakeReading(text: string): IntentReading {
  const money = /money|pay|spend/i.test(text);
  const meetings = /meeting|chair/i.test(text);
  if (money && !meetings) return [{ label: 'finance', probability: 0.9 }, { label: 'meetings', probability: 0.1 }];
  if (meetings && !money) return [{ label: 'meetings', probability: 0.9 }, { label: 'finance', probability: 0.1 }];
  return [{ label: 'other', probability: 0.6 }, { label: 'finance', probability: 0.2 }, { label: 'meetings', probability: 0.2 }];
}

describe('what each clause is about, read by the classifier', () => {
  const clauses = [
    clause('1', 'Money', 'No councillor may spend money without the Council\'s authority.'),
    clause('2', 'Meetings', 'The Chair presides at meetings.'),
    clause('3', 'General', 'This protocol is reviewed every two years.'),
  ];

  test('the clause on the message\'s topic scores 1, the others less', () => {
    const affinity = new ClauseTopics(fakeReading).affinity(clauses, [{ label: 'finance', probability: 0.8 }, { label: 'meetings', probability: 0.2 }]);
    expect(affinity.get('1')).toBe(1);
    expect(affinity.get('2')!).toBeLessThan(affinity.get('1')!);
    expect(affinity.get('3')!).toBeLessThan(affinity.get('1')!);
  });

  test('a doubtful reading of the message keeps the topic it hesitated over close behind', () => {
    const sure = new ClauseTopics(fakeReading).affinity(clauses, [{ label: 'finance', probability: 0.95 }, { label: 'meetings', probability: 0.05 }]);
    const doubtful = new ClauseTopics(fakeReading).affinity(clauses, [{ label: 'finance', probability: 0.5 }, { label: 'meetings', probability: 0.45 }]);
    expect(doubtful.get('2')!).toBeGreaterThan(sure.get('2')!);
    expect(doubtful.get('2')!).toBeGreaterThan(0.8);
  });

  test('a clause holding a sentence on another topic is read as being about that topic too', () => {
    const mixed = [clause('4', 'Signatures', 'Payments need two signatures. The Chair signs the cheques at meetings.')];
    const topics = new ClauseTopics(fakeReading).of(mixed).get('4')!;
    expect(topics.get('meetings')).toBeGreaterThanOrEqual(0.9);
    expect(topics.get('finance')).toBeGreaterThanOrEqual(0.9);
  });

  test('each protocol is read once', () => {
    let calls = 0;
    const topics = new ClauseTopics((text) => {
      calls++;
      return fakeReading(text);
    });
    topics.of(clauses);
    const first = calls;
    topics.affinity(clauses, [{ label: 'finance', probability: 1 }]);
    expect(calls).toBe(first);
  });
});

// Questions written for these tests, in my own words; not taken from any evaluation set.
describe('answers on a protocol ingested a minute ago (no clause map)', () => {
  const library = ProtocolLibrary.load(PROTOCOLS_DIR);
  const ashdownText = fs.readFileSync(path.join(PROJECT_ROOT, 'test/eval/protocols/ashdown.txt'), 'utf8');
  library.add({ council: councilMetadataSchema.parse({ id: 'ashdown', name: 'Ashdown Parish Council' }), ...parseProtocol(ashdownText, 'ashdown') });
  const councillor = { id: 'test:cllr', name: 'Cllr Test', role: 'councillor' as const };
  let assistant: Assistant;
  beforeAll(() => {
    assistant = Assistant.create({ config: { COUNCIL: 'ashdown', INTENTS_DIR: path.join(PROJECT_ROOT, 'intents'), MODEL_CACHE_DIR }, library });
  });

  test('money spent without authority: the clause on money answers, though the question shares few of its words', () => {
    const reply = assistant.answer('I bought paint for the bus shelter with my own money. Can I claim it back from the council?', councillor, { council: 'ashdown', record: false });
    expect(reply.answer?.ref).toBe('14(a)');
    expect(reply.answer?.text).toContain('cannot expect to be repaid');
    expect(reply.clauses[0].ref).toBe('14(a)');
  });

  test('ringing staff at home: answered from the clause on working hours, not from the clause on staff requests', () => {
    const reply = assistant.answer('A resident asked me to ring the office assistant at home on Sunday about a blocked drain. Should I?', councillor, { council: 'ashdown', record: false });
    expect(reply.answer?.ref).toBe('9(b)');
    expect(reply.answer?.text).toContain('should not telephone staff at home');
  });
});

// Texts and questions written for these tests, in my own words; not taken from any evaluation set.
describe('each sentence read for its own topic (a protocol with no clause map)', () => {
  const mixed = [clause('1', 'Councillors', 'Councillors raise it with the Chair at meetings. Councillors raise it with the Clerk before they spend money.'), clause('2', 'Review', 'This protocol is reviewed every two years.')];

  test("a clause's sentences differ: the one on the message's topic scores 1, its neighbour less", () => {
    const bySentence = new ClauseTopics(fakeReading).sentenceAffinity(mixed, [{ label: 'finance', probability: 0.9 }, { label: 'meetings', probability: 0.1 }]);
    const [meetings, money] = bySentence.get('1')!;
    expect(money).toBe(1);
    expect(meetings).toBeLessThan(0.5);
    expect(bySentence.get('2')![0]).toBeLessThan(1);
  });

  test("when the words tie, the answer is the sentence on the message's topic, not the clause's first", () => {
    const library = ProtocolLibrary.load(PROTOCOLS_DIR);
    library.add({ council: councilMetadataSchema.parse({ id: 'mixedtown', name: 'Mixedtown Parish Council' }), clauses: mixed.map((c) => ({ ...c, council: 'mixedtown' })), warnings: [] });
    const assistant = Assistant.create({ config: { COUNCIL: 'mixedtown', INTENTS_DIR: path.join(PROJECT_ROOT, 'intents'), MODEL_CACHE_DIR }, library });
    const selector = new ClauseSelector(library, assistant.engine.intents);
    const intent = assistant.engine.intents.get('councillor_conduct') ?? [...assistant.engine.intents.values()].find((i) => i.kind === 'topic')!;
    const first = library.get('mixedtown').clauses[0];
    const { answer } = answerWithClauses(
      { library, selector, answers: new AnswerSelector(), topics: new ClauseTopics(fakeReading) },
      { council: 'mixedtown', intent, text: 'Who do councillors raise it with?', role: 'councillor', ranked: [{ council: 'mixedtown', ref: '1', heading: first.heading, text: first.text, score: 1 }], reading: [{ label: 'finance', probability: 0.9 }, { label: 'meetings', probability: 0.1 }] },
    );
    expect(answer?.text).toBe('Councillors raise it with the Clerk before they spend money.');
  });
});
