import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { median, nlpjsModel } from './process';
import { BENCH_MESSAGES } from './messages';

/**
 * Per-message throughput (issue 13's "classify throughput ≥ 1.5× NLP.js's on the same messages,
 * clause selection included"): ours as `protocol-bot classify` does it (intent, then the clauses
 * to cite), NLP.js' documented `nlp.process()` on its saved model of the same intents, both over
 * bench/messages.ts. Each engine is measured in a fresh `node` of its own with nothing else
 * loaded (bench/throughput-worker.ts), so neither pays for the other's heap or for whatever the
 * bench ran before; each gets the same untimed warm-up passes, then the same timed passes. CPU
 * time, not wall time, so that other work on this shared machine counts less. Rounds alternate
 * which engine runs first; the ratio is the median of the per-round ratios.
 */

export interface ThroughputResults {
  /** bench/messages.ts, and how many messages the timed passes of a round read. */
  distinctMessages: number;
  messages: number;
  warmUpPasses: number;
  /** Messages per CPU-second, one per round. */
  ours: number[];
  nlpjs: number[];
  ratio: number;
  /**
   * The share of each round's timed CPU time spent off the main thread (V8's optimising compiler
   * and GC helpers), where the platform tells (Linux); empty elsewhere.
   */
  oursBackground: number[];
  nlpjsBackground: number[];
}

const WORKER = path.join(__dirname, 'throughput-worker.js');
const PROJECT = path.resolve(__dirname, '..', '..');
/**
 * Untimed passes before the timed ones. With 3, the timed passes still include the JIT's work
 * (V8 compiles on a background thread, and process CPU time counts it): ours reaches its steady
 * rate only after about 10 passes, NLP.js' sooner. `BENCH_WARM_UP_PASSES=20` measures both engines
 * at their steady rates (docs/throughput.md).
 */
const WARM_UP_PASSES = Number(process.env.BENCH_WARM_UP_PASSES ?? 3);
if (!Number.isInteger(WARM_UP_PASSES) || WARM_UP_PASSES < 0) throw new Error(`BENCH_WARM_UP_PASSES must be a whole number, not ${process.env.BENCH_WARM_UP_PASSES}`);
const TIMED_PASSES = 10;
// Nine rounds: one engine's figure moves by up to 2× between rounds (GC, JIT, other processes), so a median of three swung between 0.5× and 0.8×.
export const THROUGHPUT_ROUNDS = 9;

function perCpuSecond(engine: 'ours' | 'nlpjs', model: string): { rate: number; background?: number } {
  const result = spawnSync(process.execPath, [WORKER, engine, model, String(WARM_UP_PASSES), String(TIMED_PASSES)], {
    env: { ...process.env, LOG_LEVEL: 'silent' },
    cwd: PROJECT,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (result.status !== 0) throw new Error(`throughput worker (${engine}) exited with ${result.status}: ${result.stderr.split('\n')[0]}`);
  const { messages, cpuMs, mainThreadCpuMs } = JSON.parse(result.stdout.trim().split('\n').pop() ?? '') as { messages: number; cpuMs: number; mainThreadCpuMs?: number };
  return { rate: messages / (cpuMs / 1000), background: mainThreadCpuMs === undefined ? undefined : Math.max(0, cpuMs - mainThreadCpuMs) / cpuMs };
}

export async function measureThroughput(progress: (line: string) => void, rounds = THROUGHPUT_ROUNDS): Promise<ThroughputResults> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const model = await nlpjsModel(config.MODEL_CACHE_DIR, progress);
  const results: ThroughputResults = {
    distinctMessages: BENCH_MESSAGES.length, messages: TIMED_PASSES * BENCH_MESSAGES.length, warmUpPasses: WARM_UP_PASSES, ours: [], nlpjs: [], ratio: NaN, oursBackground: [], nlpjsBackground: [],
  };
  for (let round = 0; round < rounds; round++) {
    const order: ('ours' | 'nlpjs')[] = round % 2 ? ['nlpjs', 'ours'] : ['ours', 'nlpjs'];
    for (const engine of order) {
      const { rate, background } = perCpuSecond(engine, model);
      results[engine].push(rate);
      if (background !== undefined) results[engine === 'ours' ? 'oursBackground' : 'nlpjsBackground'].push(background);
    }
    progress(`throughput: round ${round + 1}/${rounds}: ours ${results.ours[round].toFixed(0)}, NLP.js ${results.nlpjs[round].toFixed(0)} messages per CPU-second`);
  }
  results.ratio = median(results.ours.map((v, i) => v / results.nlpjs[i]));
  return results;
}
