import { Assistant } from '../../../src/assistant/assistant';
import type { RunningChannel } from '../../../src/channels/deps';
import { startTeams } from '../../../src/channels/teams/server';
import { silentLogger } from '../../../src/log';
import { OutboxDispatcher } from '../../../src/queue/outbox';
import type { ClerkQueue } from '../../../src/queue/queue';
import type { Person } from '../../../src/queue/types';
import { ConnectorRefusal, FakeConnector, postActivity } from './connector';
import { CLERK_AAD, CLERKS_CHANNEL, channelMention, clerk, councillor, library, openQueue, personalMessage, removeTempDirs, teamsId, testConfig, TeamsUser } from './helpers';

/**
 * A Teams requester who can no longer be reached (uat20 left it open; uat21): the Bot Connector
 * refuses their personal chat for good once the bot was uninstalled there or the conversation is
 * gone. The outbox gives their notifications up at once, as it does for a Slack member who has
 * left, instead of retrying them for ever and counting Teams as down. The codes are those of
 * Microsoft's "Status codes from bot conversational APIs" (Teams platform docs), answered here
 * by the fake connector as the real one answers them.
 */
const UNINSTALLED: ConnectorRefusal = { status: 403, code: 'BotNotInConversationRoster', message: "The bot isn't part of the conversation roster." };
const NO_CONVERSATION: ConnectorRefusal = { status: 404, code: 'ConversationNotFound', message: 'Conversation not found.' };
const BLOCKED: ConnectorRefusal = { status: 403, code: 'ConversationBlockedByUser', message: 'User blocked the conversation with the bot.' };
/** The tenant's admin has disabled the bot: everyone's chats at once, the operator's to fix, so it keeps failing. */
const DISABLED: ConnectorRefusal = { status: 403, code: 'BotDisabledByAdmin', message: 'The tenant admin disabled this bot' };

const chair: TeamsUser = { id: '29:chair-chris', name: 'Chris Chair', aadObjectId: '33333333-3333-3333-3333-333333333333' };
const pat: Person = { userId: `teams:${CLERK_AAD}`, name: 'Pat Clerk', role: 'clerk' };
const personalChat = (user: TeamsUser) => `a:personal-${user.id}`;
const RETRY_MS = 400;
/** The next round, once everything that failed is due again. */
const later = () => new Promise((resolve) => setTimeout(resolve, RETRY_MS + 50));

describe('a Teams recipient the connector refuses for good', () => {
  let connector: FakeConnector;
  let queue: ClerkQueue;
  let teams: RunningChannel & { port: number };
  let endpoint: string;
  let dispatcher: OutboxDispatcher;

  beforeAll(async () => {
    connector = await new FakeConnector().start();
    queue = openQueue({ clerkIds: [CLERK_AAD], clerkComplaintsIds: [chair.aadObjectId!] });
    const config = testConfig();
    const assistant = Assistant.create({ config, library: library(), queue });
    teams = await startTeams({ config, logger: silentLogger, library: library(), queue, assistant }, { host: '127.0.0.1' });
    endpoint = `http://127.0.0.1:${teams.port}/api/messages`;
    // A failed send is due again after RETRY_MS: never within the round that failed it (a round goes
    // on while anything is delivered), always by the next round, which the tests start after `later()`.
    dispatcher = new OutboxDispatcher(queue, [teams.sender], { logger: silentLogger, backoffBaseMs: RETRY_MS, backoffMaxMs: RETRY_MS });
    await postActivity(endpoint, channelMention(clerk, 'register clerk channel', CLERKS_CHANNEL, connector.url));
    await postActivity(endpoint, personalMessage(councillor, 'hello', connector.url));
    await postActivity(endpoint, personalMessage(chair, 'hello', connector.url));
  });

  afterEach(async () => {
    connector.refuse.clear();
    await later();
    // Whatever a test left failing is delivered now, so the next starts from an empty outbox.
    await dispatcher.runOnce();
    connector.take();
  });

  afterAll(async () => {
    await teams?.stop();
    await connector?.stop();
    queue?.close();
    removeTempDirs();
  });

  const fileForJo = () =>
    queue.file({ kind: 'document_access', council: 'flitwick', requester: { userId: teamsId(councillor), name: councillor.name, role: 'councillor' }, subject: 'Budget papers', details: { what: 'Budget papers' } });
  const triesOf = (conversationId: string) => connector.take().filter((c) => c.conversationId === conversationId).length;

  test.each([
    ['the bot uninstalled from their personal chat', UNINSTALLED],
    ['their personal chat no longer exists', NO_CONVERSATION],
    ['they blocked the bot', BLOCKED],
  ])("a requester when %s is given up on at once, recorded with the connector's code; the Clerks' card still moves", async (_case, refusal) => {
    const request = fileForJo();
    expect(await dispatcher.runOnce()).toBe(1); // the Clerks' channel card
    connector.take();

    connector.refuse.set(personalChat(councillor), refusal);
    queue.move(request.id, 'acknowledged', pat);
    await dispatcher.runOnce();
    const first = connector.take();
    expect(first.filter((c) => c.method === 'PUT' && c.conversationId === CLERKS_CHANNEL)).toHaveLength(1);
    expect(first.filter((c) => c.conversationId === personalChat(councillor)).map((c) => c.refusedWith)).toEqual([refusal.status]);

    await later();
    await dispatcher.runOnce();
    await later();
    await dispatcher.runOnce();
    expect(triesOf(personalChat(councillor))).toBe(0);
    expect(queue.outbox.failing().count).toBe(0);
    expect(queue.outbox.pendingCount()).toBe(0);
    const toJo = queue.outbox.forRequest(request.id).filter((n) => n.audience === 'requester');
    expect(toJo.map((n) => [n.deliveredVia, n.lastError])).toEqual([['nobody', `teams: ${refusal.code}`]]);
  });

  test('a requester refused for another reason (the bot disabled by the admin) is retried, not given up', async () => {
    const request = fileForJo();
    await dispatcher.runOnce();
    connector.refuse.set(personalChat(councillor), DISABLED);
    queue.move(request.id, 'acknowledged', pat);
    await dispatcher.runOnce();
    expect(triesOf(personalChat(councillor))).toBeGreaterThan(0);
    await later();
    await dispatcher.runOnce();
    expect(triesOf(personalChat(councillor))).toBeGreaterThan(0); // tried again: still waiting for the admin
    expect(queue.outbox.failing().count).toBe(1);
    expect(queue.outbox.forRequest(request.id).find((n) => n.audience === 'requester')?.deliveredVia).toBeUndefined();
  });

  test("the Clerks' channel and the person who handles complaints about the Clerk are never given up on: the operator must act", async () => {
    connector.refuse.set(CLERKS_CHANNEL, UNINSTALLED);
    connector.refuse.set(personalChat(chair), UNINSTALLED);
    fileForJo();
    queue.file({ kind: 'complaint', council: 'flitwick', requester: { userId: teamsId(councillor), name: councillor.name, role: 'councillor' }, subject: 'Complaint about the Town Clerk', details: { about: 'clerk', whatHappened: 'The Clerk read my private email aloud.' } });
    await dispatcher.runOnce();
    await later();
    await dispatcher.runOnce();
    const calls = connector.take();
    expect(calls.filter((c) => c.conversationId === CLERKS_CHANNEL)).toHaveLength(2);
    expect(calls.filter((c) => c.conversationId === personalChat(chair))).toHaveLength(2);
    expect(queue.outbox.failing().count).toBe(2);
  });
});
