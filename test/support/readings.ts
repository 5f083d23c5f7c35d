import type { ThreadContext } from '../../src/conversation/context';
import type { IntentResult } from '../../src/nlu/engine';

/** A classifier's reading made up for a test: intents with their probabilities, likeliest first. */
export const reading = (...ranked: [string, number][]): IntentResult => ({
  intent: ranked[0][0],
  confidence: ranked[0][1],
  uncertain: false,
  ranked: ranked.map(([label, probability]) => ({ label, probability })),
});

/** An officer's thread one turn in, on `intent` with the given belief, its answer cited from `clause` of `council`. */
export const threadOn = (
  intent: string,
  distribution: Record<string, number>,
  where: { council: string; clause: string; about?: 'councillor' | 'officer' },
): ThreadContext => ({
  council: where.council,
  role: 'officer',
  turns: 1,
  slots: where.about ? { about: where.about } : {},
  updatedAt: 0,
  topic: { intent, distribution, clauses: [{ ref: where.clause, score: 1 }] },
});
