import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { consoleOnlyEnv, median, nlpjsModel } from './process';
import type { Progress } from './nlu';

/**
 * The whole `ask` against the NLP.js script counted in CPU instructions, not seconds (speed1).
 *
 * Why: on this shared machine the wall ratio of `--only process` moved from 1.06× to 1.51×
 * across sessions with no change to either program, so nobody could tell whether a change
 * helped. The number of instructions a process executes hardly depends on the load. `perf stat
 * -e instructions` is not supported in this machine's virtual CPU, so the count comes from
 * valgrind (cachegrind with its cache simulation off: it only counts, about 30× slower than a
 * plain run). What still moves a count a little between runs is V8's own threads (the
 * compiler and garbage-collector helpers, serialised by valgrind) and its randomised hash seed.
 *
 * Each command runs as the process bench does (a temporary database, no chat tokens, our code
 * cache warm), once untimed, then `runs` times counted; ours and NLP.js' run side by side (the
 * counts do not depend on the load, and the pair takes half the time).
 */

/** Questions written for this bench: one the classifier is sure of, one it is not (the word-vector vote runs). */
export const INSTRUCTION_QUESTIONS = [
  { kind: 'confident', text: 'Can I ask an officer to print my leaflets?' },
  { kind: 'unsure', text: 'I need to speak to teh clerk about something sensitiev.' },
] as const;

export interface CountedCommand {
  label: string;
  counts: number[];
}

export interface InstructionResults {
  runs: number;
  nodeAlone: CountedCommand;
  questions: { kind: string; text: string; ours: CountedCommand; nlpjs: CountedCommand }[];
}

const DIST = path.resolve(__dirname, '..');
const CLI = path.join(DIST, 'src', 'cli.js');
const NLPJS_ASK = path.join(__dirname, 'nlpjs-ask.js');
const PROJECT = path.resolve(DIST, '..');
const VALGRIND_ARGS = ['--tool=cachegrind', '--cache-sim=no', '--branch-sim=no', '--cachegrind-out-file=/dev/null'];

/** Whether valgrind can be run here; a missing tool is reported by the bench, not an error. */
export function valgrindVersion(): string | undefined {
  const result = spawnSync('valgrind', ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** The total valgrind prints at exit ("==123== I   refs:      1,789,370,243"). */
export function instructionsFrom(stderr: string): number | undefined {
  const match = /^==\d+==\s+I\s+refs:\s+([\d,]+)\s*$/m.exec(stderr);
  return match ? Number(match[1].replace(/,/g, '')) : undefined;
}

function countInstructions(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn('valgrind', [...VALGRIND_ARGS, process.execPath, ...args], { env, cwd: PROJECT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const count = instructionsFrom(stderr);
      if (code !== 0 || count === undefined) return reject(new Error(`valgrind node ${args.join(' ')} exited with ${code}: ${stderr.trim().split('\n').slice(-1)[0] ?? ''}`));
      resolve(count);
    });
  });
}

export async function measureInstructions(progress: Progress, runs: number): Promise<InstructionResults> {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-instructions-'));
  try {
    const env = consoleOnlyEnv(temp);
    // Extra CA certificates are loaded by every Node process at its start (≈ 0.4 G instructions on this machine),
    // whether or not it opens a connection; a user's machine seldom sets them, and they would only add the same to both sides.
    delete env.NODE_EXTRA_CA_CERTS;
    const model = await nlpjsModel(loadConfig({ ...env, LOG_LEVEL: 'silent' }).MODEL_CACHE_DIR, progress);
    const nodeAlone: CountedCommand = { label: '`node -e 0` (Node starting and stopping, nothing loaded)', counts: [] };
    const questions = INSTRUCTION_QUESTIONS.map((q) => ({
      ...q,
      ours: { label: `\`protocol-bot ask "${q.text}"\``, counts: [] as number[] },
      nlpjs: { label: `\`node dist/bench/nlpjs-ask.js model "${q.text}"\``, counts: [] as number[] },
    }));
    // Untimed first runs, as in the process bench: our code cache and compiled cache filled, files in the OS cache.
    for (const q of questions) {
      spawnSync(process.execPath, [CLI, 'ask', q.text], { env, cwd: PROJECT, stdio: 'ignore' });
      spawnSync(process.execPath, [NLPJS_ASK, model, q.text], { env, cwd: PROJECT, stdio: 'ignore' });
    }
    for (let i = 0; i < runs; i++) {
      for (const q of questions) {
        const [ours, nlpjs] = await Promise.all([countInstructions([CLI, 'ask', q.text], env), countInstructions([NLPJS_ASK, model, q.text], env)]);
        q.ours.counts.push(ours);
        q.nlpjs.counts.push(nlpjs);
        progress(`instructions: ${q.kind} question, run ${i + 1}/${runs}: ours ${ours.toLocaleString('en-GB')}, NLP.js ${nlpjs.toLocaleString('en-GB')}`);
      }
      nodeAlone.counts.push(await countInstructions(['-e', '0'], env));
    }
    return { runs, nodeAlone, questions };
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

const millions = (count: number): string => `${(count / 1e6).toFixed(0)} M`;
const spread = (counts: number[]): string => `${millions(median(counts))} (${millions(Math.min(...counts))}–${millions(Math.max(...counts))})`;

/** Markdown for the report: counts in millions, median (min–max), and the ratio of the medians. */
export function renderInstructions(r: InstructionResults, valgrind: string): string[] {
  const lines = [
    '| command | instructions, median (min–max) | ratio to the NLP.js script | beyond Node\'s own start, ratio |',
    '|---|---:|---:|---:|',
  ];
  const node = median(r.nodeAlone.counts);
  lines.push(`| ${r.nodeAlone.label} | ${spread(r.nodeAlone.counts)} | — | — |`);
  for (const q of r.questions) {
    const ours = median(q.ours.counts);
    const nlpjs = median(q.nlpjs.counts);
    lines.push(`| ${q.kind}: ${q.ours.label} | ${spread(q.ours.counts)} | **${(ours / nlpjs).toFixed(2)}×** | ${((ours - node) / (nlpjs - node)).toFixed(2)}× |`);
    lines.push(`| ${q.kind}: ${q.nlpjs.label} | ${spread(q.nlpjs.counts)} | — | — |`);
  }
  lines.push(
    '',
    `${r.runs} counted runs of each command (${valgrind}, \`--tool=cachegrind --cache-sim=no\`: every instruction the process executes, V8's helper threads included), after one uncounted run that fills our code cache. ` +
      'A count moves by a few per cent between runs (V8\'s threads, its random hash seed), the wall time by tens of per cent on this machine. The target (≤ 1.2×) is set on wall time; this is the figure to compare a change by.',
  );
  return lines;
}
