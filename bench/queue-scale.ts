import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { PROJECT_ROOT } from '../src/config';
import { digestOf } from '../src/nlu/cacheFiles';
import { ProtocolLibrary } from '../src/protocols/library';
import { OutboxDispatcher } from '../src/queue/outbox';
import { ClerkQueue } from '../src/queue/queue';
import type { NewRequest, Notification, NotificationSender, Person } from '../src/queue/types';

/**
 * The Clerk queue at scale (issue 13): a database of N requests (default 100,000; 90% closed,
 * every notification delivered), then, on a copy of it:
 * - the outbox poll with nothing due (what the idle bot does every few seconds),
 * - an idle bot: the dispatcher and the background checkpointer with nothing to do; after 2 s
 *   of start-up and a GC of what the bench did before (when `--expose-gc`, as `npm run bench`
 *   runs), the CPU of the whole process (every thread) in 3 windows of 10 s: their median,
 *   so a one-off (a GC, the VM stealing time) cannot decide the figure alone,
 * - the idle bot told of a filing in its own process: time until the channel is asked to deliver,
 * - filing for 5 s while a dispatcher polls in a worker thread with its own connection,
 * - the Clerk's first page of open requests (`queue list`: 50, overdue first),
 * - database bytes per request.
 * The seeded database is kept in MODEL_CACHE_DIR, named by N and a digest of the queue's code,
 * so only the first run (or a change to src/queue) pays for seeding.
 */

export interface ScaleResults {
  requests: number;
  closed: number;
  seedSeconds?: number;
  databaseBytes: number;
  pollMs: { p50: number; p99: number };
  /** The median window's CPU, % of one core; every window's figure; each window's length. */
  idleCpuPercent: number;
  idleWindowsPercent: number[];
  idleWindowSeconds: number;
  /** A request filed in the bot's process while it idles: ms until its notification's deliver() starts. */
  wakeMs: { p50: number; max: number; samples: number };
  filing: { perSecond: number; p50: number; p99: number; max: number; polls: number };
  firstPageMs: { p50: number; p99: number; total: number };
}

const CLERK: Person = { userId: 'bench:clerk', name: 'The Clerk', role: 'clerk' };
const REQUESTERS: Person[] = Array.from({ length: 200 }, (_, n) => ({ userId: `bench:${n}`, name: `Councillor ${n}`, role: 'councillor' }));
const OPEN_SHARE = 0.1;
const SEED_SPAN_DAYS = 400;
const DAY_MS = 86_400_000;
const IDLE_SETTLE_MS = 2_000;
const IDLE_WINDOWS = 3;
const IDLE_WINDOW_MS = 10_000;
const WAKE_SAMPLES = 20;

export function sampleRequest(i: number, councils: string[]): NewRequest {
  const council = councils[i % councils.length];
  const requester = REQUESTERS[i % REQUESTERS.length];
  switch (i % 3) {
    case 0:
      return { kind: 'document_access', council, requester, subject: `Papers for meeting ${i}`, details: { what: `The officer's report, item ${i}`, meeting: 'Planning' } };
    case 1:
      return { kind: 'complaint', council, requester, subject: `Complaint ${i}`, details: { about: 'officer', whatHappened: 'An account of what happened, a few sentences long. '.repeat(3) } };
    default:
      return { kind: 'question', council, requester, subject: `Question ${i}`, details: { question: 'Can I instruct an officer directly on a ward matter?' } };
  }
}

const nullSender: NotificationSender = { name: 'bench', accepts: () => true, deliver: async () => undefined };

function queueCodeDigest(): string {
  const dir = path.dirname(require.resolve('../src/queue/queue'));
  return digestOf(fs.readdirSync(dir).filter((f) => /\.(js|ts)$/.test(f)).sort().flatMap((f) => [f, fs.readFileSync(path.join(dir, f))]));
}

