import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SCHEMA_VERSION } from '../../src/queue/db';
import { complaint, documentRequest, openQueue, removeTempDirs, tempDir } from '../queue/helpers';
import { main } from '../../src/main';
import { CLI, freePort, killChildren, MAIN, runProcess } from '../support/process';
import { runCliCaptured } from '../support/runCli';

/**
 * A start-up that cannot work stops at once, with one line naming the cause and the path or
 * variable, and an exit code a supervisor can act on (2: the set-up, 1: anything else).
 * Every case runs the real program as a process.
 */

jest.setTimeout(120_000);
afterEach(killChildren);
afterAll(removeTempDirs);

const quiet = { LOG_LEVEL: 'error' };
const hash = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const oneLine = (text: string) => text.trimEnd().split('\n');

/** A queue database with some requests in it, whose pages past the first are then overwritten. */
function damagedDatabase(): string {
  const file = path.join(tempDir(), 'queue.sqlite');
  const queue = openQueue(file);
  for (let i = 0; i < 200; i += 1) queue.file(i % 2 ? documentRequest() : complaint('officer'));
  queue.close();
  const db = new Database(file);
  db.pragma('journal_mode = DELETE'); // fold the WAL in, so the damage is in the file itself
  db.close();
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(4096 * 4, 0x5a), 0, 4096 * 4, 4096 * 3);
  fs.closeSync(fd);
  return file;
}

describe('npm start that cannot work exits, with one line', () => {
  test('a database with damaged pages: exit 1 naming the file, nothing written to it', async () => {
    const file = damagedDatabase();
    const before = hash(file);
    const run = await runProcess(MAIN, [], { ...quiet, DATABASE_PATH: file, SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_API_URL: 'http://127.0.0.1:9/api/' });
    expect(run.signal).toBeNull();
    expect(run.code).toBe(1);
    expect(oneLine(run.stderr)).toEqual([expect.stringMatching(new RegExp(`^protocol-bot: ${escape(file)}: the database is damaged \\(.+\\); nothing was written`))]);
    expect(hash(file)).toBe(before);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  test('a database from a newer version is refused before it is switched to WAL', async () => {
    const file = path.join(tempDir(), 'queue.sqlite');
    const db = new Database(file);
    db.exec('CREATE TABLE later (x)');
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const before = hash(file);
    const run = await runProcess(MAIN, [], { ...quiet, DATABASE_PATH: file });
    expect(run.code).toBe(1);
    expect(oneLine(run.stderr)).toEqual([expect.stringMatching(/queue\.sqlite: the database's schema \(version \d+\) is newer than this program's .*the file was not changed/)]);
    expect(hash(file)).toBe(before);
    const check = new Database(file, { readonly: true });
    expect(check.pragma('journal_mode', { simple: true })).toBe('delete');
    check.close();
  });

  test('a database that cannot be opened (a folder where the file should be) names its path', async () => {
    const folder = tempDir();
    const run = await startInProcess({ DATABASE_PATH: folder });
    expect(run.code).toBe(1);
    expect(oneLine(run.stderr)).toEqual([`protocol-bot: ${folder}: is a folder, not a database file; set DATABASE_PATH to a file name such as var/protocol-bot.sqlite`]);
  });

  test('Slack unreachable: exit 1 within seconds, not a process that never ends', async () => {
    // A port that accepts and drops every connection: Slack "down".
    const dead = http.createServer((req) => req.socket.destroy());
    await new Promise<void>((resolve) => dead.listen(0, '127.0.0.1', resolve));
    try {
      const file = path.join(tempDir(), 'queue.sqlite');
      const run = await runProcess(MAIN, [], {
        ...quiet,
        DATABASE_PATH: file,
        SLACK_BOT_TOKEN: 'xoxb-1',
        SLACK_SIGNING_SECRET: 'secret',
        PORT: String(await freePort()),
        SLACK_API_URL: `http://127.0.0.1:${(dead.address() as AddressInfo).port}/api/`,
      }, { ms: 90_000 });
      expect(run.signal).toBeNull();
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^protocol-bot: could not reach Slack to check the bot token: .+\n$/m);
      expect(run.stderr.split('\n').filter((l) => l.startsWith('protocol-bot:'))).toHaveLength(1);
    } finally {
      dead.close();
    }
  });

  test('a Slack bot token without a signing secret or app token is a configuration error (exit 2), not the console', async () => {
    const run = await runProcess(MAIN, [], { ...quiet, DATABASE_PATH: path.join(tempDir(), 'q.sqlite'), SLACK_BOT_TOKEN: 'xoxb-1' }, { stdin: 'hello\n/quit\n' });
    expect(run.code).toBe(2);
    expect(oneLine(run.stderr)).toEqual(['protocol-bot: SLACK_BOT_TOKEN is set but neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP mode) is: set one of them']);
    expect(run.stdout).toBe(''); // the console chat never opened
  });

  test.each([
    [{ SLACK_APP_TOKEN: 'xapp-1' }, /SLACK_APP_TOKEN is set but SLACK_BOT_TOKEN is not/],
    [{ SLACK_CLERK_CHANNEL: 'C1' }, /SLACK_CLERK_CHANNEL is set but SLACK_BOT_TOKEN is not/],
    [{ TEAMS_ENABLED: 'yes' }, /^protocol-bot: invalid TEAMS_ENABLED="yes": must be true or false$/],
    [{ TEAMS_ENABLED: '1' }, /^protocol-bot: invalid TEAMS_ENABLED="1": must be true or false$/],
    [{ MICROSOFT_APP_ID: '00000000-0000-0000-0000-000000000001' }, /MICROSOFT_APP_PASSWORD is not/],
    [{ MICROSOFT_APP_ID: '00000000-0000-0000-0000-000000000001', MICROSOFT_APP_PASSWORD: 'pw', MICROSOFT_APP_TYPE: 'SingleTenant' }, /MICROSOFT_APP_TYPE=SingleTenant needs MICROSOFT_APP_TENANT_ID/],
    [{ MICROSOFT_APP_PASSWORD: 'pw' }, /MICROSOFT_APP_PASSWORD is set but MICROSOFT_APP_ID is not/],
  ])('%j is a configuration error (exit 2) before anything opens', async (env, message) => {
    const database = path.join(tempDir(), 'q.sqlite');
    const run = await startInProcess({ DATABASE_PATH: database, ...env });
    expect(run.code).toBe(2);
    expect(oneLine(run.stderr)).toEqual([expect.stringMatching(message)]);
    expect(fs.existsSync(database)).toBe(false);
  });
});

/** `main()` in this process, for cases that stop before anything is started. */
async function startInProcess(env: NodeJS.ProcessEnv): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += chunk.toString();
    return true;
  });
  try {
    await main({ ...quiet, ...env });
    return { code: Number(process.exitCode ?? 0), stderr };
  } finally {
    spy.mockRestore();
    process.exitCode = 0;
  }
}

