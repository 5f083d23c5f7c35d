/* eslint-disable @typescript-eslint/no-require-imports -- the bot's modules are loaded inside the timed start-up */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { BENCH_MESSAGES } from './messages';
import { elapsedMs, LatencySummary, summarizeLatency } from './metrics';

/**
 * Measures the council bot as it starts in production: start-up time, classify-and-answer latency
 * and resident memory. Each start runs in a fresh child process, because this process's memory
 * and module cache are full of the engine comparison and would say nothing about the bot alone.
 * With the Assistant, two starts share a temporary model cache: the first trains and saves the
 * model (a cold start, as after a change to intents/), the second loads it (every other start).
 */

export type Step = { step: string; ms: number };

export type StartMeasurement =
  | {
      ok: true;
      label: string;
      /** `assistant`: Assistant.create + answer(); `classifier`: intents + IntentClassifier only. */
      mode: 'assistant' | 'classifier';
      startupMs: number;
      startupParts: Step[];
      /** Node's own boot plus start-up, from process start to ready. */
      processReadyMs: number;
      rssAfterStartupMb: number;
      heapUsedAfterStartupMb: number;
      rssAfterMessagesMb: number;
      latency: LatencySummary;
      /** Garbage collections while the timed messages were answered: they make the latency tail. */
      gc: { count: number; totalMs: number; longestMs: number };
      messages: number;
      passes: number;
      intents: number;
      examples: number;
    }
  | { ok: false; label: string; reason: string };

const TIMED_PASSES = 5;
const WARM_UP_MESSAGES = 50;
const CHILD_TIMEOUT_MS = 300_000;
const ASKER = { id: 'bench', name: 'Bench', role: 'councillor' as const };
const MB = 1024 * 1024;

type ChildMessage = { progress?: string; result?: StartMeasurement };