/** Seeds N requests over the last 400 days (a fake clock), closes 90%, and delivers everything. */
async function seed(file: string, library: ProtocolLibrary, requests: number, progress: (line: string) => void): Promise<void> {
  const start = Date.now() - SEED_SPAN_DAYS * DAY_MS;
  let clock = start;
  const queue = ClerkQueue.open({ path: file, library, now: () => new Date(clock) });
  const dispatcher = new OutboxDispatcher(queue, [nullSender], { batchSize: 500 });
  try {
    const councils = library.ids();
    const openEvery = Math.round(1 / OPEN_SHARE);
    for (let i = 0; i < requests; i++) {
      clock = start + Math.floor((i / requests) * SEED_SPAN_DAYS * DAY_MS);
      const filed = queue.file(sampleRequest(i, councils));
      if (i % openEvery !== 0) {
        queue.move(filed.id, 'acknowledged', CLERK);
        queue.move(filed.id, 'in_progress', CLERK);
        queue.move(filed.id, 'resolved', CLERK, 'Sent the papers.');
      }
      // The bot delivers within a second of filing: a few requests' notifications pending at a time.
      if (i % 20 === 19) await dispatcher.runOnce();
      if (i % 1000 === 999) {
        // The bot's hourly retention, on the seeding clock: the file reaches its steady size.
        queue.outbox.purgeDelivered();
        if (i % 10_000 === 9_999) progress(`queue at scale: seeded ${i + 1} of ${requests}`);
      }
    }
    await dispatcher.runOnce();
  } finally {
    queue.close();
  }
}

const percentile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
};
const sinceMs = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function databaseBytes(file: string): number {
  return [file, `${file}-wal`].reduce((sum, f) => sum + (fs.existsSync(f) ? fs.statSync(f).size : 0), 0);
}

