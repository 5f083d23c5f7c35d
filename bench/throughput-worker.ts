/* eslint-disable @typescript-eslint/no-require-imports -- each engine's code is loaded only in the process that measures it */
/**
 * One engine's per-message throughput, in a process of its own (spawned by bench/throughput.ts):
 * `node dist/bench/throughput-worker.js ours|nlpjs <nlpjs model file> <warm-up passes> <timed passes>`.
 * Loads the engine, runs the warm-up passes over bench/messages.ts untimed, then the timed passes,
 * and prints one JSON line: messages and the CPU time (user + system) they took.
 */
import fs from 'node:fs';
import { loadConfig } from '../src/config';
import { BENCH_MESSAGES } from './messages';

type Pass = () => void | Promise<void>;

/** The line written before the timed passes when BENCH_MARK_TIMED=1. */
export const TIMED_MARK = '=== timed passes begin';

/** Ours as `protocol-bot classify` does it: the intent, then the clauses to cite. */
function ours(): Pass {
  const { Assistant } = require('../src/assistant/assistant') as typeof import('../src/assistant/assistant');
  const { ProtocolLibrary } = require('../src/protocols/library') as typeof import('../src/protocols/library');
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const assistant = Assistant.create({ config, library: ProtocolLibrary.load(config.PROTOCOLS_DIR) });
  const council = config.COUNCIL;
  return () => {
    for (const text of BENCH_MESSAGES) {
      const result = assistant.classify(text, 'councillor');
      assistant.clausesFor(council, result, text);
    }
  };
}

/** NLP.js' documented `nlp.process()` on its saved model of the same intents. */
async function nlpjs(modelFile: string): Promise<Pass> {
  const { containerBootstrap } = require('@nlpjs/core') as { containerBootstrap: () => Promise<{ use(p: unknown): void; get(name: string): unknown }> };
  const { Nlp } = require('@nlpjs/nlp') as { Nlp: unknown };
  const { LangEn } = require('@nlpjs/lang-en-min') as { LangEn: unknown };
  const container = await containerBootstrap();
  container.use(Nlp);
  container.use(LangEn);
  const nlp = container.get('nlp') as { settings: Record<string, unknown>; import(data: string): void; process(l: string, t: string): Promise<unknown> };
  nlp.settings.autoSave = false;
  nlp.import(fs.readFileSync(modelFile, 'utf8'));
  console.log = () => undefined; // NLP.js warns on stdout about messages of stop words only; the result goes through process.stdout
  return async () => {
    for (const text of BENCH_MESSAGES) await nlp.process('en', text);
  };
}

/**
 * CPU time of this process's main thread so far (ms), from /proc (Linux; clock ticks of 10 ms), or
 * undefined elsewhere. The rest of the process's CPU time is V8's background threads: the
 * optimising compiler and the garbage collector's helpers.
 */
function mainThreadCpuMs(): number | undefined {
  try {
    const fields = fs.readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1].split(' ');
    // utime and stime are fields 14 and 15 of stat, 12 and 13 after the command name.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const [engine, modelFile, warmUp, timed] = process.argv.slice(2);
  const pass = engine === 'ours' ? ours() : engine === 'nlpjs' ? await nlpjs(modelFile) : undefined;
  if (!pass) throw new Error(`unknown engine ${engine}`);
  for (let i = 0; i < Number(warmUp); i++) await pass();
  // For bench/compile-window.ts, which reads V8's --trace-opt lines on stdout: where the timed passes begin.
  if (process.env.BENCH_MARK_TIMED === '1') process.stdout.write(`${TIMED_MARK}\n`);
  const start = process.cpuUsage();
  const mainStart = mainThreadCpuMs();
  for (let i = 0; i < Number(timed); i++) await pass();
  const used = process.cpuUsage(start);
  const mainEnd = mainThreadCpuMs();
  const mainMs = mainStart === undefined || mainEnd === undefined ? undefined : mainEnd - mainStart;
  process.stdout.write(`${JSON.stringify({ messages: Number(timed) * BENCH_MESSAGES.length, cpuMs: (used.user + used.system) / 1000, mainThreadCpuMs: mainMs })}\n`);
}

// Run when spawned, not when bench/compile-window.ts imports TIMED_MARK.
if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  });
}
