import { Worker } from 'node:worker_threads';

/**
 * Checkpoints the WAL from a worker thread with its own connection, so that the fsyncs a
 * checkpoint needs are not paid by whoever happens to commit next (a user filing a request).
 *
 * Why: with readers active all the time (the Clerk's list, the dispatcher), SQLite's automatic
 * checkpoint, run inside a commit, often cannot finish; then every commit past the threshold
 * tries again and fsyncs — on this project's machine that took filing p99 from 0.3 ms to 8 ms.
 * Here a PASSIVE checkpoint runs every `intervalMs` and never blocks anyone; only if the WAL has
 * still grown past `restartFrames` (readers kept it from being reset) does a RESTART wait, at
 * most `restartWaitMs`, for readers to move on so that the WAL starts again from the top.
 *
 * A round that finds nothing new in the WAL (an idle bot) waits `idleIntervalMaxMs` for the next,
 * so an idle bot's thread wakes a few times a minute rather than twice a second. `written()` (called
 * by the queue when a request is filed or changed) brings it back to `intervalMs` at once, so
 * those commits still reach the disk's fsync within about `intervalMs`; any other write is
 * found by the next slow round, within `idleIntervalMaxMs`.
 *
 * The worker needs only better-sqlite3, so it runs the same from src/ (tests) and dist/.
 */
export interface CheckpointerOptions {
  intervalMs?: number;
  idleIntervalMaxMs?: number;
  restartFrames?: number;
  restartWaitMs?: number;
}

export interface CheckpointResult {
  /** WAL frames when the checkpoint ran, and how many are now in the database file. */
  log: number;
  checkpointed: number;
  busy: number;
}

const WORKER_SOURCE = `
  const { workerData, parentPort } = require('node:worker_threads');
  const Database = require(workerData.driver);
  const db = new Database(workerData.file);
  db.pragma('busy_timeout = ' + workerData.restartWaitMs);
  let timer;
  let waitMs = workerData.intervalMs;
  let nextAt = 0;
  let last = '';
  const round = (asked) => {
    try {
      let [result] = db.pragma('wal_checkpoint(PASSIVE)');
      if (result.log > workerData.restartFrames) [result] = db.pragma('wal_checkpoint(RESTART)');
      // The WAL keeps its frames after they are copied until the next writer starts it again,
      // so "frames in the WAL" is not news; a commit by another connection since the last round
      // is (data_version). The WAL's counts alone missed a write that restarted the WAL with as
      // many frames as it held before, and the thread then slept for its idle interval.
      const now = db.pragma('data_version', { simple: true }) + ':' + result.log + '/' + result.checkpointed;
      const news = now !== last;
      last = now;
      if (result.log > 0 && (news || asked)) parentPort.postMessage({ type: 'checkpoint', result });
      // Something written since the last round: keep the brisk interval. Nothing: the slow one.
      waitMs = news ? workerData.intervalMs : workerData.idleIntervalMaxMs;
    } catch (error) {
      parentPort.postMessage({ type: 'error', message: String(error && error.message) });
    }
  };
  const schedule = (ms) => {
    clearTimeout(timer);
    nextAt = Date.now() + ms;
    timer = setTimeout(() => {
      round(false);
      schedule(waitMs);
    }, ms);
  };
  schedule(waitMs);
  parentPort.on('message', (message) => {
    if (message === 'now') round(true);
    if (message === 'written') {
      waitMs = workerData.intervalMs;
      if (nextAt > Date.now() + waitMs) schedule(waitMs);
    }
    if (message !== 'stop') return;
    clearTimeout(timer);
    db.close();
    parentPort.close();
  });
`;

export class BackgroundCheckpointer {
  private readonly worker: Worker;
  private readonly listeners = new Set<(result: CheckpointResult) => void>();
  private stopped = false;
  private readonly intervalMs: number;
  private lastWrittenNotice = 0;
  /** The last error the worker met (it keeps trying), for operators and tests. */
  lastError?: string;

  constructor(file: string, options: CheckpointerOptions = {}) {
    // Options for tests; the bot uses the defaults.
    this.intervalMs = options.intervalMs ?? 500;
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        file,
        driver: require.resolve('better-sqlite3'),
        intervalMs: this.intervalMs,
        idleIntervalMaxMs: Math.max(this.intervalMs, options.idleIntervalMaxMs ?? 4_000),
        restartFrames: options.restartFrames ?? 16_384, // ~64 MB of 4 KiB pages
        restartWaitMs: options.restartWaitMs ?? 100,
      },
    });
    this.worker.unref(); // never what keeps the process alive
    this.worker.on('message', (message: { type: 'checkpoint'; result: CheckpointResult } | { type: 'error'; message: string }) => {
      if (message.type === 'error') this.lastError = message.message;
      else for (const listener of this.listeners) listener(message.result);
    });
    this.worker.on('error', (error) => (this.lastError = error.message));
  }

  /**
   * This connection has just committed something that should reach the disk soon: the worker,
   * if it has slowed down, goes back to its brisk interval. At most one message per half
   * interval, so filing in a burst does not flood the thread.
   */
  written(): void {
    if (this.stopped) return;
    const now = Date.now();
    if (now - this.lastWrittenNotice < this.intervalMs / 2) return;
    this.lastWrittenNotice = now;
    this.worker.postMessage('written');
  }

  /**
   * Resolves after the next checkpoint that found frames in the WAL; asks for one now unless
   * `ask` is false (then it is the worker's own schedule that runs it).
   */
  nextCheckpoint(ask = true): Promise<CheckpointResult> {
    return new Promise((resolve) => {
      const listener = (result: CheckpointResult) => {
        this.listeners.delete(listener);
        resolve(result);
      };
      this.listeners.add(listener);
      if (ask) this.worker.postMessage('now');
    });
  }

  /** Asks the worker to close its connection and end; does not wait (closing a queue is sync). */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.listeners.clear();
    this.worker.postMessage('stop');
  }
}
