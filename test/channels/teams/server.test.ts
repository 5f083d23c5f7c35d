import { OPERATOR, SEE_ALL } from '../../support/operator';
import { Assistant } from '../../../src/assistant/assistant';
import { CLERKS_CHANNEL_KEY, PLATFORM } from '../../../src/channels/teams/bot';
import os from 'node:os';
import { isLoopback, startTeams } from '../../../src/channels/teams/server';
import type { RunningChannel } from '../../../src/channels/deps';
import { createLogger } from '../../../src/log';
import { OutboxDispatcher } from '../../../src/queue/outbox';
import { ClerkQueue } from '../../../src/queue/queue';
import { FakeConnector, postActivity } from './connector';
import {
  button,
  cardInvoke,
  channelMention,
  clerk,
  CLERKS_CHANNEL,
  councillor,
  Json,
  library,
  openQueue,
  otherCouncillor,
  personalMessage,
  removeTempDirs,
  teamsId,
  testConfig,
  textOf,
  walk,
} from './helpers';

/**
 * The running server end to end: real queue, real assistant, real outbox dispatcher, and a
 * fake Bot Connector on 127.0.0.1 that receives whatever the bot sends.
 */
describe('the Teams endpoint, unauthenticated (Emulator mode)', () => {
  let connector: FakeConnector;
  let queue: ClerkQueue;
  let teams: RunningChannel & { port: number };
  let endpoint: string;
  let dispatcher: OutboxDispatcher;
  const logLines: Json[] = [];

  beforeAll(async () => {
    connector = await new FakeConnector().start();
    queue = openQueue();
    const config = testConfig();
    const logger = createLogger('debug', (line) => logLines.push(JSON.parse(line)));
    const assistant = Assistant.create({ config, library: library(), queue });
    teams = await startTeams({ config, logger, library: library(), queue, assistant }, { host: '127.0.0.1' });
    endpoint = `http://127.0.0.1:${teams.port}/api/messages`;
    dispatcher = new OutboxDispatcher(queue, [teams.sender], { logger });
  });

  afterAll(async () => {
    await teams?.stop();
    await connector?.stop();
    queue?.close();
    removeTempDirs();
  });

  const dm = (text: string) => personalMessage(councillor, text, connector.url);
  const cardIn = (call: { body: Json }) => {
    const attachment = (call.body.attachments as Json[])[0];
    expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
    return attachment.content as Json;
  };

  test('warns that it runs without authentication, on 127.0.0.1 only', () => {
    expect(logLines).toEqual(
      expect.arrayContaining([expect.objectContaining({ level: 'warn', event: 'teams.unauthenticated', message: expect.stringContaining('127.0.0.1 only') })]),
    );
  });

  test('does not accept an activity sent to another address of this machine, even when told to listen on every interface', async () => {
    const config = testConfig();
    const assistant = Assistant.create({ config, library: library(), queue });
    const everywhere = await startTeams({ config, logger: createLogger('silent'), library: library(), queue, assistant }, { host: '0.0.0.0' });
    try {
      expect(everywhere.host).toBe('127.0.0.1');
      const others = Object.values(os.networkInterfaces())
        .flat()
        .filter((a): a is os.NetworkInterfaceInfo => Boolean(a && a.family === 'IPv4' && !a.internal));
      for (const other of others) {
        const sent = fetch(`http://${other.address}:${everywhere.port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(dm('hello')) });
        await expect(sent).rejects.toThrow();
      }
      expect(queue.conversationReference('teams', teamsId(councillor))).toBeUndefined();
    } finally {
      await everywhere.stop();
    }
  });

  test('a peer that is not this machine is refused even if it reached the port', () => {
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) expect(isLoopback(address)).toBe(true);
    for (const address of ['192.168.1.20', '10.0.0.5', '::ffff:10.0.0.5', 'fe80::1', undefined]) expect(isLoopback(address)).toBe(false);
  });

  test('a question in personal chat is answered with an Adaptive Card sent to the connector', async () => {
    const message = dm('Can I see the tender documents for the new pavilion?');
    const response = await postActivity(endpoint, message);
    expect(response.status).toBe(200);

    const [reply] = connector.take();
    expect(reply).toMatchObject({ method: 'POST', conversationId: message.conversation!.id, activityId: message.id });
    const card = cardIn(reply);
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    const refs = walk(card).filter((e) => e.type === 'TextRun' && /^flitwick:\d+$/.test(String(e.text)));
    expect(refs.length).toBeGreaterThan(0);
    expect(textOf(card)).toContain("Quoted from Flitwick Town Council's protocol (version 1):");
  });

  test('a question outside the protocol is answered as such and kept once for the Clerk\'s review', async () => {
    const message = dm('What time does the recycling centre open on Sundays?');
    expect((await postActivity(endpoint, message)).status).toBe(200);
    connector.take();
    const kept = queue.unanswered().filter((u) => u.text === message.text);
    expect(kept.map((u) => u.intent)).toEqual(['out_of_scope']);
  });

  test('a non-POST or another path is refused', async () => {
    expect((await fetch(endpoint)).status).toBe(405);
    expect((await postActivity(endpoint.replace('/api/messages', '/api/other'), {})).status).toBe(404);
    expect((await fetch(endpoint, { method: 'POST', body: 'not json', headers: { 'content-type': 'application/json' } })).status).toBe(400);
  });

  test('a complaint asked for in a channel continues in a personal chat the bot opens; the channel sees no form', async () => {
    const mention = channelMention(otherCouncillor, 'complaint', '19:general@thread.tacv2', connector.url);
    expect((await postActivity(endpoint, mention)).status).toBe(200);

    const [created, form, note] = connector.take();
    expect(created).toMatchObject({ method: 'POST', path: '/v3/conversations', body: { isGroup: false, members: [expect.objectContaining({ id: otherCouncillor.id })] } });
    expect(form.conversationId).toMatch(/^a:created-/);
    expect(textOf(cardIn(form))).toContain('Make a complaint');
    expect(note).toMatchObject({ conversationId: mention.conversation!.id });
    expect(note.body.attachments ?? []).toEqual([]);
    expect(String(note.body.text)).toMatch(/personal chat, so it stays private/);
    expect(queue.conversationReference(PLATFORM, teamsId(otherCouncillor))).toContain(form.conversationId);
  });

  test('a filed request reaches the registered Clerks\' channel through the outbox, and the card is updated in place after a Clerk acts', async () => {
    // A Clerk registers the channel.
    await postActivity(endpoint, channelMention(clerk, 'register clerk channel', CLERKS_CHANNEL, connector.url));
    expect(String(connector.take()[0].body.text)).toMatch(/will be posted in this channel/);
    expect(queue.conversationReference(PLATFORM, CLERKS_CHANNEL_KEY)).toContain(CLERKS_CHANNEL);

    // A councillor opens the form and submits it: the invoke's HTTP response carries the new card.
    const opened = dm('request documents');
    await postActivity(endpoint, opened);
    const form = cardIn(connector.take()[0]);
    const submit = button(form, 'Send to the Town Clerk');
    const response = await postActivity(endpoint, cardInvoke(opened, { ...(submit.data as Json), what: 'Pavilion tender documents', reason: 'Amenities committee member' }));
    expect(response.status).toBe(200);
    const invoke = response.body as Json;
    expect(invoke).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    const [filed] = queue.list({}, OPERATOR, SEE_ALL);
    expect(textOf(invoke.value)).toContain(`Your document request is filed as #${filed.id}.`);
    expect(connector.take()).toEqual([]); // nothing is posted to the channel from the request itself

    // The outbox posts it to the Clerks' channel as a new message.
    expect(await dispatcher.runOnce()).toBe(1);
    const [post] = connector.take();
    expect(post).toMatchObject({ method: 'POST', conversationId: CLERKS_CHANNEL });
    expect(post.activityId).toBeUndefined();
    const channelCard = cardIn(post);
    expect(textOf(channelCard)).toContain(`Document request #${filed.id}`);
    expect(textOf(channelCard)).toContain('Routed to: Town Clerk (clause flitwick:59)');

    // A Clerk presses Acknowledge on that card.
    const pressed = await postActivity(endpoint, cardInvoke(channelMention(clerk, '', CLERKS_CHANNEL, connector.url), button(channelCard, 'Acknowledge').data as Json));
    expect(textOf((pressed.body as Json).value)).toContain('Status: Acknowledged');

    // The outbox updates the channel's card in place and tells the councillor privately.
    expect(await dispatcher.runOnce()).toBe(2);
    const calls = connector.take();
    const update = calls.find((c) => c.method === 'PUT')!;
    expect(update).toMatchObject({ conversationId: CLERKS_CHANNEL, activityId: JSON.parse(queue.channelPost(filed.id, PLATFORM)!).activityId });
    expect(textOf(cardIn(update))).toContain('Status: Acknowledged');
    const told = calls.find((c) => c.method === 'POST')!;
    expect(told.conversationId).toBe(opened.conversation!.id);
    expect(textOf(cardIn(told))).toContain(`Your document request #${filed.id} is now acknowledged.`);
  });
});
