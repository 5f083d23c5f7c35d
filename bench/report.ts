import os from 'node:os';
import type { StartMeasurement } from './council';
import type { DevResult } from './dev';
import { median, ProcessResults, Samples } from './process';
import type { ThroughputResults } from './throughput';
import type { ClincResult, Cost, HwuResult, NluCorporaResult } from './nlu';
import { rate } from './metrics';

/** Renders measured results as Markdown for the README. Only measured numbers are printed. */

export interface BenchResults {
  nluCorpora: NluCorporaResult[];
  hwu: HwuResult[];
  clinc: ClincResult[];
  council?: StartMeasurement[];
  dev?: DevResult;
  process?: ProcessResults;
  throughput?: ThroughputResults;
  notes: string[];
  loadAtStart: number[];
}

const score = (value: number): string => (Number.isFinite(value) ? value.toFixed(3) : '–');
const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const millis = (ms: number): string => (!Number.isFinite(ms) ? '–' : ms < 10 ? `${ms.toFixed(3)} ms` : `${ms.toFixed(1)} ms`);
const megabytes = (mb: number): string => `${mb.toFixed(1)} MB`;

function table(headers: string[], rows: string[][]): string[] {
  return [`| ${headers.join(' | ')} |`, `|${headers.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

const costCells = (cost: Cost): string[] => [seconds(cost.trainMs), millis(cost.latency.p50Ms), millis(cost.latency.p99Ms), megabytes(cost.heapAndBuffersDeltaMb), megabytes(cost.rssDeltaMb)];
const COST_HEADERS = ['train', 'p50 / msg', 'p99 / msg', 'heap+buffers Δ', 'RSS Δ'];

/** The machine is shared: its load average says how much the latency tails can be trusted. */
export function machineLine(loadAtStart: number[], date = new Date()): string {
  const cpus = os.cpus();
  const load = (l: number[]) => l.map((v) => v.toFixed(2)).join(' ');
  return (
    `Measured ${date.toISOString().slice(0, 10)} with Node ${process.version} on ${cpus[0]?.model.trim() ?? 'unknown CPU'} ` +
    `(${cpus.length} cores, ${os.platform()} ${os.arch()}); load average (1/5/15 min) ${load(loadAtStart)} at the start, ${load(os.loadavg())} at the end.`
  );
}

export function renderReport(results: BenchResults): string {
  const lines: string[] = ['## Benchmarks', '', machineLine(results.loadAtStart), ''];

  if (results.nluCorpora.length > 0) {
    const sizes = results.nluCorpora[0].perCorpus.map((c) => `${c.name} (${c.tally.total})`);
    lines.push('### NLU Evaluation Corpora: micro-F1 (= accuracy over the test sentences)', '');
    lines.push(
      ...table(
        ['engine', ...sizes, `overall (${results.nluCorpora[0].overall.total})`, ...COST_HEADERS],
        results.nluCorpora.map((r) => [r.engine.name, ...r.perCorpus.map((c) => score(rate(c.tally))), `**${score(rate(r.overall))}**`, ...costCells(r.cost)]),
      ),
      '',
    );
  }

  if (results.hwu.length > 0) {
    lines.push('### HWU64: accuracy', '');
    lines.push(
      ...table(
        ['engine', 'data set', 'accuracy', ...COST_HEADERS],
        results.hwu.map((r) => [r.engine.name, `${r.split} (${r.test} test)`, `**${score(r.accuracy)}**`, ...costCells(r.cost)]),
      ),
      '',
    );
  }

  if (results.clinc.length > 0) {
    lines.push('### CLINC150 full: in-scope accuracy (4,500 test) and out-of-scope recall (1,000 oos_test)', '');
    const rows: string[][] = [];
    for (const r of results.clinc) {
      rows.push([`${r.engine.name}, oos as a trained class`, `**${score(r.inScopeAccuracy)}**`, `**${score(r.outOfScopeRecall)}**`, ...costCells(r.cost)]);
      for (const t of r.thresholded) {
        const how = t.choice
          ? `confidence < ${t.choice.threshold.toFixed(2)} → oos; ${t.rule} (val: ${score(t.choice.inScopeAccuracy)} / ${score(t.choice.outOfScopeRecall)})`
          : `no threshold meets: ${t.rule}`;
        rows.push([`${r.engine.name}, same model + ${how}`, `**${score(t.inScopeAccuracy)}**`, `**${score(t.outOfScopeRecall)}**`, 'same model', '', '', '', '']);
      }
    }
    lines.push(...table(['engine', 'in-scope accuracy', 'OOS recall', ...COST_HEADERS], rows), '');
  }

  if (results.process) lines.push(...renderProcess(results.process), '');
  if (results.throughput) lines.push(...renderThroughput(results.throughput), '');
  if (results.dev) lines.push(...renderDev(results.dev), '');
  if (results.council) lines.push(...renderCouncil(results.council), '');

  if (results.notes.length > 0) lines.push('Notes:', '', ...results.notes.map((n) => `- ${n}`), '');
  return lines.join('\n');
}

function renderCouncil(starts: StartMeasurement[]): string[] {
  const lines = ['### The council bot (each start in a fresh process)', ''];
  const measured = starts.filter((s): s is Extract<StartMeasurement, { ok: true }> => s.ok);
  for (const failed of starts.filter((s) => !s.ok)) lines.push(`Not measured, ${failed.label}: ${failed.reason}`, '');
  if (measured.length === 0) return lines;
  const first = measured[0];
  const answer = first.mode === 'assistant' ? 'classify and answer, `assistant.answer()`' : 'classify only (no Assistant yet), `classifier.predict()`';
  const row = (name: string, cell: (m: (typeof measured)[number]) => string) => [name, ...measured.map(cell)];
  const stepNames = [...new Set(measured.flatMap((m) => m.startupParts.map((p) => p.step)))];
  lines.push(
    ...table(
      ['measure', ...measured.map((m) => m.label)],
      [
        row('start-up, total', (m) => `**${millis(m.startupMs)}**`),
        ...stepNames.map((name) => row(`– ${name}`, (m) => millis(m.startupParts.find((p) => p.step === name)?.ms ?? NaN))),
        row('process start to ready (includes Node boot)', (m) => millis(m.processReadyMs)),
        row(`${answer} p50`, (m) => millis(m.latency.p50Ms)),
        row(`${answer} p99`, (m) => `**${millis(m.latency.p99Ms)}**`),
        row('garbage collections while answering: count / total / longest', (m) => `${m.gc.count} / ${millis(m.gc.totalMs)} / ${millis(m.gc.longestMs)}`),
        row('resident memory after start-up (RSS)', (m) => `**${megabytes(m.rssAfterStartupMb)}**`),
        row('heap used after start-up', (m) => megabytes(m.heapUsedAfterStartupMb)),
        row('resident memory after answering', (m) => megabytes(m.rssAfterMessagesMb)),
      ],
    ),
    '',
    `${first.intents} intents, ${first.examples} training examples; ${first.messages} messages × ${first.passes} timed passes after a 50-message warm-up.`,
  );
  return lines;
}

const met = (ok: boolean): string => (ok ? 'met' : '**missed**');
const spread = (values: number[], unit: (v: number) => string): string =>
  values.length === 0 ? '–' : `${unit(median(values))} (${unit(Math.min(...values))}–${unit(Math.max(...values))})`;

function renderProcess(p: ProcessResults): string[] {
  const ms = (v: number) => `${v.toFixed(0)} ms`;
  const mb = (v: number) => `${v.toFixed(0)} MB`;
  const rss = (s: Samples) => median(s.maxRssMb);
  const lines = ['### Whole processes (bench/process.ts)', ''];
  lines.push(
    ...table(
      ['measure', 'ours', 'NLP.js script', 'ratio (median of pairs)', 'target'],
      [
        ['`protocol-bot ask "…"` vs `node dist/bench/nlpjs-ask.js model "…"`: wall, median (min–max)', spread(p.ask.ours.wallMs, ms), spread(p.ask.nlpjs.wallMs, ms), `**${p.ask.wallRatio.toFixed(2)}×**`, `≤ 1.2× (${met(p.ask.wallRatio <= 1.2)})`],
        ['the same, CPU time (user + system)', spread(p.ask.ours.cpuMs, ms), spread(p.ask.nlpjs.cpuMs, ms), `${p.ask.cpuRatio.toFixed(2)}×`, '—'],
        ['the same, peak RSS', mb(rss(p.ask.ours)), mb(rss(p.ask.nlpjs)), `${(rss(p.ask.ours) / rss(p.ask.nlpjs)).toFixed(2)}×`, `ours ≤ 100 MB (${met(rss(p.ask.ours) <= 100)})`],
        ['`npm start` (console, no tokens): process start to greeting', `**${spread(p.startup.wallMs, ms)}**`, '—', '—', `≤ 400 ms median (${met(median(p.startup.wallMs) <= 400)})`],
        ['the same, peak RSS of the bot', `**${mb(rss(p.startup))}**`, '—', '—', `≤ 100 MB (${met(rss(p.startup) <= 100)})`],
      ],
    ),
    '',
    `${p.runs} pairs, alternating which runs first; each a fresh \`node\` preloaded with bench/exit-stats.js (CPU, peak RSS); our compiled cache warm, as \`npm install\` leaves it.`,
    '',
    'Ways to run the CLI (`--help` to completion, wall time, median (min–max)):',
    '',
    ...table(['launcher', 'command', 'wall'], p.launchers.map((l) => [l.label, `\`${l.command}\``, spread(l.wallMs, ms)])),
  );
  return lines;
}

