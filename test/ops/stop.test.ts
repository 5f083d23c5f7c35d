import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { FakeSlackApi } from '../channels/slack/fake-slack';
import { documentRequest, openQueue, removeTempDirs, tempDir } from '../queue/helpers';
import { MODEL_CACHE_DIR } from '../support/model';
import { Child, freePort, killChildren, MAIN, startProcess, streamHugeBody } from '../support/process';

/**
 * `npm start` as a real process with Slack in HTTP mode (against the fake Web API), stopped
 * with a signal while it has work in hand; and an oversized POST sent to it.
 */

jest.setTimeout(120_000);
const SECRET = 'stop-test-secret';

let fake: FakeSlackApi;
beforeEach(async () => {
  fake = await FakeSlackApi.start();
});
afterEach(async () => {
  killChildren();
  await fake.stop();
});
afterAll(removeTempDirs);

async function startBot(database: string): Promise<{ bot: Child; port: number }> {
  const port = await freePort();
  const bot = startProcess(MAIN, [], {
    COUNCIL: 'alsager',
    LOG_LEVEL: 'info',
    DATABASE_PATH: database,
    MODEL_CACHE_DIR,
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_CLERK_CHANNEL: 'CCLERKS',
    SLACK_API_URL: `${fake.url}/api/`,
    CLERK_USER_IDS: 'UCLERK',
    PORT: String(port),
  });
  await bot.waitForLog(/"event":"bot.started"/);
  return { bot, port };
}

function signedPost(port: number, body: string): Promise<number> {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature, connection: 'close' },
    body,
  }).then((r) => r.status);
}

const directMessage = (text: string, id: string) =>
  JSON.stringify({
    token: 'x',
    team_id: 'T1',
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: id,
    event_time: Math.floor(Date.now() / 1000),
    event: { type: 'message', channel_type: 'im', channel: 'DASKER', user: 'UASKER', text, ts: `${Math.floor(Date.now() / 1000)}.000100` },
  });

const waitUntil = async (condition: () => boolean, ms = 30_000) => {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
};

test('SIGTERM with a message in hand: it is still answered, new requests are refused, exit 0 within 10 s', async () => {
  const { bot, port } = await startBot(path.join(tempDir(), 'queue.sqlite'));
  fake.delays['chat.postMessage'] = 1500; // Slack slow to take the answer
  expect(await signedPost(port, directMessage('Can I ask the clerk for the tender documents?', 'Ev1'))).toBe(200);
  await waitUntil(() => fake.callsTo('chat.postMessage').some((c) => c.args.channel === 'DASKER'));
  const signalled = Date.now();
  bot.process.kill('SIGTERM');
  await bot.waitForLog(/"event":"bot.stopping"/);
  await expect(signedPost(port, directMessage('Another question', 'Ev2'))).rejects.toThrow();
  const exit = await bot.exited;
  expect(exit).toMatchObject({ code: 0, signal: null });
  expect(Date.now() - signalled).toBeLessThan(10_000);
  // The answer in hand was delivered, and only the one question was taken.
  expect(fake.answered.filter((c) => c.method === 'chat.postMessage' && c.args.channel === 'DASKER')).toHaveLength(1);
});

test('SIGTERM while a notification is being delivered: it is recorded as delivered once, the rest released', async () => {
  const database = path.join(tempDir(), 'queue.sqlite');
  const queue = openQueue(database);
  const first = queue.file(documentRequest());
  const second = queue.file(documentRequest());
  queue.close();
  fake.delays['chat.postMessage'] = 2000;
  const { bot } = await startBot(database);
  await waitUntil(() => fake.callsTo('chat.postMessage').some((c) => c.args.channel === 'CCLERKS'));
  bot.process.kill('SIGTERM');
  const exit = await bot.exited;
  expect(exit).toMatchObject({ code: 0, signal: null });
  expect(fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'CCLERKS')).toHaveLength(1);

  const db = new Database(database, { readonly: true });
  const rows = db.prepare('SELECT request_id, delivered_at, claimed_by FROM outbox ORDER BY id').all() as Array<{ request_id: number; delivered_at: string | null; claimed_by: string | null }>;
  db.close();
  expect(rows).toEqual([
    { request_id: first.id, delivered_at: expect.any(String), claimed_by: null },
    { request_id: second.id, delivered_at: null, claimed_by: null },
  ]);
});

test('SIGINT stops it the same way', async () => {
  const { bot } = await startBot(path.join(tempDir(), 'queue.sqlite'));
  bot.process.kill('SIGINT');
  expect(await bot.exited).toMatchObject({ code: 0, signal: null });
  expect(bot.stderr).toMatch(/"event":"bot.stopped"/);
});

test('an unsigned 400 MB POST is refused (413) after at most a few MB, and the process does not grow', async () => {
  const { bot, port } = await startBot(path.join(tempDir(), 'queue.sqlite'));
  const peakBefore = peakMemoryKb(bot.process.pid!);
  const { status, sentBytes } = await streamHugeBody(port, '/slack/events', 400 * 1024 * 1024);
  expect(status).toBe(413);
  expect(sentBytes).toBeLessThan(64 * 1024 * 1024);
  const peakAfter = peakMemoryKb(bot.process.pid!);
  if (peakBefore !== undefined && peakAfter !== undefined) expect(peakAfter - peakBefore).toBeLessThan(50 * 1024);
  // Still answering after it.
  expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  bot.process.kill('SIGTERM');
  expect((await bot.exited).code).toBe(0);
});

/** VmHWM: the process's peak resident memory, in kB (Linux). */
function peakMemoryKb(pid: number): number | undefined {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}
