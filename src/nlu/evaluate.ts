import { z } from 'zod';
import { OUT_OF_SCOPE } from './intents';

/** One labelled row of an evaluation file (format: ../shared/eval/README.md). */
export const evalRowSchema = z.object({
  id: z.string(),
  council: z.string(),
  role: z.enum(['councillor', 'officer', 'clerk']).optional(),
  text: z.string(),
  intent: z.string(),
  alt: z.array(z.string()).default([]),
  clauses: z.array(z.string()).default([]),
});
export type EvalRow = z.infer<typeof evalRowSchema>;

/** What `classify` printed for one row. */
export interface Classified {
  id: string;
  intent: string;
  confidence: number;
  clauses: { council: string; ref: string; score: number }[];
  /** The sentence that answers, where the bot gives one (answers files score it). */
  answer?: { ref: string; text: string } | null;
}

export interface EvalReport {
  rows: number;
  intentAccuracy: number;
  clauseHitAt3: number;
  clauseRows: number;
  outOfScopeRecall: number;
  outOfScopeRows: number;
  falseFallback: number;
  inScopeRows: number;
  confusions: { expected: string; predicted: string; count: number }[];
  misses: { id: string; expected: string; predicted: string; text: string }[];
  /** Rows with clauses none of whose expected refs is among the first three cited, with the intent read for them. */
  clauseMisses: { id: string; expected: string[]; cited: string[]; intent: string; predicted: string; intentRight: boolean; text: string }[];
}

/** A cited ref hits an expected one if equal, or if one is the other's parent (2.12 ~ 2.12.6). */
export function refMatches(cited: string, expected: string): boolean {
  return cited === expected || cited.startsWith(`${expected}.`) || expected.startsWith(`${cited}.`);
}

export function evaluate(rows: EvalRow[], results: Map<string, Classified>): EvalReport {
  let intentHits = 0;
  let clauseRows = 0;
  let clauseHits = 0;
  let oosRows = 0;
  let oosHits = 0;
  let inScope = 0;
  let fallbacks = 0;
  const confusionCounts = new Map<string, number>();
  const misses: EvalReport['misses'] = [];
  const clauseMisses: EvalReport['clauseMisses'] = [];

  for (const row of rows) {
    const result = results.get(row.id);
    const predicted = result?.intent ?? '(none)';
    const accepted = predicted === row.intent || row.alt.includes(predicted);
    if (accepted) intentHits++;
    else {
      const key = `${row.intent}\u0000${predicted}`;
      confusionCounts.set(key, (confusionCounts.get(key) ?? 0) + 1);
      misses.push({ id: row.id, expected: row.intent, predicted, text: row.text });
    }
    if (row.clauses.length > 0) {
      clauseRows++;
      const top3 = (result?.clauses ?? []).slice(0, 3);
      if (top3.some((c) => row.clauses.some((e) => refMatches(c.ref, e)))) clauseHits++;
      else clauseMisses.push({ id: row.id, expected: row.clauses, cited: top3.map((c) => c.ref), intent: row.intent, predicted, intentRight: accepted, text: row.text });
    }
    if (row.intent === OUT_OF_SCOPE) {
      oosRows++;
      if (predicted === OUT_OF_SCOPE) oosHits++;
    } else {
      inScope++;
      if (predicted === OUT_OF_SCOPE) fallbacks++;
    }
  }

  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  const confusions = [...confusionCounts.entries()]
    .map(([key, count]) => {
      const [expected, predicted] = key.split('\u0000');
      return { expected, predicted, count };
    })
    .sort((a, b) => b.count - a.count);
  return {
    rows: rows.length,
    intentAccuracy: ratio(intentHits, rows.length),
    clauseHitAt3: ratio(clauseHits, clauseRows),
    clauseRows,
    outOfScopeRecall: ratio(oosHits, oosRows),
    outOfScopeRows: oosRows,
    falseFallback: ratio(fallbacks, inScope),
    inScopeRows: inScope,
    confusions,
    misses,
    clauseMisses,
  };
}
