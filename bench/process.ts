/* eslint-disable @typescript-eslint/no-require-imports -- NLP.js is loaded only when its model must be trained */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { digestOf } from '../src/nlu/cacheFiles';
import { loadIntents, trainingExamples } from '../src/nlu/intents';
import { BENCH_MESSAGES } from './messages';

/**
 * Whole processes, as a user runs them (issue 13): `protocol-bot ask "…"` against a script that
 * loads a saved NLP.js model of the same intents and answers one question (bench/nlpjs-ask.ts),
 * and `npm start`'s bot from process start to its console greeting. Each timed process is a
 * fresh `node`, both preloaded with bench/exit-stats.js for CPU time and peak RSS. Runs are
 * paired and alternate in order, so that a load change on this shared machine hits both sides;
 * the ratio is the median of the per-pair ratios.
 */

export interface Samples {
  wallMs: number[];
  cpuMs: number[];
  maxRssMb: number[];
}

export interface ProcessResults {
  runs: number;
  ask: { ours: Samples; nlpjs: Samples; wallRatio: number; cpuRatio: number };
  startup: Samples;
  launchers: { label: string; command: string; wallMs: number[] }[];
  notes: string[];
}

const DIST = path.resolve(__dirname, '..');
const CLI = path.join(DIST, 'src', 'cli.js');
const MAIN = path.join(DIST, 'src', 'main.js');
const NLPJS_ASK = path.join(__dirname, 'nlpjs-ask.js');
const EXIT_STATS = path.join(__dirname, 'exit-stats.js');
const PROJECT = path.resolve(DIST, '..');
const READY_TIMEOUT_MS = 60_000;

export const median = (values: number[]): number => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const emptySamples = (): Samples => ({ wallMs: [], cpuMs: [], maxRssMb: [] });

function readStats(file: string): { cpuMs: number; maxRssMb: number } {
  const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split('\n') : [];
  fs.rmSync(file, { force: true });
  if (lines.length === 0 || lines[0] === '') throw new Error('a timed process wrote no exit statistics');
  return JSON.parse(lines[lines.length - 1]) as { cpuMs: number; maxRssMb: number };
}

