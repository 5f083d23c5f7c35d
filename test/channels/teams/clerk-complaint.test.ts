/**
 * A complaint about the Clerk, end to end through the Teams bot, the outbox and the Teams
 * sender: it reaches only the person configured in CLERK_COMPLAINTS_USER_IDS, privately; the
 * Clerk gets nothing about it and none of their buttons work on it.
 */
import { TeamsNotificationSender } from '../../../src/channels/teams/sender';
import { VERB } from '../../../src/channels/teams/cards';
import { silentLogger } from '../../../src/log';
import { OutboxDispatcher } from '../../../src/queue/outbox';
import { OPERATOR, SEE_ALL } from '../../support/operator';
import {
  botHarness,
  button,
  buttons,
  cardInvoke,
  cardOf,
  channelMention,
  clerk,
  CLERK_AAD,
  CLERKS_CHANNEL,
  councillor,
  invokeResponse,
  Json,
  openQueue,
  personalMessage,
  removeTempDirs,
  teamsId,
  TeamsUser,
  textOf,
} from './helpers';

afterAll(removeTempDirs);

/** Flitwick's protocol sends a complaint about the Clerk to the Personnel Committee (clause 80); its chair is configured. */
const chair: TeamsUser = { id: '29:chair-chris', name: 'Chris Chair', aadObjectId: '33333333-3333-3333-3333-333333333333' };
const press = (b: Json, inputs: Record<string, unknown> = {}) => ({ ...(b.data as Json), ...inputs });
const words = 'The Clerk read my private email aloud at the full council meeting.';

