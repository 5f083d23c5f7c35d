import { startSlack } from '../../src/channels/slack/app';
import { startTeams } from '../../src/channels/teams/server';
import type { ChannelDeps, RunningChannel } from '../../src/channels/deps';
import type { Assistant } from '../../src/assistant/assistant';
import { loadConfig } from '../../src/config';
import { silentLogger } from '../../src/log';
import { ClerkQueue } from '../../src/queue/queue';
import { FakeSlackApi } from '../channels/slack/fake-slack';
import { library, removeTempDirs, tempDir } from '../support/fixtures';
import { streamHugeBody } from '../support/process';

/**
 * GET /healthz on both HTTP servers (Slack's and Teams'), healthy only while the database can
 * be read; and both refuse an oversized body before reading it whole.
 */

let fake: FakeSlackApi;
beforeAll(async () => {
  fake = await FakeSlackApi.start();
});
afterAll(async () => {
  await fake.stop();
  removeTempDirs();
});

// Health answers never reach the assistant.
const noAssistant = {} as Assistant;

async function start(kind: 'slack' | 'teams'): Promise<{ channel: RunningChannel; port: number; queue: ClerkQueue }> {
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    DATABASE_PATH: `${tempDir()}/queue.sqlite`,
    ...(kind === 'slack' ? { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'secret', SLACK_API_URL: `${fake.url}/api/` } : { TEAMS_ENABLED: 'true', TEAMS_PORT: '1' }),
  });
  const queue = ClerkQueue.open({ path: config.DATABASE_PATH, library: library() });
  const deps: ChannelDeps = { config: { ...config, TEAMS_PORT: 0 }, logger: silentLogger, library: library(), queue, assistant: noAssistant };
  const channel = kind === 'slack' ? await startSlack(deps, { listen: { port: 0, host: '127.0.0.1' } }) : await startTeams(deps, { host: '127.0.0.1' });
  return { channel, port: (channel as RunningChannel & { port: number }).port, queue };
}

describe.each(['slack', 'teams'] as const)('the %s server', (kind) => {
  test('GET /healthz is 200 while the database can be read, 503 once it cannot', async () => {
    const { channel, port, queue } = await start(kind);
    try {
      const healthy = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect([healthy.status, await healthy.text()]).toEqual([200, 'ok']);
      queue.close(); // the database is gone from under the running server
      const unhealthy = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(unhealthy.status).toBe(503);
      expect(await unhealthy.text()).toMatch(/database/);
    } finally {
      await channel.stop();
      queue.close();
    }
  });

  test('a body over 1 MB is refused with 413: by its Content-Length at once, or once the bytes pass the limit', async () => {
    const { channel, port, queue } = await start(kind);
    const urlPath = kind === 'slack' ? '/slack/events' : '/api/messages';
    try {
      const declared = await fetch(`http://127.0.0.1:${port}${urlPath}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: Buffer.alloc(2_000_000, 0x61),
      });
      expect(declared.status).toBe(413);
      const streamed = await streamHugeBody(port, urlPath, 200 * 1024 * 1024);
      expect(streamed.status).toBe(413);
      expect(streamed.sentBytes).toBeLessThan(64 * 1024 * 1024);
    } finally {
      await channel.stop();
      queue.close();
    }
  });
});
