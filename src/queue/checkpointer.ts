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
 * The worker needs only better-sqlite3, so it runs the same from src/ (tests) and dist/.
 */
export interface CheckpointerOptions {
  intervalMs?: number;
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
  const round = () => {
    try {
      let [result] = db.pragma('wal_checkpoint(PASSIVE)');
      if (result.log > workerData.restartFrames) [result] = db.pragma('wal_checkpoint(RESTART)');
      if (result.log > 0) parentPort.postMessage({ type: 'checkpoint', result });
    } catch (error) {
      parentPort.postMessage({ type: 'error', message: String(error && error.message) });
    }
  };
  timer = setInterval(round, workerData.intervalMs);
  parentPort.on('message', (message) => {
    if (message === 'now') round();
    if (message !== 'stop') return;
    clearInterval(timer);
    db.close();
    parentPort.close();
  });
`;

export class BackgroundCheckpointer {
  private readonly worker: Worker;
  private readonly listeners = new Set<(result: CheckpointResult) => void>();
  private stopped = false;
  /** The last error the worker met (it keeps trying), for operators and tests. */
  lastError?: string;

  constructor(file: string, options: CheckpointerOptions = {}) {
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        file,
        driver: require.resolve('better-sqlite3'),
        intervalMs: options.intervalMs ?? 500,
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

  /** Resolves after the next checkpoint that found frames in the WAL; asks for one now. */
  nextCheckpoint(): Promise<CheckpointResult> {
    return new Promise((resolve) => {
      const listener = (result: CheckpointResult) => {
        this.listeners.delete(listener);
        resolve(result);
      };
      this.listeners.add(listener);
      this.worker.postMessage('now');
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
