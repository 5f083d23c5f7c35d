/** One held-out prediction: what the example was labelled and what a model that never saw it said. */
export interface LabelledPrediction {
  label: string;
  predicted: string;
}

export interface IntentRecall {
  intent: string;
  examples: number;
  correct: number;
  recall: number;
}

export interface ConfusionPair {
  expected: string;
  predicted: string;
  count: number;
}

/** Recall per labelled intent, weakest first (ties by intent id, so the output is stable). */
export function recallByIntent(predictions: LabelledPrediction[]): IntentRecall[] {
  const totals = new Map<string, { examples: number; correct: number }>();
  for (const p of predictions) {
    const t = totals.get(p.label) ?? { examples: 0, correct: 0 };
    t.examples += 1;
    if (p.predicted === p.label) t.correct += 1;
    totals.set(p.label, t);
  }
  return [...totals.entries()]
    .map(([intent, t]) => ({ intent, ...t, recall: t.correct / t.examples }))
    .sort((a, b) => a.recall - b.recall || a.intent.localeCompare(b.intent));
}

/** The most frequent (expected → predicted) mistakes, commonest first. */
export function topConfusions(predictions: LabelledPrediction[], limit: number): ConfusionPair[] {
  const counts = new Map<string, ConfusionPair>();
  for (const p of predictions) {
    if (p.predicted === p.label) continue;
    const key = `${p.label}\u0000${p.predicted}`;
    const pair = counts.get(key) ?? { expected: p.label, predicted: p.predicted, count: 0 };
    pair.count += 1;
    counts.set(key, pair);
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.expected.localeCompare(b.expected) || a.predicted.localeCompare(b.predicted))
    .slice(0, limit);
}

/** Both tables as text, for `eval --cv`. */
export function formatConfusion(predictions: LabelledPrediction[], pairLimit = 20): string {
  const recalls = recallByIntent(predictions);
  const width = Math.max(6, ...recalls.map((r) => r.intent.length));
  const lines = ['Per intent (weakest first):', `${'intent'.padEnd(width)}  examples  recall`];
  for (const r of recalls) lines.push(`${r.intent.padEnd(width)}  ${String(r.examples).padStart(8)}  ${r.recall.toFixed(3).padStart(6)}`);
  lines.push('', `Commonest confusions (expected → predicted), top ${pairLimit}:`);
  for (const c of topConfusions(predictions, pairLimit)) lines.push(`${String(c.count).padStart(4)}  ${c.expected} → ${c.predicted}`);
  return `${lines.join('\n')}\n`;
}