describe('the command line: one line on stderr, exit 2 for bad input, never a stack or a hang', () => {
  let dir: string;
  let database: string;
  beforeAll(() => {
    dir = tempDir();
    database = path.join(dir, 'queue.sqlite');
    openQueue(database).close();
  });

  const cli = (args: string[], env: NodeJS.ProcessEnv = {}) => runCliCaptured(args, { DATABASE_PATH: database, ...env });

  test.each([
    ['ingest with an empty --name', () => ['ingest', path.join(dir, 'none.txt'), '--council', 'newtown', '--name', '']],
    ['db backup under a file', () => ['db', 'backup', path.join(database, 'inside.sqlite')]],
    ['db backup into a folder that may not be written', () => ['db', 'backup', '/sys/protocol-bot-backup.sqlite']],
  ])('%s', async (_name, args) => {
    const before = fs.readdirSync(dir);
    const run = await cli(args());
    expect(run.code).toBe(2);
    expect(oneLine(run.stderr)).toEqual([expect.stringMatching(/^protocol-bot: \S.*$/)]);
    expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+|ZodError|\[\s*\{/);
    expect(fs.readdirSync(dir)).toEqual(before);
  });

  test('db backup under /proc, as a process: one line and exit 2, not a hang', async () => {
    const run = await runProcess(CLI, ['db', 'backup', '/proc/protocol-bot/backup.sqlite'], { ...quiet, DATABASE_PATH: database }, { ms: 30_000 });
    expect(run.signal).toBeNull();
    expect(run.code).toBe(2);
    expect(oneLine(run.stderr)).toEqual(['protocol-bot: cannot create the folder /proc/protocol-bot for the backup (no such folder); choose a folder you may write to']);
  });

  test('a database that cannot be read is named, in one line', async () => {
    const run = await cli(['queue', 'list'], { DATABASE_PATH: path.join(database, 'under-a-file.sqlite') });
    expect(run.code).toBe(1);
    expect(oneLine(run.stderr)).toEqual([expect.stringMatching(new RegExp(`^protocol-bot: ${escape(database)}/under-a-file.sqlite: cannot (read|open|create)`))]);
  });

  test('a database file created empty by the deployer, and a backup, are readable by their owner only', async () => {
    const file = path.join(tempDir(), 'prepared.sqlite');
    fs.writeFileSync(file, '', { mode: 0o644 });
    fs.chmodSync(file, 0o644);
    const listed = await cli(['queue', 'list'], { DATABASE_PATH: file });
    expect(listed.code).toBe(0);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const backup = path.join(tempDir(), 'nested', 'backup.sqlite');
    const backedUp = await cli(['db', 'backup', backup], { DATABASE_PATH: file });
    expect(backedUp.code).toBe(0);
    expect(fs.statSync(backup).mode & 0o777).toBe(0o600);
  });

  test('queue list and show print a subject with terminal escapes as harmless text', async () => {
    const file = path.join(tempDir(), 'escapes.sqlite');
    const queue = openQueue(file);
    const hostile = 'Papers\u001b[2J\u001b]0;pwned\u0007 please\r\nFAKE LINE\u009b31m';
    const { id } = queue.file({ ...documentRequest(), subject: hostile });
    queue.close();
    const listed = await runProcess(CLI, ['queue', 'list'], { ...quiet, DATABASE_PATH: file });
    const shown = await cli(['queue', 'show', String(id)], { DATABASE_PATH: file });
    for (const run of [listed, shown]) {
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Papers');
      // eslint-disable-next-line no-control-regex -- control characters are what must not reach the terminal
      expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      expect(run.stdout.split('\n').some((line) => line.startsWith('FAKE LINE'))).toBe(false);
    }
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
