/**
 * Scores, latency percentiles and memory readings. Pure functions apart from the memory reading.
 */

export interface Scored {
  expected: string;
  predicted: string;
}

export interface Tally {
  correct: number;
  total: number;
}

export function tally(items: Scored[]): Tally {
  let correct = 0;
  for (const item of items) if (item.expected === item.predicted) correct++;
  return { correct, total: items.length };
}

export function rate(t: Tally): number {
  return t.total === 0 ? NaN : t.correct / t.total;
}

export function addTallies(tallies: Tally[]): Tally {
  return tallies.reduce((sum, t) => ({ correct: sum.correct + t.correct, total: sum.total + t.total }), { correct: 0, total: 0 });
}

/**
 * CLINC150's two figures (Larson et al. 2019): in-scope accuracy counts a query right only with
 * its exact intent (answering out-of-scope is wrong); out-of-scope recall is the share of
 * out-of-scope queries answered as out-of-scope.
 */
export function inScopeAccuracy(inScope: Scored[]): number {
  return rate(tally(inScope));
}

export function outOfScopeRecall(outOfScope: { predicted: string }[], outOfScopeLabel: string): number {
  return rate(tally(outOfScope.map((o) => ({ expected: outOfScopeLabel, predicted: o.predicted }))));
}

export interface Confident {
  expected: string;
  predicted: string;
  confidence: number;
}

/** Below the threshold the answer becomes out-of-scope. */
export function applyThreshold(items: Confident[], threshold: number, outOfScopeLabel: string): Scored[] {
  return items.map((i) => ({ expected: i.expected, predicted: i.confidence < threshold ? outOfScopeLabel : i.predicted }));
}

export interface ThresholdChoice {
  threshold: number;
  inScopeAccuracy: number;
  outOfScopeRecall: number;
}

/** In-scope accuracy and out-of-scope recall at each threshold on a 0.01 grid from 0 to 0.99. */
export function thresholdSweep(inScope: Confident[], outOfScope: Confident[], outOfScopeLabel: string): ThresholdChoice[] {
  const sweep: ThresholdChoice[] = [];
  for (let step = 0; step < 100; step++) {
    const threshold = step / 100;
    sweep.push({
      threshold,
      inScopeAccuracy: inScopeAccuracy(applyThreshold(inScope, threshold, outOfScopeLabel)),
      outOfScopeRecall: outOfScopeRecall(applyThreshold(outOfScope, threshold, outOfScopeLabel), outOfScopeLabel),
    });
  }
  return sweep;
}

/**
 * The threshold maximising in-scope accuracy + out-of-scope recall: both rates weigh the same,
 * however unequal the set sizes. The lowest such threshold on a tie.
 */
export function balancedThreshold(sweep: ThresholdChoice[]): ThresholdChoice {
  return sweep.reduce((best, c) => (c.inScopeAccuracy + c.outOfScopeRecall > best.inScopeAccuracy + best.outOfScopeRecall ? c : best));
}

/** The threshold with the best out-of-scope recall whose in-scope accuracy stays at or above a floor. */
export function thresholdKeepingInScope(sweep: ThresholdChoice[], floor: number): ThresholdChoice | undefined {
  return sweep
    .filter((c) => c.inScopeAccuracy >= floor)
    .reduce<ThresholdChoice | undefined>((best, c) => (!best || c.outOfScopeRecall > best.outOfScopeRecall ? c : best), undefined);
}

export interface LatencySummary {
  count: number;
  p50Ms: number;
  p99Ms: number;
}

/** Nearest-rank percentile of per-call latencies in milliseconds. */
export function summarizeLatency(latenciesMs: ArrayLike<number>): LatencySummary {
  const sorted = Float64Array.from(latenciesMs).sort();
  const at = (p: number) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]);
  return { count: sorted.length, p50Ms: at(50), p99Ms: at(99) };
}

export const elapsedMs = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

export interface MemoryReading {
  rssMb: number;
  /** V8 heap plus memory outside it held by JS objects (typed arrays' buffers: model weights). */
  heapAndBuffersMb: number;
}

const MB = 1024 * 1024;
const gc = (globalThis as { gc?: () => void }).gc;
export const gcAvailable = typeof gc === 'function';

/** Memory after a full collection (run node with --expose-gc), so that garbage is not counted. */
export function settledMemory(): MemoryReading {
  if (gc) {
    gc();
    gc();
  }
  const usage = process.memoryUsage();
  return { rssMb: usage.rss / MB, heapAndBuffersMb: (usage.heapUsed + usage.external) / MB };
}

/** The process's resident high-water mark so far. */
export const peakRssMb = (): number => (process.resourceUsage().maxRSS * 1024) / MB;
