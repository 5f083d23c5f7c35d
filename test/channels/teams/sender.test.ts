import { CLERKS_CHANNEL_KEY, PLATFORM } from '../../../src/channels/teams/bot';
import { TeamsNotificationSender } from '../../../src/channels/teams/sender';
import { silentLogger } from '../../../src/log';
import { OutboxDispatcher } from '../../../src/queue/outbox';
import type { Person } from '../../../src/queue/types';
import { cardOf, CLERKS_CHANNEL, FakeMessenger, openQueue, removeTempDirs, textOf } from './helpers';

afterAll(removeTempDirs);

const jo: Person = { userId: 'teams:jo-aad', name: 'Jo Bloggs', role: 'councillor' };
const slackUser: Person = { userId: 'slack:U123', name: 'Sam', role: 'councillor' };
const pat: Person = { userId: 'teams:pat-aad', name: 'Pat Clerk', role: 'clerk' };
const channelRef = JSON.stringify({ channelId: 'msteams', serviceUrl: 'https://smba.example.test/', conversation: { id: CLERKS_CHANNEL } });
const joChat = JSON.stringify({ channelId: 'msteams', serviceUrl: 'https://smba.example.test/', conversation: { id: 'a:jo-personal' } });

function setup() {
  const queue = openQueue();
  const messenger = new FakeMessenger();
  const sender = new TeamsNotificationSender({ queue, messenger, logger: silentLogger });
  const dispatcher = new OutboxDispatcher(queue, [sender], { logger: silentLogger });
  const file = (requester: Person = jo) =>
    queue.file({ kind: 'document_access', council: 'flitwick', requester, subject: 'Budget papers', details: { what: 'Budget papers' } });
  return { queue, messenger, sender, dispatcher, file };
}

test("nothing is taken for the Clerks' channel until a Clerk registers one; then the request is posted and the post remembered", async () => {
  const { queue, messenger, dispatcher, file } = setup();
  const request = file();
  expect(await dispatcher.runOnce()).toBe(0);
  expect(messenger.sent).toEqual([]);

  queue.setConversationReference(PLATFORM, CLERKS_CHANNEL_KEY, channelRef);
  expect(await dispatcher.runOnce()).toBe(1);
  expect(messenger.sent).toHaveLength(1);
  expect(messenger.sent[0].reference.conversation!.id).toBe(CLERKS_CHANNEL);
  expect(textOf(cardOf(messenger.sent[0].activity))).toContain(`Document request #${request.id}`);
  expect(JSON.parse(queue.channelPost(request.id, PLATFORM)!)).toMatchObject({ conversationId: CLERKS_CHANNEL, activityId: messenger.sent[0].id });
  expect(await dispatcher.runOnce()).toBe(0); // delivered once only
});

test('a status change updates the same channel post in place and tells the requester in their personal chat', async () => {
  const { queue, messenger, dispatcher, file } = setup();
  queue.setConversationReference(PLATFORM, CLERKS_CHANNEL_KEY, channelRef);
  queue.setConversationReference(PLATFORM, jo.userId, joChat);
  const request = file();
  await dispatcher.runOnce();
  const postId = messenger.sent[0].id;

  queue.move(request.id, 'acknowledged', pat);
  expect(await dispatcher.runOnce()).toBe(2);

  expect(messenger.updated).toHaveLength(1);
  expect(messenger.updated[0].activityId).toBe(postId);
  expect(textOf(cardOf(messenger.updated[0].activity))).toContain('Status: Acknowledged');
  const dm = messenger.sent.find((s) => s.reference.conversation!.id === 'a:jo-personal')!;
  expect(textOf(cardOf(dm.activity))).toContain(`Your document request #${request.id} is now acknowledged.`);
});

test("a Clerks' card that cannot be updated is retried by the outbox, never posted a second time", async () => {
  const { queue, messenger, sender, file } = setup();
  // Retries due almost at once, so the test need not wait out the real backoff.
  const dispatcher = new OutboxDispatcher(queue, [sender], { logger: silentLogger, backoffBaseMs: 1, backoffMaxMs: 1 });
  queue.setConversationReference(PLATFORM, CLERKS_CHANNEL_KEY, channelRef);
  const request = file();
  await dispatcher.runOnce();
  queue.move(request.id, 'acknowledged', pat);
  messenger.updateFails = true;
  expect(await dispatcher.runOnce()).toBe(0);
  expect(messenger.sent).toHaveLength(1);
  messenger.updateFails = false;
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(await dispatcher.runOnce()).toBe(1);
  expect(messenger.sent).toHaveLength(1);
  expect(messenger.updated).toHaveLength(1);
  expect(textOf(cardOf(messenger.updated[0].activity))).toContain('Status: Acknowledged');
});

test("a requester on another platform, or whose personal chat is unknown, is left to other channels", async () => {
  const { queue, sender, file } = setup();
  const slackRequest = file(slackUser);
  const teamsRequest = file(jo);
  queue.move(slackRequest.id, 'acknowledged', pat);
  queue.move(teamsRequest.id, 'acknowledged', pat);
  const pending = queue.outbox.claimDue({ worker: 't', limit: 10, leaseMs: 1000, accept: () => true });
  const forRequester = pending.filter((n) => n.audience === 'requester');

  expect(forRequester.map((n) => [n.recipient, sender.accepts(n)])).toEqual([
    [slackUser.userId, false],
    [jo.userId, false],
  ]);
  queue.setConversationReference(PLATFORM, jo.userId, joChat);
  expect(sender.accepts(forRequester[1])).toBe(true);
});

test('an older notification delivered late never replaces a newer card', async () => {
  const { queue, messenger, sender, file } = setup();
  queue.setConversationReference(PLATFORM, CLERKS_CHANNEL_KEY, channelRef);
  file();
  const [filed] = queue.outbox.claimDue({ worker: 't', limit: 10, leaseMs: 1000, accept: () => true });
  expect([filed.audience, filed.event]).toEqual(['clerks', 'filed']);
  const newer = { ...filed, event: 'status_changed' as const, request: { ...filed.request, status: 'acknowledged' as const, updatedAt: '2099-01-01T00:00:00.000Z' } };

  await sender.deliver(newer); // the newest state is posted first…
  await sender.deliver(filed); // …and a stale one arrives after a retry
  expect(messenger.sent).toHaveLength(1);
  expect(messenger.updated).toEqual([]);
  expect(textOf(cardOf(messenger.sent[0].activity))).toContain('Status: Acknowledged');
});
