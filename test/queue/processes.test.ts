import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import path from 'node:path';
import { clerk, openQueue, removeTempDirs, tempDir } from './helpers';
import { OPERATOR, SEE_ALL } from '../support/operator';

/**
 * Real processes against one database file: the bot and the CLI (or two bot processes)
 * writing at once, and a process killed in the middle of filing.
 */

const FILER = path.join(__dirname, 'fixtures', 'filer.js');

interface Child {
  process: ChildProcessWithoutNullStreams;
  lines: string[];
  stderr: string;
  ready: Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves once at least `n` lines starting with `filed` have been printed. */
  filed(n: number): Promise<void>;
}

const running = new Set<ChildProcessWithoutNullStreams>();

function startFiler(database: string, count: number | 'forever', label: string): Child {
  const child = spawn(process.execPath, [FILER, database, String(count), label], { stdio: 'pipe' });
  running.add(child);
  child.on('exit', () => running.delete(child));
  const lines: string[] = [];
  let stderr = '';
  let partial = '';
  const waiters: Array<{ n: number; resolve: () => void }> = [];
  let readyResolve!: () => void;
  const ready = new Promise<void>((resolve) => (readyResolve = resolve));
  const filedCount = () => lines.filter((l) => l.startsWith('filed ')).length;
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop()!;
    for (const line of parts) {
      if (line === 'ready') readyResolve();
      else lines.push(line);
    }
    for (const waiter of waiters.splice(0)) {
      if (filedCount() >= waiter.n) waiter.resolve();
      else waiters.push(waiter);
    }
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  const result: Child = {
    process: child,
    lines,
    get stderr() {
      return stderr;
    },
    ready,
    exited,
    filed: (n) =>
      new Promise<void>((resolve, reject) => {
        if (filedCount() >= n) return resolve();
        waiters.push({ n, resolve });
        void exited.then(() => (filedCount() >= n ? resolve() : reject(new Error(`child exited early: ${stderr}`))));
      }),
  };
  return result;
}

const idsOf = (lines: string[], verb: 'filed' | 'moved') =>
  lines.filter((l) => l.startsWith(`${verb} `)).map((l) => Number(l.slice(verb.length + 1)));

// Children load TypeScript and share two cores with other test files: give them time.
jest.setTimeout(120_000);

afterEach(() => {
  // A failed test must not leave a filer running for ever.
  for (const child of running) child.kill('SIGKILL');
});
afterAll(removeTempDirs);

test('two processes filing into one new database at once both succeed, with no busy error', async () => {
  const database = path.join(tempDir(), 'shared.sqlite');
  const children = [startFiler(database, 300, 'a'), startFiler(database, 300, 'b')];
  await Promise.all(children.map((c) => c.ready));
  for (const child of children) child.process.stdin.write('go\n');
  const results = await Promise.all(children.map((c) => c.exited));

  for (const [i, child] of children.entries()) {
    expect(child.stderr).toBe('');
    expect(results[i]).toEqual({ code: 0, signal: null });
    expect(idsOf(child.lines, 'filed')).toHaveLength(300);
  }
  const reported = children.flatMap((c) => idsOf(c.lines, 'filed'));
  expect(new Set(reported).size).toBe(600);

  const queue = openQueue(database);
  try {
    expect(queue.list({}, OPERATOR, SEE_ALL)).toHaveLength(600);
    expect(queue.list({ status: 'acknowledged' }, OPERATOR, SEE_ALL)).toHaveLength(200);
    expect(queue.integrityCheck()).toBe('ok');
  } finally {
    queue.close();
  }
});

test('a process killed with SIGKILL while filing loses nothing it reported as filed', async () => {
  const database = path.join(tempDir(), 'crash.sqlite');
  const child = startFiler(database, 'forever', 'crash');
  await child.ready;
  child.process.stdin.write('go\n');
  await child.filed(400);
  child.process.kill('SIGKILL');
  expect(await child.exited).toEqual({ code: null, signal: 'SIGKILL' });

  const filed = idsOf(child.lines, 'filed');
  const moved = new Set(idsOf(child.lines, 'moved'));
  expect(filed.length).toBeGreaterThanOrEqual(400);

  const queue = openQueue(database);
  try {
    expect(queue.integrityCheck()).toBe('ok');
    for (const id of filed) {
      const request = queue.get(id, clerk);
      const history = request.history.map((h) => h.to);
      const outbox = queue.outbox.forRequest(id).map((n) => `${n.audience}:${n.event}`);
      if (moved.has(id)) {
        expect([id, request.status, history, outbox]).toEqual([
          id,
          'acknowledged',
          ['new', 'acknowledged'],
          ['clerks:filed', 'requester:status_changed', 'clerks:status_changed'],
        ]);
      } else {
        // The move may or may not have been committed before the kill; the filing was.
        expect([id, history[0], outbox[0]]).toEqual([id, 'new', 'clerks:filed']);
        expect(history.length).toBe(request.status === 'new' ? 1 : 2);
        expect(outbox.length).toBe(request.status === 'new' ? 1 : 3);
      }
    }
    // Whatever was committed is whole: every request has its history and its outbox row.
    for (const request of queue.list({}, OPERATOR, SEE_ALL)) {
      expect(queue.get(request.id, clerk).history.length).toBeGreaterThanOrEqual(1);
      expect(queue.outbox.forRequest(request.id).length).toBeGreaterThanOrEqual(1);
    }
  } finally {
    queue.close();
  }
});
