/**
 * The real program as a child process: `npm start` (src/main.ts) or `protocol-bot` (src/cli.ts),
 * run from the TypeScript sources through the same transpile-only hook the other process tests
 * use. Each child is killed at the end of its test file if it is still running.
 */
import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { PROJECT_ROOT } from './fixtures';

const REGISTER = path.join(PROJECT_ROOT, 'test', 'support', 'register-ts.js');
export const MAIN = path.join(PROJECT_ROOT, 'src', 'main.ts');
export const CLI = path.join(PROJECT_ROOT, 'src', 'cli.ts');

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Milliseconds from spawn to exit. */
  ms: number;
}

export interface Child {
  process: ChildProcessWithoutNullStreams;
  readonly stdout: string;
  readonly stderr: string;
  exited: Promise<Exit>;
  /** Resolves when stderr (the JSON logs) has a line matching `pattern`; rejects if the child exits first or after `ms`. */
  waitForLog(pattern: RegExp, ms?: number): Promise<string>;
}

const running = new Set<ChildProcessWithoutNullStreams>();

/** Kills whatever a test left running; call from afterEach/afterAll. */
export function killChildren(): void {
  for (const child of running) child.kill('SIGKILL');
}

export function startProcess(script: string, args: string[], env: NodeJS.ProcessEnv, stdin?: string): Child {
  const started = Date.now();
  const child = spawn(process.execPath, ['-r', REGISTER, script, ...args], {
    cwd: PROJECT_ROOT,
    // Only what the test gives, plus PATH and HOME: the tester's own tokens must not leak in.
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: 'pipe',
  });
  running.add(child);
  let stdout = '';
  let stderr = '';
  const watchers: Array<() => void> = [];
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    for (const watch of [...watchers]) watch();
  });
  const exited = new Promise<Exit>((resolve) =>
    child.on('close', (code, signal) => {
      running.delete(child);
      resolve({ code, signal, ms: Date.now() - started });
      for (const watch of [...watchers]) watch();
    }),
  );
  if (stdin !== undefined) child.stdin.end(stdin);
  let closed = false;
  void exited.then(() => (closed = true));
  return {
    process: child,
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
    exited,
    waitForLog: (pattern, ms = 60_000) =>
      new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => finish(new Error(`no log line matching ${pattern} within ${ms} ms; stderr:\n${stderr}`)), ms);
        const finish = (error?: Error, line?: string) => {
          clearTimeout(timer);
          const i = watchers.indexOf(check);
          if (i >= 0) watchers.splice(i, 1);
          if (error) reject(error);
          else resolve(line!);
        };
        const check = () => {
          const line = stderr.split('\n').find((l) => pattern.test(l));
          if (line) finish(undefined, line);
          else if (closed) finish(new Error(`exited before a log line matching ${pattern}; stderr:\n${stderr}`));
        };
        watchers.push(check);
        check();
      }),
  };
}

/** Runs to the end, or kills it after `ms` (a hang is then visible as signal SIGKILL). */
export async function runProcess(script: string, args: string[], env: NodeJS.ProcessEnv, options: { ms?: number; stdin?: string } = {}): Promise<Exit & { stdout: string; stderr: string }> {
  const child = startProcess(script, args, env, options.stdin ?? '');
  const timer = setTimeout(() => child.process.kill('SIGKILL'), options.ms ?? 30_000);
  const exit = await child.exited;
  clearTimeout(timer);
  return { ...exit, stdout: child.stdout, stderr: child.stderr };
}

/** A TCP port free on 127.0.0.1 right now (for a child that must be told its port). */
export async function freePort(): Promise<number> {
  const net = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as import('node:net').AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * POSTs `total` bytes with chunked encoding (no Content-Length to refuse on), 64 kB at a time,
 * until the server answers or closes the connection.
 */
export function streamHugeBody(port: number, urlPath: string, total: number): Promise<{ status?: number; sentBytes: number }> {
  return new Promise((resolve) => {
    let sentBytes = 0;
    let status: number | undefined;
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      resolve({ status, sentBytes });
    };
    const req = http.request({ host: '127.0.0.1', port, path: urlPath, method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      status = res.statusCode;
      res.resume();
      res.on('end', () => {
        req.destroy();
        finish();
      });
    });
    req.on('error', finish);
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const pump = () => {
      while (!finished && status === undefined && sentBytes < total) {
        sentBytes += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      if (sentBytes >= total) req.end();
    };
    pump();
  });
}
