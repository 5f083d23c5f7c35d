/* eslint-disable @typescript-eslint/no-require-imports -- bench/queue is optional, loaded if built */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { measureCouncilBot } from './council';
import { runDevChecks } from './dev';
import { measureWholeProcess } from './process';
import { measureThroughput } from './throughput';
import { createEngine, Engine, ENGINE_IDS, EngineId } from './engines';
import { gcAvailable, peakRssMb } from './metrics';
import { Progress, runClinc, runHwu, runNluCorpora } from './nlu';
import { BenchResults, renderReport } from './report';
import { benchAnswers } from './answers';
import { benchLongMessages } from './long-messages';
import { measureInstructions, renderInstructions, valgrindVersion } from './instructions';

/**
 * `npm run bench [-- --only …] [--engines ours,nlpjs,bayes] [--quick | --full] [--runs N] [--queue-requests N]`
 * Progress goes to stderr; the Markdown report goes to stdout.
 */

const SUITES = ['nlu', 'hwu', 'clinc', 'dev', 'council', 'process', 'throughput', 'queue', 'answers', 'long', 'instructions'] as const;
type Suite = (typeof SUITES)[number];
/**
 * The long parts (CLINC150 trains NLP.js for minutes; the dev checks train 40 models; counting
 * instructions runs each `ask` under valgrind, ≈ 1 min a run): only with --full or --only.
 */
const LONG_SUITES: Suite[] = ['clinc', 'dev', 'instructions'];

const USAGE = `usage: npm run bench -- [--only ${SUITES.join(',')}] [--engines ${ENGINE_IDS.join(',')}] [--quick | --full] [--runs N] [--queue-requests N]
  --only            run only these parts (default: all but ${LONG_SUITES.join(', ')})
  --full            also the long parts: ${LONG_SUITES.join(', ')}
  --engines         compare only these engines (default: all)
  --quick           ours only, no long parts, 5 process pairs, a 10,000-request queue (for development)
  --runs N          paired whole-process runs (default 15); counted runs of each command for instructions (default 3)
  --queue-requests  requests in the queue database at scale (default 100000)`;

const commaList = <T extends string>(allowed: readonly [T, ...T[]], flag: string) =>
  z
    .string()
    .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.enum(allowed, { error: (issue) => `${flag}: "${String(issue.input)}" is not one of ${allowed.join(', ')}` })).min(1, `${flag} needs at least one value`));

interface Options {
  suites: Set<Suite>;
  engines: EngineId[];
  runs: number;
  instructionRuns: number;
  queueRequests: number;
}

