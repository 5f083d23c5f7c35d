/**
 * Per-message latency of answering turns in threads (`node dist/bench/conversation.js`): the
 * project's own conversations (test/eval/dialogues-validation.jsonl) answered turn by turn, each
 * conversation in its own thread, several passes, against the same turns answered on their own.
 * The thread's work (reading the turn's form, combining intents, re-ranking clauses, the store)
 * is what separates the two figures.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Assistant } from '../src/assistant/assistant';
import { loadConfig } from '../src/config';
import { ProtocolLibrary } from '../src/protocols/library';
import { elapsedMs, summarizeLatency } from './metrics';

const PASSES = 20;
const ASKER = { id: 'bench', name: 'Bench', role: 'councillor' as const };

function main(): void {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const assistant = Assistant.create({ config, library: ProtocolLibrary.load(config.PROTOCOLS_DIR) });
  const file = path.resolve(__dirname, '..', '..', 'test', 'eval', 'dialogues-validation.jsonl');
  const conversations = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; council: string; role?: 'councillor' | 'officer' | 'clerk'; turns: { text: string }[] });
  // Wall time suffers whenever the shared machine preempts this process; CPU time of the call
  // (process.cpuUsage, microseconds) does not, so both are reported.
  const time = (threaded: boolean): { wall: Float64Array; cpu: Float64Array } => {
    const turns = conversations.reduce((n, c) => n + c.turns.length, 0);
    const latencies = new Float64Array(turns * PASSES);
    const cpu = new Float64Array(turns * PASSES);
    let n = 0;
    for (let pass = 0; pass < PASSES; pass++) {
      for (const c of conversations) {
        for (const turn of c.turns) {
          const asker = { ...ASKER, role: c.role ?? 'councillor' };
          const cpuStart = process.cpuUsage();
          const start = process.hrtime.bigint();
          assistant.answer(turn.text, asker, { council: c.council, record: false, thread: threaded ? `bench:${pass}:${c.id}` : undefined });
          latencies[n] = elapsedMs(start);
          const used = process.cpuUsage(cpuStart);
          cpu[n++] = (used.user + used.system) / 1000;
        }
      }
    }
    return { wall: latencies, cpu };
  };
  // The thread's own work, apart from classifying and ranking: load, read the turn, remember.
  const threadWork = (): Float64Array => {
    const inputs = conversations.flatMap((c) => c.turns.map((t, i) => ({ c, text: t.text, first: i === 0, result: assistant.classify(t.text, c.role) })));
    const latencies = new Float64Array(inputs.length * PASSES);
    let n = 0;
    for (let pass = 0; pass < PASSES; pass++) {
      for (const { c, text, result } of inputs) {
        const thread = `work:${pass}:${c.id}`;
        const start = process.hrtime.bigint();
        const previous = assistant.conversations.load(thread, c.council);
        const reading = assistant.conversations.read(previous, text, result);
        assistant.conversations.remember(thread, previous, reading, { council: c.council, result: reading.result, topical: true, clauses: [] });
        latencies[n++] = elapsedMs(start);
      }
    }
    return latencies;
  };
  threadWork();
  const work = summarizeLatency(threadWork());
  process.stdout.write(`${'thread work alone'.padEnd(24)} ${work.count} turns     wall p50 ${work.p50Ms.toFixed(3)} / p99 ${work.p99Ms.toFixed(3)} ms\n`);
  time(true); // warm-up
  for (const [label, threaded] of [['turns on their own', false], ['turns in their threads', true]] as const) {
    const { wall, cpu } = time(threaded);
    const w = summarizeLatency(wall);
    const c = summarizeLatency(cpu);
    process.stdout.write(
      `${label.padEnd(24)} ${w.count} answers   wall p50 ${w.p50Ms.toFixed(3)} / p99 ${w.p99Ms.toFixed(3)} ms   CPU p50 ${c.p50Ms.toFixed(3)} / p99 ${c.p99Ms.toFixed(3)} ms\n`,
    );
  }
}

main();