export async function measureQueueAtScale(library: ProtocolLibrary, requests: number, cacheDir: string, workDir: string, progress: (line: string) => void): Promise<ScaleResults> {
  const seeded = path.join(cacheDir, `bench-queue-${requests}-${queueCodeDigest()}.sqlite`);
  let seedSeconds: number | undefined;
  if (!fs.existsSync(seeded)) {
    fs.mkdirSync(cacheDir, { recursive: true });
    for (const old of fs.readdirSync(cacheDir).filter((f) => f.startsWith(`bench-queue-${requests}-`))) fs.rmSync(path.join(cacheDir, old), { force: true });
    progress(`queue at scale: seeding ${requests} requests (once; kept in ${cacheDir})`);
    const started = Date.now();
    const temporary = `${seeded}.${process.pid}.tmp`;
    await seed(temporary, library, requests, progress);
    const queue = ClerkQueue.open({ path: temporary, library }); // reopened and closed: the WAL is checkpointed into the file
    queue.close();
    fs.renameSync(temporary, seeded);
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${temporary}${suffix}`, { force: true });
    seedSeconds = (Date.now() - started) / 1000;
  }
  const file = path.join(workDir, 'scale.sqlite');
  fs.copyFileSync(seeded, file);
  const databaseSize = databaseBytes(file);

  const queue = ClerkQueue.open({ path: file, library, backgroundCheckpoints: true });
  try {
    const closed = requests - Math.ceil(requests * OPEN_SHARE);
    // The outbox poll with nothing due, as the idle dispatcher makes it every few seconds.
    const pollTimes: number[] = [];
    const claim = { worker: 'bench', limit: 20, leaseMs: 60_000, accept: (_: Notification) => true };
    for (let i = 0; i < 200; i++) {
      const start = process.hrtime.bigint();
      queue.outbox.claimDue(claim);
      pollTimes.push(sinceMs(start));
    }
    // The Clerk's first page.
    const pageTimes: number[] = [];
    let total = 0;
    for (let i = 0; i < 50; i++) {
      const start = process.hrtime.bigint();
      const page = queue.page({ status: 'open' }, CLERK, { limit: 50 });
      pageTimes.push(sinceMs(start));
      total = page.total;
    }
    // An idle bot: the dispatcher and the checkpointer (opened with the queue), nothing to do.
    progress(`queue at scale: idle bot, ${IDLE_SETTLE_MS / 1000} s to settle, then ${IDLE_WINDOWS} windows of ${IDLE_WINDOW_MS / 1000} s`);
    const dispatcher = new OutboxDispatcher(queue, [nullSender]);
    dispatcher.start();
    await sleep(IDLE_SETTLE_MS); // its first round (with the retention sweep) and the checkpointer thread's start
    (globalThis as { gc?: () => void }).gc?.(); // what the bench allocated before is not the idle bot's
    const idleWindowsPercent: number[] = [];
    for (let w = 0; w < IDLE_WINDOWS; w++) {
      const cpuBefore = process.cpuUsage();
      const windowStart = process.hrtime.bigint();
      await sleep(IDLE_WINDOW_MS);
      const cpu = process.cpuUsage(cpuBefore);
      idleWindowsPercent.push(((cpu.user + cpu.system) / 1000 / sinceMs(windowStart)) * 100);
    }
    // The idle bot told of a filing: from the filing's commit to the channel's deliver().
    const wakeMs: number[] = [];
    let filedAt = 0n;
    let told: (() => void) | undefined;
    const timing: NotificationSender = { name: 'bench', accepts: () => true, deliver: async () => told?.() };
    const awake = new OutboxDispatcher(queue, [timing]);
    await dispatcher.stop();
    awake.start();
    const councils = library.ids();
    for (let i = 0; i < WAKE_SAMPLES; i++) {
      await sleep(200); // idle between filings: each one finds the dispatcher waiting on its slow poll
      const delivered = new Promise<void>((resolve) => (told = resolve));
      filedAt = process.hrtime.bigint();
      queue.file(sampleRequest(i, councils));
      await delivered;
      wakeMs.push(sinceMs(filedAt));
    }
    await awake.stop();
    const idleCpuPercent = percentile(idleWindowsPercent, 0.5);

    progress('queue at scale: filing for 5 s while a dispatcher polls in a worker thread');
    const filing = await fileWhilePolling(queue, file, library, 5_000);
    return {
      requests,
      closed,
      seedSeconds,
      databaseBytes: databaseSize,
      pollMs: { p50: percentile(pollTimes, 0.5), p99: percentile(pollTimes, 0.99) },
      idleCpuPercent,
      idleWindowsPercent,
      idleWindowSeconds: IDLE_WINDOW_MS / 1000,
      wakeMs: { p50: percentile(wakeMs, 0.5), max: percentile(wakeMs, 1), samples: wakeMs.length },
      filing,
      firstPageMs: { p50: percentile(pageTimes, 0.5), p99: percentile(pageTimes, 0.99), total },
    };
  } finally {
    queue.close();
  }
}

async function fileWhilePolling(queue: ClerkQueue, file: string, library: ProtocolLibrary, runMs: number): Promise<ScaleResults['filing']> {
  const fromSources = __filename.endsWith('.ts');
  const control = new Int32Array(new SharedArrayBuffer(8)); // [0] stop, [1] rounds
  const workerData = {
    file,
    control,
    register: fromSources ? path.join(PROJECT_ROOT, 'test', 'support', 'register-ts.js') : undefined,
    requestsModule: require.resolve('../src/queue/queue'),
    outboxModule: require.resolve('../src/queue/outbox'),
    libraryModule: require.resolve('../src/protocols/library'),
    protocolsDir: library.directory,
  };
  // A dispatcher on its default schedule, delivering what is filed meanwhile. Its own connection
  // in another thread, as a second process would be: no in-process wake-up, only its polls
  // (1 s after a round that delivered, up to 5 s while none does).
  const source = `
    const { workerData, parentPort } = require('node:worker_threads');
    if (workerData.register) require(workerData.register);
    const { ClerkQueue } = require(workerData.requestsModule);
    const { OutboxDispatcher } = require(workerData.outboxModule);
    const { ProtocolLibrary } = require(workerData.libraryModule);
    const queue = ClerkQueue.open({ path: workerData.file, library: ProtocolLibrary.load(workerData.protocolsDir) });
    const sender = { name: 'bench', accepts: () => true, deliver: async () => { Atomics.add(workerData.control, 1, 1); } };
    const dispatcher = new OutboxDispatcher(queue, [sender]);
    dispatcher.start();
    parentPort.postMessage('ready');
    const timer = setInterval(() => {
      if (Atomics.load(workerData.control, 0) === 0) return;
      clearInterval(timer);
      dispatcher.stop().then(() => { queue.close(); });
    }, 50);
  `;
  const worker = new Worker(source, { eval: true, workerData });
  const ended = new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', () => resolve());
  });
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  const latencies: number[] = [];
  const councils = library.ids();
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(runMs) * 1_000_000n;
  let i = 0;
  while (process.hrtime.bigint() < deadline) {
    const start = process.hrtime.bigint();
    queue.file(sampleRequest(i++, councils));
    latencies.push(sinceMs(start));
    // Yield now and then, as a bot between messages does.
    if (i % 200 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  const seconds = sinceMs(started) / 1000;
  Atomics.store(control, 0, 1);
  await ended;
  return { perSecond: i / seconds, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), max: percentile(latencies, 1), polls: Atomics.load(control, 1) };
}