/** One process to completion: wall time around it, CPU and peak RSS from inside it. */
function timeProcess(args: string[], env: NodeJS.ProcessEnv, statsFile: string, into: Samples): void {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['-r', EXIT_STATS, ...args], { env: { ...env, BENCH_EXIT_STATS: statsFile }, stdio: ['ignore', 'ignore', 'pipe'], cwd: PROJECT });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited with ${result.status}: ${result.stderr.toString().split('\n')[0]}`);
  const stats = readStats(statsFile);
  into.wallMs.push(wallMs);
  into.cpuMs.push(stats.cpuMs);
  into.maxRssMb.push(stats.maxRssMb);
}

/** The bot as `npm start` runs it with no tokens: time from spawn to its greeting on stdout. */
function timeStartup(env: NodeJS.ProcessEnv, statsFile: string, into: Samples): Promise<void> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, ['-r', EXIT_STATS, MAIN], { env: { ...env, BENCH_EXIT_STATS: statsFile }, stdio: ['pipe', 'pipe', 'inherit'], cwd: PROJECT });
    let readyMs: number | undefined;
    const timer = setTimeout(() => child.kill(), READY_TIMEOUT_MS);
    child.stdout.on('data', () => {
      if (readyMs !== undefined) return;
      readyMs = Number(process.hrtime.bigint() - start) / 1e6;
      child.stdin.end(); // the console chat ends with its input
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (readyMs === undefined || code !== 0) return reject(new Error(`the bot did not start (exit ${code})`));
      const stats = readStats(statsFile);
      into.wallMs.push(readyMs);
      into.cpuMs.push(stats.cpuMs);
      into.maxRssMb.push(stats.maxRssMb);
      resolve();
    });
  });
}

/** A saved NLP.js model of the project's intents (answers: each intent's summary), trained once per set of intent files. */
export async function nlpjsModel(cacheDir: string, progress: (line: string) => void): Promise<string> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const intentsDir = config.INTENTS_DIR;
  const files = fs.readdirSync(intentsDir).filter((f) => f.endsWith('.yaml')).sort();
  const file = path.join(cacheDir, `bench-nlpjs-${digestOf(files.flatMap((f) => [f, fs.readFileSync(path.join(intentsDir, f))]))}.nlp`);
  if (fs.existsSync(file)) return file;
  progress('whole process: training NLP.js on the intents once (cached for later runs)');
  const { containerBootstrap } = require('@nlpjs/core') as { containerBootstrap: () => Promise<{ use(p: unknown): void; get(name: string): unknown }> };
  const { Nlp } = require('@nlpjs/nlp') as { Nlp: unknown };
  const { LangEn } = require('@nlpjs/lang-en-min') as { LangEn: unknown };
  const container = await containerBootstrap();
  container.use(Nlp);
  container.use(LangEn);
  const nlp = container.get('nlp') as { settings: Record<string, unknown>; addLanguage(l: string): void; addDocument(l: string, t: string, i: string): void; addAnswer(l: string, i: string, a: string): void; train(): Promise<unknown>; export(minified: boolean): string };
  nlp.settings.autoSave = false;
  nlp.addLanguage('en');
  const intents = loadIntents(intentsDir);
  for (const e of trainingExamples(intents)) nlp.addDocument('en', e.text, e.intent);
  for (const intent of intents) nlp.addAnswer('en', intent.id, intent.summary);
  const log = console.log;
  console.log = () => undefined; // NLP.js logs every epoch
  try {
    await nlp.train();
  } finally {
    console.log = log;
  }
  fs.mkdirSync(cacheDir, { recursive: true });
  for (const old of fs.readdirSync(cacheDir).filter((f) => f.startsWith('bench-nlpjs-'))) fs.rmSync(path.join(cacheDir, old), { force: true });
  fs.writeFileSync(file, nlp.export(true));
  return file;
}

/** The bot as `npm start` runs it with no tokens (the console only), on a database of its own in `temp`. */
export function consoleOnlyEnv(temp: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_PATH: path.join(temp, 'bot.sqlite'), LOG_LEVEL: 'warn' };
  delete env.SLACK_BOT_TOKEN;
  delete env.SLACK_APP_TOKEN;
  delete env.MICROSOFT_APP_ID;
  return env;
}

export async function measureWholeProcess(progress: (line: string) => void, runs: number): Promise<ProcessResults> {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-process-'));
  try {
    const env = consoleOnlyEnv(temp);
    const config = loadConfig({ ...env, LOG_LEVEL: 'silent' });
    const model = await nlpjsModel(config.MODEL_CACHE_DIR, progress);
    const stats = path.join(temp, 'stats.jsonl');
    const questions = BENCH_MESSAGES.slice(0, Math.max(runs, 1));
    const ours = emptySamples();
    const nlpjs = emptySamples();
    const startup = emptySamples();
    // Untimed first runs: our compiled cache filled (as `npm install` leaves it), files in the OS cache.
    timeProcess([CLI, 'ask', questions[0]], env, stats, emptySamples());
    timeProcess([NLPJS_ASK, model, questions[0]], env, stats, emptySamples());
    await timeStartup(env, stats, emptySamples());
    for (let i = 0; i < runs; i++) {
      const question = questions[i % questions.length];
      const pair = [() => timeProcess([CLI, 'ask', question], env, stats, ours), () => timeProcess([NLPJS_ASK, model, question], env, stats, nlpjs)];
      if (i % 2) pair.reverse();
      for (const run of pair) run();
      await timeStartup(env, stats, startup);
      progress(`whole process: ${i + 1}/${runs} pairs`);
    }
    const pairRatio = (a: number[], b: number[]) => median(a.map((v, i) => v / b[i]));
    return {
      runs,
      ask: { ours, nlpjs, wallRatio: pairRatio(ours.wallMs, nlpjs.wallMs), cpuRatio: pairRatio(ours.cpuMs, nlpjs.cpuMs) },
      startup,
      launchers: measureLaunchers(env, Math.min(runs, 5), progress),
      notes: [],
    };
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

/**
 * The documented ways to run the CLI (docs/cli.md), each `--help` to completion, against the
 * bare `node dist/src/cli.js`. `npx protocol-bot` is left out: inside the project it reinstalls
 * the package and reruns `prepare` (build and train), tens of seconds.
 */
function measureLaunchers(env: NodeJS.ProcessEnv, runs: number, progress: (line: string) => void): ProcessResults['launchers'] {
  const launchers = [
    { label: 'node dist/src/cli.js', command: process.execPath, args: [CLI, '--help'] },
    { label: 'bin/protocol-bot', command: path.join(PROJECT, 'bin', 'protocol-bot'), args: ['--help'] },
    { label: 'npm run -s cli --', command: 'npm', args: ['run', '-s', 'cli', '--', '--help'] },
  ].filter((l) => l.command !== path.join(PROJECT, 'bin', 'protocol-bot') || fs.existsSync(l.command));
  const results = launchers.map((l) => ({ label: l.label, command: [l.command === process.execPath ? 'node' : l.command, ...l.args].join(' ').replace(`${PROJECT}/`, ''), wallMs: [] as number[] }));
  for (let i = 0; i < runs; i++) {
    launchers.forEach((l, n) => {
      const start = process.hrtime.bigint();
      const result = spawnSync(l.command, l.args, { env, stdio: 'ignore', cwd: PROJECT });
      if (result.status === 0) results[n].wallMs.push(Number(process.hrtime.bigint() - start) / 1e6);
    });
  }
  progress('whole process: launchers timed');
  return results;
}