test('reaches only the configured person, who can act on it; the Clerk gets nothing and no button works', async () => {
  const queue = openQueue({ clerkIds: [CLERK_AAD], clerkComplaintsIds: [chair.aadObjectId!] });
  const h = botHarness({ queue });
  const dispatcher = new OutboxDispatcher(queue, [new TeamsNotificationSender({ queue, messenger: h.messenger, logger: silentLogger })]);
  await h.send(channelMention(clerk, 'register clerk channel'));
  await h.send(personalMessage(chair, 'hello')); // the chair's personal chat is known from their first message

  const dm = personalMessage(councillor, 'complaint');
  const form = cardOf((await h.send(dm))[0]);
  const filedCard = invokeResponse(await h.send(cardInvoke(dm, press(button(form, 'File the complaint'), { about: 'clerk', whatHappened: words })))).body.value as Json;
  const [filed] = queue.list({}, OPERATOR, SEE_ALL);
  expect(filed).toMatchObject({ subject: 'Complaint about the Town Clerk', routing: { recipient: 'Personnel Committee', clause: '80' } });
  expect(textOf(filedCard)).not.toMatch(/cannot deliver/);

  h.messenger.sent.length = 0;
  await dispatcher.runOnce();
  expect(h.messenger.sent.filter((s) => s.reference.conversation!.id === CLERKS_CHANNEL)).toEqual([]);
  const toChair = h.messenger.sent.filter((s) => s.reference.conversation!.id === `a:personal-${chair.id}`);
  expect(toChair).toHaveLength(1);
  const chairCard = cardOf(toChair[0].activity);
  expect(textOf(chairCard)).toContain(words);
  expect(textOf(chairCard)).toContain('Jo Bloggs');
  expect(buttons(chairCard).map((b) => b.title)).toEqual(['Acknowledge']);

  // The Clerk: not in the queue they see, no details, and no move works.
  const clerkQueue = textOf(cardOf((await h.send(channelMention(clerk, 'queue')))[0]));
  expect(clerkQueue).not.toContain(`#${filed.id}`);
  const details = await h.send(cardInvoke(personalMessage(clerk, ''), { verb: VERB.showDetails, requestId: filed.id }));
  expect(JSON.stringify(details)).not.toContain(words);
  for (const to of ['acknowledged', 'refused']) {
    const moved = await h.send(cardInvoke(personalMessage(clerk, ''), { verb: VERB.move, requestId: filed.id, to, reason: 'I did nothing wrong' }));
    expect(JSON.stringify(moved)).not.toContain(words);
  }
  expect(queue.get(filed.id, { userId: teamsId(councillor), name: 'Jo', role: 'councillor' }).status).toBe('new');
  h.messenger.sent.length = 0;
  expect(await dispatcher.runOnce()).toBe(0);

  // The chair acknowledges from their card; the complainant is told; the Clerks' channel hears nothing.
  const acted = invokeResponse(await h.send(cardInvoke(personalMessage(chair, ''), press(button(chairCard, 'Acknowledge'))))).body.value as Json;
  expect(textOf(acted)).toContain('Acknowledged');
  expect(await dispatcher.runOnce()).toBe(2);
  expect(h.messenger.sent.filter((s) => s.reference.conversation!.id === CLERKS_CHANNEL)).toEqual([]);
  // The complainant gets a new message; the chair's first card is updated in place (no second copy, no stale button).
  expect(h.messenger.sent.map((s) => s.reference.conversation!.id)).toEqual([`a:personal-${councillor.id}`]);
  const updated = h.messenger.updated.filter((u) => u.reference.conversation!.id === `a:personal-${chair.id}`);
  expect(updated.map((u) => u.activityId)).toEqual([toChair[0].id]);
  expect(textOf(cardOf(updated[0].activity))).toContain('Acknowledged');

  // When the card cannot be updated (deleted, say), a new one is sent, and later steps update that one.
  h.messenger.updateFails = true;
  h.messenger.sent.length = 0;
  h.messenger.updated.length = 0;
  queue.move(filed.id, 'in_progress', { userId: teamsId(chair), name: 'Chris Chair', role: 'councillor' });
  expect(await dispatcher.runOnce()).toBe(2);
  const resent = h.messenger.sent.filter((s) => s.reference.conversation!.id === `a:personal-${chair.id}`);
  expect(resent).toHaveLength(1);
  expect(textOf(cardOf(resent[0].activity))).toContain(words);
  h.messenger.updateFails = false;
  queue.move(filed.id, 'resolved', { userId: teamsId(chair), name: 'Chris Chair', role: 'councillor' });
  expect(await dispatcher.runOnce()).toBe(2);
  expect(h.messenger.updated.filter((u) => u.reference.conversation!.id === `a:personal-${chair.id}`).map((u) => u.activityId)).toEqual([resent[0].id]);
  queue.close();
});

test('with nobody configured, the complainant is told plainly who the protocol names and that the bot cannot deliver it', async () => {
  const h = botHarness();
  const dm = personalMessage(councillor, 'complaint');
  const form = cardOf((await h.send(dm))[0]);
  const filedCard = invokeResponse(await h.send(cardInvoke(dm, press(button(form, 'File the complaint'), { about: 'clerk', whatHappened: words })))).body.value as Json;
  expect(textOf(filedCard)).toMatch(/goes to the Personnel Committee \(clause 80 of the protocol\), but nobody has been set up to receive it through this bot, so it cannot deliver it/);
  expect(h.queue.outbox.forRequest(h.queue.list({}, OPERATOR, SEE_ALL)[0].id)).toEqual([]);
});

test("a Clerk asking for a request that does not exist is told so; anyone else only that details are the Clerk's", async () => {
  const h = botHarness();
  const fromClerk = await h.send(cardInvoke(personalMessage(clerk, ''), { verb: VERB.showDetails, requestId: 4242 }));
  expect(JSON.stringify(fromClerk)).toContain('There is no request #4242 (it may have been removed)');
  const fromCouncillor = await h.send(cardInvoke(personalMessage(councillor, ''), { verb: VERB.showDetails, requestId: 4242 }));
  expect(JSON.stringify(fromCouncillor)).toContain("Only the Clerk can see a complaint's details.");
  expect(JSON.stringify(fromCouncillor)).not.toContain('4242');
});
