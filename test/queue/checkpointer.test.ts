import path from 'node:path';
import Database from 'better-sqlite3';
import { BackgroundCheckpointer, CheckpointResult } from '../../src/queue/checkpointer';
import { tempDir } from '../support/fixtures';

const sleep = (ms: number) => new Promise<'slept'>((resolve) => setTimeout(() => resolve('slept'), ms));
/** A deadline raced against: unref'd, so when the race is won it does not hold the test's process open for its length. */
const deadline = (ms: number) => new Promise<'slept'>((resolve) => setTimeout(() => resolve('slept'), ms).unref());

/**
 * The idle thread counts a round as news when something was committed since the last one. It used to compare the WAL's
 * frame counts only: once a checkpoint had copied the WAL, a later write that restarted it with as many frames as before
 * looked like nothing new, and the thread went back to sleep for its idle interval (ten minutes here). The queue's
 * "a filing brings it back at once" test timed out that way on a loaded machine.
 */
test('a write of as many frames as the last one is still news to an idle checkpointer', async () => {
  const file = path.join(tempDir(), 'wal.sqlite');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE t (x INTEGER)');
  db.prepare('INSERT INTO t (x) VALUES (0)').run();
  const update = db.prepare('UPDATE t SET x = ?');
  const checkpointer = new BackgroundCheckpointer(file, { intervalMs: 10, idleIntervalMaxMs: 600_000 });
  try {
    await checkpointer.nextCheckpoint(); // the table's own frames copied: the next write restarts the WAL
    const firstRound = checkpointer.nextCheckpoint(false);
    update.run(1);
    checkpointer.written();
    const first = await firstRound;
    expect(first.checkpointed).toBe(first.log);
    await sleep(200); // rounds that find nothing new: the thread slows to its idle interval

    const next: Promise<CheckpointResult | 'slept'> = checkpointer.nextCheckpoint(false);
    update.run(2); // the same page again: the restarted WAL holds as many frames as before
    await sleep(10); // past the written() notice's half-interval guard
    checkpointer.written();
    const result = await Promise.race([next, deadline(10_000)]);
    expect(result).not.toBe('slept');
    expect((result as CheckpointResult).log).toBe(first.log);
  } finally {
    checkpointer.stop();
    db.close();
  }
}, 20_000);