/** One start of the bot in a child process, with the given model cache folder. */
function measureOneStart(label: string, modelCacheDir: string, progress: (line: string) => void): Promise<StartMeasurement> {
  return new Promise((resolve) => {
    const child = fork(__filename, [], {
      execArgv: [],
      env: { ...process.env, BENCH_COUNCIL_CHILD: label, MODEL_CACHE_DIR: modelCacheDir },
      // The bot's stdout must not land in the table: pass it to stderr.
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    child.stdout?.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    let result: StartMeasurement | undefined;
    const timer = setTimeout(() => child.kill(), CHILD_TIMEOUT_MS);
    child.on('message', (message: ChildMessage) => {
      if (message.progress) progress(message.progress);
      if (message.result) result = message.result;
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(result ?? { ok: false, label, reason: `measuring process ended (${signal ?? `exit code ${code}`}) without a result` });
    });
  });
}

export async function measureCouncilBot(progress: (line: string) => void): Promise<StartMeasurement[]> {
  const modelCacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'council-bench-model-'));
  try {
    const cold = await measureOneStart('cold start (trains, saves the model)', modelCacheDir, progress);
    if (!cold.ok || cold.mode === 'classifier') return [cold];
    const warm = await measureOneStart('warm start (loads the saved model)', modelCacheDir, progress);
    return [cold, warm];
  } finally {
    fs.rmSync(modelCacheDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// In the child process

/** The Assistant's surface the benchmark uses (src/assistant/assistant.ts). */
interface AssistantLike {
  answer(text: string, asker: typeof ASKER): unknown;
}
interface ClosableQueue {
  close(): void;
}

interface Bot {
  respond(text: string): unknown;
  parts: Step[];
  intents: number;
  examples: number;
  close(): void;
}

function assistantModulePresent(): boolean {
  try {
    require.resolve('../src/assistant/assistant');
    require.resolve('../src/queue/queue');
    return true;
  } catch {
    return false;
  }
}

function stepTimer(parts: Step[]) {
  return <T>(name: string, work: () => T): T => {
    const start = process.hrtime.bigint();
    const value = work();
    parts.push({ step: name, ms: elapsedMs(start) });
    return value;
  };
}

/** What src/main.ts does before starting channels: config, library, queue, assistant. */
function startAssistant(databasePath: string): Bot {
  const parts: Step[] = [];
  const step = stepTimer(parts);
  const modules = step('load modules', () => ({
    config: require('../src/config') as typeof import('../src/config'),
    library: require('../src/protocols/library') as typeof import('../src/protocols/library'),
    intents: require('../src/nlu/intents') as typeof import('../src/nlu/intents'),
    queue: require('../src/queue/queue') as { ClerkQueue: { open(o: Record<string, unknown>): ClosableQueue } },
    assistant: require('../src/assistant/assistant') as { Assistant: { create(deps: Record<string, unknown>): AssistantLike } },
  }));
  const config = modules.config.loadConfig({ ...process.env, DATABASE_PATH: databasePath, LOG_LEVEL: 'silent' });
  const library = step('load protocols', () => modules.library.ProtocolLibrary.load(config.PROTOCOLS_DIR));
  const queue = step('open queue', () =>
    modules.queue.ClerkQueue.open({
      path: config.DATABASE_PATH,
      library,
      ackTargetDays: config.ACK_TARGET_DAYS,
      resolveTargetDays: config.RESOLVE_TARGET_DAYS,
      unansweredRetentionDays: config.UNANSWERED_RETENTION_DAYS,
    }),
  );
  const assistant = step('Assistant.create', () => modules.assistant.Assistant.create({ config, library, queue }));
  // Counted outside the timed steps: only to say how big the model is.
  const examples = modules.intents.trainingExamples(modules.intents.loadIntents(config.INTENTS_DIR));
  return {
    respond: (text) => assistant.answer(text, ASKER),
    parts,
    intents: new Set(examples.map((e) => e.intent)).size,
    examples: examples.length,
    close: () => queue.close(),
  };
}

/** Before the Assistant exists: load the intents and train the classifier, as it will. */
function startClassifier(): Bot {
  const parts: Step[] = [];
  const step = stepTimer(parts);
  const { config, intents, classifier } = step('load modules', () => ({
    config: require('../src/config') as typeof import('../src/config'),
    intents: require('../src/nlu/intents') as typeof import('../src/nlu/intents'),
    classifier: require('../src/nlu/classifier') as typeof import('../src/nlu/classifier'),
  }));
  const examples = step('load intents', () => intents.trainingExamples(intents.loadIntents(config.loadConfig({ ...process.env, LOG_LEVEL: 'silent' }).INTENTS_DIR)));
  const model = step('train classifier', () => classifier.IntentClassifier.train(examples.map((e) => ({ text: e.text, label: e.intent, role: e.role }))));
  return {
    respond: (text) => model.predict(text, ASKER.role),
    parts,
    intents: new Set(examples.map((e) => e.intent)).size,
    examples: examples.length,
    close: () => undefined,
  };
}

/** Times every message, several passes, and counts the garbage collections meanwhile. */
async function timeAnswers(bot: Bot): Promise<{ latenciesMs: Float64Array; gcPausesMs: number[] }> {
  for (const text of BENCH_MESSAGES.slice(0, WARM_UP_MESSAGES)) bot.respond(text);
  const latenciesMs = new Float64Array(BENCH_MESSAGES.length * TIMED_PASSES);
  const gcPausesMs: number[] = [];
  const gcObserver = new PerformanceObserver((list) => gcPausesMs.push(...list.getEntries().map((e) => e.duration)));
  gcObserver.observe({ entryTypes: ['gc'] });
  let n = 0;
  for (let pass = 0; pass < TIMED_PASSES; pass++) {
    for (const text of BENCH_MESSAGES) {
      const start = process.hrtime.bigint();
      bot.respond(text);
      latenciesMs[n++] = elapsedMs(start);
    }
  }
  // GC entries are delivered once the synchronous loop has yielded.
  await new Promise((resolve) => setTimeout(resolve, 50));
  gcObserver.disconnect();
  return { latenciesMs, gcPausesMs };
}

async function runChild(label: string): Promise<void> {
  const send = (message: ChildMessage) => process.send?.(message);
  // The result is the last message; closing the channel once it is written lets this process end.
  const finish = (result: StartMeasurement) => process.send?.({ result }, () => process.disconnect());
  const mode = assistantModulePresent() ? 'assistant' : 'classifier';
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'council-bench-db-'));
  try {
    send({ progress: `council bot, ${label}: starting (${mode === 'assistant' ? 'Assistant.create, temporary database' : 'no Assistant yet: intents + classifier'})` });
    const start = process.hrtime.bigint();
    const bot = mode === 'assistant' ? startAssistant(path.join(tempDir, 'bench.sqlite')) : startClassifier();
    const startupMs = elapsedMs(start);
    const processReadyMs = performance.now();
    const afterStartup = process.memoryUsage();

    send({ progress: `council bot, ${label}: ready in ${startupMs.toFixed(0)} ms; answering ${BENCH_MESSAGES.length} messages × ${TIMED_PASSES} passes` });
    const { latenciesMs, gcPausesMs } = await timeAnswers(bot);
    const rssAfterMessagesMb = process.memoryUsage().rss / MB;
    bot.close();
    finish({
      ok: true,
      label: mode === 'assistant' ? label : 'start (intents + classifier; no Assistant yet)',
      mode,
      startupMs,
      startupParts: bot.parts,
      processReadyMs,
      rssAfterStartupMb: afterStartup.rss / MB,
      heapUsedAfterStartupMb: afterStartup.heapUsed / MB,
      rssAfterMessagesMb,
      latency: summarizeLatency(latenciesMs),
      gc: { count: gcPausesMs.length, totalMs: gcPausesMs.reduce((a, b) => a + b, 0), longestMs: Math.max(0, ...gcPausesMs) },
      messages: BENCH_MESSAGES.length,
      passes: TIMED_PASSES,
      intents: bot.intents,
      examples: bot.examples,
    });
  } catch (error) {
    finish({ ok: false, label, reason: (error as Error).message.split('\n')[0] });
  } finally {
    fs.rmSync(tempDir, { recursive: true, force: true });
  }
}

const childLabel = process.env.BENCH_COUNCIL_CHILD;
if (require.main === module && childLabel) void runChild(childLabel);
