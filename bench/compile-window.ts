/**
 * Which of our functions V8's optimising compiler is still compiling during the throughput bench's
 * timed passes, and for how long: a diagnosis for bench/throughput.ts's "share off the main thread"
 * row, not a benchmark. `node dist/bench/compile-window.js [runs, default 5]` runs our engine's
 * worker exactly as the bench does (3 untimed passes, then 10 timed) under `node --trace-opt`,
 * and sums, per function, the background compile time (the middle figure of V8's "took a, b, c ms")
 * of the compile jobs that completed after the timed passes began. The times are wall times on
 * V8's compiler thread, so a loaded machine inflates them: compare builds run alternately.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { TIMED_MARK } from './throughput-worker';

const WORKER = path.join(__dirname, 'throughput-worker.js');
const COMPILED = /completed compiling 0x[0-9a-f]+ <JSFunction ([^ >]*)[^\n]*took [0-9.]+, ([0-9.]+), [0-9.]+ ms/g;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function main(): void {
  const runs = Number(process.argv[2] ?? 5);
  const totals: number[] = [];
  const byFunction = new Map<string, { ms: number; jobs: number }>();
  for (let run = 0; run < runs; run++) {
    const result = spawnSync(process.execPath, ['--trace-opt', WORKER, 'ours', 'none', '3', '10'], {
      encoding: 'utf8',
      env: { ...process.env, BENCH_MARK_TIMED: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    const at = result.stdout.indexOf(TIMED_MARK);
    if (result.status !== 0 || at < 0) throw new Error(`worker failed: ${result.stderr}`);
    let total = 0;
    for (const match of result.stdout.slice(at).matchAll(COMPILED)) {
      const name = match[1] || '(anonymous)';
      const ms = Number(match[2]);
      total += ms;
      const entry = byFunction.get(name) ?? { ms: 0, jobs: 0 };
      entry.ms += ms;
      entry.jobs += 1;
      byFunction.set(name, entry);
    }
    totals.push(total);
  }
  process.stdout.write(`compile time in the timed passes, ms per run: ${totals.map((t) => t.toFixed(0)).join(', ')} (median ${median(totals).toFixed(0)})\n`);
  for (const [name, { ms, jobs }] of [...byFunction].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15)) {
    process.stdout.write(`  ${name.padEnd(28)} ${(ms / runs).toFixed(1).padStart(6)} ms a run, ${jobs} job(s) in ${runs} runs\n`);
  }
}

main();