function parseOptions(argv: string[]): Options | { help: true } {
  const { values } = parseArgs({
    args: argv,
    options: {
      only: { type: 'string' },
      engines: { type: 'string' },
      quick: { type: 'boolean' },
      full: { type: 'boolean' },
      runs: { type: 'string' },
      'queue-requests': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return { help: true };
  const defaults = SUITES.filter((s) => values.full || !LONG_SUITES.includes(s));
  const suites = new Set<Suite>(values.only === undefined ? defaults : commaList(SUITES as unknown as [Suite, ...Suite[]], '--only').parse(values.only));
  let engines: EngineId[] = values.engines === undefined ? [...ENGINE_IDS] : commaList(ENGINE_IDS as unknown as [EngineId, ...EngineId[]], '--engines').parse(values.engines);
  if (values.quick && values.engines === undefined) engines = ['ours'];
  const count = (flag: string, value: string | undefined, fallback: number, min: number, max: number) =>
    value === undefined ? fallback : z.coerce.number({ error: `${flag} takes a number` }).int().min(min, `${flag}: at least ${min}`).max(max, `${flag}: at most ${max}`).parse(value);
  return {
    suites,
    engines,
    runs: count('--runs', values.runs, values.quick ? 5 : 15, 1, 200),
    instructionRuns: count('--runs', values.runs, 3, 1, 200),
    queueRequests: count('--queue-requests', values['queue-requests'], values.quick ? 10_000 : 100_000, 1_000, 1_000_000),
  };
}

const startedAt = Date.now();
const progress: Progress = (line) => process.stderr.write(`[bench +${((Date.now() - startedAt) / 1000).toFixed(1)}s] ${line}\n`);

async function runQueueBench(print: (line: string) => void, requests: number): Promise<void> {
  let benchQueue: ((print: (line: string) => void, requests: number, progress: Progress) => Promise<void>) | undefined;
  try {
    benchQueue = (require('./queue') as { benchQueue?: typeof benchQueue }).benchQueue;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw error;
  }
  if (typeof benchQueue !== 'function') {
    progress('queue: bench/queue.ts is not there (or exports no benchQueue); skipped');
    print('Not measured: bench/queue.ts is not there yet.');
    return;
  }
  progress('queue: running bench/queue.ts');
  await benchQueue(print, requests, progress);
}

async function main(): Promise<void> {
  let options: ReturnType<typeof parseOptions>;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    const message = error instanceof z.ZodError ? error.issues[0].message : (error as Error).message;
    process.stderr.write(`bench: ${message}\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  if ('help' in options) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const { suites } = options;
  const engines: Engine[] = options.engines.map(createEngine);
  const results: BenchResults = { nluCorpora: [], hwu: [], clinc: [], notes: [], loadAtStart: os.loadavg() };
  progress(`engines: ${engines.map((e) => e.id).join(', ')}; parts: ${[...suites].join(', ')}`);
  if (!gcAvailable) progress('global.gc is not exposed (run with node --expose-gc): memory figures include garbage');

  if (suites.has('nlu')) for (const engine of engines) results.nluCorpora.push(await runNluCorpora(engine, progress));
  if (suites.has('hwu')) {
    for (const size of ['small', 'large'] as const) for (const engine of engines) results.hwu.push(await runHwu(engine, size, progress));
  }
  if (suites.has('clinc')) for (const engine of engines) results.clinc.push(await runClinc(engine, progress));
  if (suites.has('dev')) results.dev = runDevChecks(progress);
  if (suites.has('process')) {
    progress('whole process: ask against the NLP.js script, and the bot from start to ready');
    try {
      results.process = await measureWholeProcess(progress, options.runs);
    } catch (error) {
      progress(`whole process: failed: ${(error as Error).message}`);
      results.notes.push(`Whole-process rows not measured: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  if (suites.has('throughput')) {
    progress('throughput: each engine in a process of its own, rounds alternating');
    try {
      results.throughput = await measureThroughput(progress);
    } catch (error) {
      progress(`throughput: failed: ${(error as Error).message}`);
      results.notes.push(`Throughput not measured: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  if (suites.has('council')) {
    progress('council bot: measuring in a fresh process');
    results.council = await measureCouncilBot(progress);
  }

  const comparedAny = results.nluCorpora.length + results.hwu.length + results.clinc.length > 0;
  if (comparedAny) {
    results.notes.push(
      'train: wall time of `train()`; p50 / p99: per-message `predict` latency (process.hrtime.bigint around each call, after a 50-message warm-up); NLP.js is timed on `nlp.process()` (its documented call, asynchronous, awaited).',
      `heap+buffers Δ / RSS Δ: growth from training of V8 heap used + external memory (typed arrays' buffers, where our weights live) and of the resident set, each read after ${gcAvailable ? 'global.gc()' : 'no GC (not exposed)'}; for several corpora, the largest. All engines run one after another in this one process, so only the deltas are per engine; V8 seldom returns RSS to the OS, so a later engine's RSS Δ can understate its needs. Process peak RSS for the whole run: ${peakRssMb().toFixed(0)} MB.`,
      'Every engine is scored the same way, by its top intent with no threshold: NLP.js\' own "None" below its 0.5 threshold is not used (HWU64 has no None class; in the NLU Evaluation Corpora "None" is an ordinary trained class, a candidate like any other). CLINC150: oos_train is the trained class `oos`; then, for every engine alike, a confidence threshold on its top intent is chosen on val + oos_val by the same two rules and applied to the test sets.',
      ...new Set(engines.flatMap((e) => e.notes)),
    );
  }
  if (results.council?.some((start) => start.ok)) {
    results.notes.push('Council bot: each start is a child process of its own (Node started afresh, nothing else loaded) with a temporary database and a temporary model cache (`MODEL_CACHE_DIR`); the messages were written for the benchmark (bench/messages.ts), not taken from an evaluation set.');
  }

  const print = (line: string) => process.stdout.write(`${line}\n`);
  print(renderReport(results));

  if (suites.has('queue')) {
    print('### Clerk queue (bench/queue.ts)');
    print('');
    try {
      await runQueueBench(print, options.queueRequests);
    } catch (error) {
      // The queue's own benchmark must not take the NLU figures down with it.
      progress(`queue: failed: ${(error as Error).stack ?? String(error)}`);
      print(`Not measured: bench/queue.ts failed: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  if (suites.has('instructions')) {
    print('### A whole `ask` in instructions (bench/instructions.ts)');
    print('');
    const valgrind = valgrindVersion();
    if (valgrind === undefined) {
      progress('instructions: valgrind is not installed; skipped');
      print('Not measured: valgrind is not installed (e.g. `apt-get install valgrind`). `perf stat -e instructions` is not used: most virtual machines, this one included, do not expose the counter. The wall times above do not need it.');
    } else {
      progress(`instructions: each ask under ${valgrind}, ${options.instructionRuns} runs (about a minute each)`);
      try {
        renderInstructions(await measureInstructions(progress, options.instructionRuns), valgrind).forEach(print);
      } catch (error) {
        progress(`instructions: failed: ${(error as Error).message}`);
        print(`Not measured: ${(error as Error).message.split('\n')[0]}`);
      }
    }
    print('');
  }
  if (suites.has('answers')) {
    print('### Answer selection (bench/answers.ts)');
    print('');
    print('| measure | result | target |');
    print('|---|---|---|');
    await benchAnswers(print, progress);
  }
  if (suites.has('long')) {
    print('### The longest messages (bench/long-messages.ts)');
    print('');
    benchLongMessages(print, progress);
  }
  progress('done');
}

main().catch((error) => {
  process.stderr.write(`bench: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