function renderThroughput(t: ThroughputResults): string[] {
  const rate = (v: number) => v.toFixed(0);
  const share = (v: number) => `${(100 * v).toFixed(0)}%`;
  const rows = [[`messages per CPU-second, median (min–max) of ${t.ours.length} rounds (ours: classify + clause selection; NLP.js: \`process()\`)`, spread(t.ours, rate), spread(t.nlpjs, rate), `**${t.ratio.toFixed(2)}×**`, `≥ 1.5× (${met(t.ratio >= 1.5)})`]];
  // Old result files have no background shares.
  if (t.oursBackground?.length && t.nlpjsBackground?.length) {
    rows.push(['of that CPU time, the share off the main thread (V8 compiling optimised code, GC helpers), median (min–max)', spread(t.oursBackground, share), spread(t.nlpjsBackground, share), '—', '—']);
  }
  return [
    '### Per-message throughput (bench/throughput.ts)',
    '',
    ...table(['measure', 'ours', 'NLP.js', 'ratio (median of rounds)', 'target'], rows),
    '',
    `The same ${t.distinctMessages} messages (bench/messages.ts) for both; each round runs each engine in a fresh \`node\` of its own (bench/throughput-worker.ts), ${t.warmUpPasses} untimed warm-up passes, then ${t.messages} messages timed by CPU time (user + system); rounds alternate which engine runs first.`,
  ];
}

function renderDev(d: DevResult): string[] {
  const lines = ['### Design choices on dev splits carved from the training data (bench/dev.ts)', ''];
  const headers = ['classifier', ...d.datasets.map((s) => `${s.name} (${s.train} / ${s.dev})`), 'mean'];
  const rows = d.rows.map((r) => [r.variant, ...r.accuracies.map(score), `**${score(r.accuracies.reduce((a, b) => a + b, 0) / r.accuracies.length)}**`]);
  lines.push(...table(headers, rows), '', 'Accuracy on 20% of each training set (per label, seeded), trained on the other 80%; no test sentence is used. Columns: data set (train / dev examples).');
  return lines;
}
