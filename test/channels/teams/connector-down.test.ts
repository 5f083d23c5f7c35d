import { Assistant } from '../../../src/assistant/assistant';
import type { RunningChannel } from '../../../src/channels/deps';
import { startTeams } from '../../../src/channels/teams/server';
import { silentLogger } from '../../../src/log';
import { OutboxDispatcher } from '../../../src/queue/outbox';
import type { ClerkQueue } from '../../../src/queue/queue';
import type { Person } from '../../../src/queue/types';
import { FakeConnector, postActivity } from './connector';
import { CLERK_AAD, CLERKS_CHANNEL, channelMention, clerk, councillor, library, openQueue, personalMessage, removeTempDirs, teamsId, testConfig, textOf } from './helpers';

/**
 * Teams unreachable, then back: what the outbox was to deliver while the Bot Connector answered
 * 503 is delivered once it answers again, not marked sent and lost (UAT, ninth session: the
 * requester's "acknowledged" card was recorded as delivered while nothing reached Teams).
 */
describe('the Teams connector down, then up', () => {
  let connector: FakeConnector;
  let queue: ClerkQueue;
  let teams: RunningChannel & { port: number };
  let endpoint: string;
  let dispatcher: OutboxDispatcher;
  const pat: Person = { userId: `teams:${CLERK_AAD}`, name: 'Pat Clerk', role: 'clerk' };

  beforeAll(async () => {
    connector = await new FakeConnector().start();
    queue = openQueue();
    const config = testConfig();
    const assistant = Assistant.create({ config, library: library(), queue });
    teams = await startTeams({ config, logger: silentLogger, library: library(), queue, assistant }, { host: '127.0.0.1' });
    endpoint = `http://127.0.0.1:${teams.port}/api/messages`;
    dispatcher = new OutboxDispatcher(queue, [teams.sender], { logger: silentLogger, backoffBaseMs: 1, backoffMaxMs: 1 });
  });

  afterAll(async () => {
    await teams?.stop();
    await connector?.stop();
    queue?.close();
    removeTempDirs();
  });

  const cardText = (call: { body: Record<string, unknown> }) => textOf((call.body.attachments as Array<{ content: unknown }>)[0].content);

  test("a status change made while Teams is down reaches the requester and the Clerks' channel once it is back", async () => {
    await postActivity(endpoint, channelMention(clerk, 'register clerk channel', CLERKS_CHANNEL, connector.url));
    await postActivity(endpoint, personalMessage(councillor, 'hello', connector.url));
    connector.take();
    const request = queue.file({ kind: 'document_access', council: 'flitwick', requester: { userId: teamsId(councillor), name: councillor.name, role: 'councillor' }, subject: 'Budget papers', details: { what: 'Budget papers' } });
    expect(await dispatcher.runOnce()).toBe(1); // posted to the Clerks' channel
    connector.take();

    connector.down = true;
    queue.move(request.id, 'acknowledged', pat);
    expect(await dispatcher.runOnce()).toBe(0);

    connector.down = false;
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await dispatcher.runOnce()).toBe(2);
    const calls = connector.take();
    const told = calls.find((c) => c.method === 'POST' && c.conversationId === `a:personal-${councillor.id}`);
    expect(told && cardText(told)).toContain(`Your document request #${request.id} is now acknowledged.`);
    const updated = calls.find((c) => c.method === 'PUT');
    expect(updated && cardText(updated)).toContain('Status: Acknowledged');
  });
});
