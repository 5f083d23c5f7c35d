import path from 'node:path';
import { loadIntents, trainingExamples } from '../../src/nlu/intents';

/**
 * The words a factual question opens with ("what happens if", "how long", "who do I tell") say
 * nothing about its topic. When the examples used such a frame almost only in one intent, the
 * classifier learnt the frame as that topic: "what happens if" was in 15 protocol_breaches
 * examples and in 0-3 of any other intent's, so "What happens if I miss the deadline to declare
 * my interest?" leant towards breaches. These checks keep each frame spread over many topics.
 * (The thresholds leave room for a few examples more or less; see docs/intent-accuracy.md.)
 */
const FRAMES: { name: string; pattern: RegExp; intents: number; topShare: number }[] = [
  { name: 'what happens if', pattern: /\bwhat (happens|would happen|could happen|can happen)\b/i, intents: 18, topShare: 0.35 },
  { name: 'how long', pattern: /\bhow long\b/i, intents: 8, topShare: 0.5 },
  { name: 'who/where do I', pattern: /\b(who|where) (do|should|can) i\b/i, intents: 18, topShare: 0.35 },
  { name: 'who decides', pattern: /\bwho (decides|sets|settles)\b/i, intents: 10, topShare: 0.35 },
];

const intents = loadIntents(path.join(__dirname, '../../intents'));
const topics = new Set(intents.filter((i) => i.kind === 'topic').map((i) => i.id));
const examples = trainingExamples(intents).filter((e) => topics.has(e.intent));

describe.each(FRAMES)('examples opening a question with "$name"', ({ pattern, intents: minIntents, topShare }) => {
  const counts = new Map<string, number>();
  for (const e of examples) if (pattern.test(e.text)) counts.set(e.intent, (counts.get(e.intent) ?? 0) + 1);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);

  test(`are spread over at least ${minIntents} topic intents`, () => {
    expect(counts.size).toBeGreaterThanOrEqual(minIntents);
  });

  test(`are no more than ${topShare} in any one intent`, () => {
    const dominant = [...counts.entries()].filter(([, count]) => count / total > topShare).map(([intent]) => intent);
    expect(dominant).toEqual([]);
  });
});
