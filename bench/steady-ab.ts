/* eslint-disable @typescript-eslint/no-require-imports -- the two builds are loaded by path, at run time */
/**
 * Two builds of our engine at their steady rate, in one process, passes alternating:
 * `node dist/bench/steady-ab.js <other project root> [warm-up passes, default 10] [rounds, default 200]`.
 * The other root is a checkout or copy of the project with its own `dist/` (built) and
 * `var/cache`, e.g. main's. Each round times one pass of bench/messages.ts (classify, then the
 * clauses to cite, as bench/throughput-worker.ts does) for each build, in alternating order, in
 * CPU time; the figure is the median of the per-round ratios (this build / the other), with
 * the quartiles. On a machine shared with other work one pass's CPU time moves by 2× or more,
 * but both builds of a round meet the same load: a median of a couple of hundred paired ratios
 * tells a 5% change apart where a few whole-bench runs cannot (docs/throughput.md, speed11).
 * Not a benchmark against NLP.js (bench/throughput.ts is) and blind to JIT warm-up: it measures
 * the work per message once both builds are compiled.
 */
import path from 'node:path';

type Pass = () => void;

function engineAt(root: string): Pass {
  const dist = path.join(path.resolve(root), 'dist');
  const { Assistant } = require(path.join(dist, 'src/assistant/assistant')) as typeof import('../src/assistant/assistant');
  const { ProtocolLibrary } = require(path.join(dist, 'src/protocols/library')) as typeof import('../src/protocols/library');
  const { loadConfig } = require(path.join(dist, 'src/config')) as typeof import('../src/config');
  const { BENCH_MESSAGES } = require(path.join(dist, 'bench/messages')) as typeof import('./messages');
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const assistant = Assistant.create({ config, library: ProtocolLibrary.load(config.PROTOCOLS_DIR) });
  return () => {
    for (const text of BENCH_MESSAGES) assistant.clausesFor(config.COUNCIL, assistant.classify(text, 'councillor'), text);
  };
}

const cpuMs = (): number => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(q * (sorted.length - 1))];
}

function main(): void {
  const [other, warmUp = '10', rounds = '200'] = process.argv.slice(2);
  if (!other) throw new Error('usage: node dist/bench/steady-ab.js <other project root> [warm-up passes] [rounds]');
  const engines: Record<'this' | 'other', Pass> = { this: engineAt(path.join(__dirname, '..', '..')), other: engineAt(other) };
  for (let i = 0; i < Number(warmUp); i++) {
    engines.this();
    engines.other();
  }
  const times: Record<'this' | 'other', number[]> = { this: [], other: [] };
  const ratios: number[] = [];
  for (let round = 0; round < Number(rounds); round++) {
    for (const build of round % 2 ? (['other', 'this'] as const) : (['this', 'other'] as const)) {
      const start = cpuMs();
      engines[build]();
      times[build].push(cpuMs() - start);
    }
    ratios.push(times.this[round] / times.other[round]);
  }
  const f = (values: number[]) => `${quantile(values, 0.5).toFixed(3)} (quartiles ${quantile(values, 0.25).toFixed(3)}–${quantile(values, 0.75).toFixed(3)})`;
  process.stdout.write(`CPU ms a pass, median: this build ${quantile(times.this, 0.5).toFixed(2)}, the other ${quantile(times.other, 0.5).toFixed(2)}\n`);
  process.stdout.write(`this / other, per round: ${f(ratios)} over ${ratios.length} rounds\n`);
}

main();
