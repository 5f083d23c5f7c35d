/**
 * What the eighteenth session's walk (uat19, docs/uat-eighteenth-session.md) found said or ruled differently in one
 * channel: each is now the core's rule and words, rendered by the channel.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { becomeClerkHint, ConsoleSession } from '../../src/channels/console/session';
import { complaintFormIntro, queueOnlyForClerks } from '../../src/channels/labels';
import { complaintModal } from '../../src/channels/slack/blocks';
import { complaintForm } from '../../src/channels/teams/cards';
import type { Routing } from '../../src/queue/types';
import { clerkQueueCommand } from '../../src/channels/slack/listeners/commands/clerk-queue';
import { FIELDS, VIEWS } from '../../src/channels/slack/blocks';
import { submitRefusal, submitResolution } from '../../src/channels/slack/listeners/views/close-request';
import { ProtocolLibrary } from '../../src/protocols/library';
import { CLOSING_NOTE_WORDS } from '../../src/queue/closing-notes';
import { ClerkQueue } from '../../src/queue/queue';
import { ownRoleText } from '../../src/queue/role-command';
import { ASKER, CLERK, commandArgs, fakeClient, fileDocumentRequest as slackRequest, makeContext, person, submissionArgs } from './slack/helpers';
import { botHarness, cardInvoke, channelMention, clerk, councillor, invokeResponse, Json, personalMessage, removeTempDirs, teamsId, textOf } from './teams/helpers';

afterAll(removeTempDirs);

const CLERK_PERSON = { userId: 'cli', name: 'command line', role: 'clerk' } as const;
const SHORT = 'no';
const LONG = 'We hold these papers only in the confidential annex. '.repeat(25); // 1,325 characters

/** A console on the shipped Cottingham protocol with its own queue, its user a Clerk (or not). */
function consoleOn(options: { clerk?: boolean } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uat19-'));
  const library = ProtocolLibrary.load(path.join(__dirname, '../../data/protocols'));
  const user = 'console:root';
  const queue = ClerkQueue.open({ path: path.join(dir, 'q.sqlite'), library, roles: { clerkIds: options.clerk ? [user] : [], clerkComplaintsIds: [] } });
  const session = new ConsoleSession({ defaultCouncil: 'cottingham', library } as never, queue, { userId: user, name: 'Jo', role: options.clerk ? 'clerk' : 'councillor' });
  return { session, queue, done: () => (queue.close(), fs.rmSync(dir, { recursive: true, force: true })) };
}

/** A document request moved on to in progress, where Resolve and Refuse are next. */
function inProgress(queue: ClerkQueue, file: (q: ClerkQueue) => { id: number }): number {
  const { id } = file(queue);
  queue.move(id, 'acknowledged', CLERK_PERSON);
  queue.move(id, 'in_progress', CLERK_PERSON);
  return id;
}

/**
 * A Clerk refusing with "no" for a reason: Slack asked for at least three characters ("Please give the reason: the
 * requester is sent it."), Teams and the console refused the request and sent "no" to the requester; a 1,325-character
 * reason was "Please keep the reason under 1,000 characters." in Slack, sent whole from Teams and the console; Teams
 * said "Please give a reason for refusing: the requester is told it." for an empty one. Now one rule (closing-notes.ts)
 * in every channel, and Slack and Teams show the same sentence by the field.
 */
describe("a refusal's reason and a resolution's note: one rule, the same words in Slack and Teams", () => {
  test('Slack: "no" and a 1,325-character reason are not taken; the words are the core\'s', async () => {
    const t = makeContext();
    try {
      const id = inProgress(t.queue, (q) => slackRequest(q));
      for (const [reason, words] of [[SHORT, CLOSING_NOTE_WORDS.reasonMissing], [LONG, CLOSING_NOTE_WORDS.reasonTooLong]] as const) {
        const { args, ack } = submissionArgs(fakeClient(), { callbackId: VIEWS.refuse, user: CLERK, fields: { [FIELDS.refuseReason]: { text: reason } }, metadata: { council: 'alsager', requestId: id } });
        await submitRefusal(t.ctx)(args);
        expect(ack).toHaveBeenCalledWith({ response_action: 'errors', errors: { [FIELDS.refuseReason]: words } });
      }
      const { args, ack } = submissionArgs(fakeClient(), { callbackId: VIEWS.resolve, user: CLERK, fields: { [FIELDS.resolveNote]: { text: LONG } }, metadata: { council: 'alsager', requestId: id } });
      await submitResolution(t.ctx)(args);
      expect(ack).toHaveBeenCalledWith({ response_action: 'errors', errors: { [FIELDS.resolveNote]: CLOSING_NOTE_WORDS.noteTooLong } });
      expect(t.queue.get(id, person(CLERK, 'clerk')).status).toBe('in_progress');
    } finally {
      t.close();
    }
  });

  test('Teams: the same reasons are not taken, in the same words; a real reason still refuses', async () => {
    const h = botHarness();
    const id = inProgress(h.queue, (q) => q.file({ kind: 'document_access', council: 'flitwick', requester: { userId: teamsId(councillor), name: councillor.name, role: 'councillor' }, subject: 'Minutes', details: { what: 'Minutes' } }));
    const inChannel = channelMention(clerk, '');
    const press = async (to: string, reason: string) => invokeResponse(await h.send(cardInvoke(inChannel, { verb: 'move_request', requestId: id, to, reason }))).body.value as Json;
    expect(textOf(await press('refused', SHORT))).toContain(CLOSING_NOTE_WORDS.reasonMissing);
    expect(textOf(await press('refused', '  '))).toContain(CLOSING_NOTE_WORDS.reasonMissing);
    expect(textOf(await press('refused', LONG))).toContain(CLOSING_NOTE_WORDS.reasonTooLong);
    expect(textOf(await press('resolved', LONG))).toContain(CLOSING_NOTE_WORDS.noteTooLong);
    expect(h.queue.get(id, CLERK_PERSON).status).toBe('in_progress');
    const refused = await press('refused', 'Not held by the council');
    expect(textOf(refused)).toContain('Status: Refused');
  });

  test('the console (and so the command line, which the queue answers): the same rule', () => {
    const c = consoleOn({ clerk: true });
    try {
      const id = inProgress(c.queue, (q) => q.file({ kind: 'document_access', council: 'cottingham', requester: { userId: 'slack:UASKER', name: 'Ann', role: 'councillor' }, subject: 'Minutes', details: { what: 'Minutes' } }));
      expect(c.session.handle(`/move ${id} refused ${SHORT}`)).toBe(`Refusing document request #${id} needs a reason: add a note saying why.`);
      expect(c.session.handle(`/move ${id} refused ${LONG.trim()}`)).toMatch(/too long: at most 1,000 characters/);
      expect(c.session.handle(`/move ${id} resolved ${LONG.trim()}`)).toMatch(/too long: at most 1,000 characters/);
      expect(c.queue.get(id, CLERK_PERSON).status).toBe('in_progress');
      expect(c.session.handle(`/move ${id} refused Not held by the council`)).toMatch(/refused/i);
      expect(c.queue.get(id, CLERK_PERSON).status).toBe('refused');
    } finally {
      c.done();
    }
  });
});

/**
 * "/protocol-role" alone in Slack and "my role" in Teams say "You are a councillor here. Answers are given for
 * councillors. …"; the console's "/role" alone said "Usage: /role <councillor|officer|clerk>", and "/role cllr" or
 * "/role member", which Slack and Teams take, was a usage line too. Now the console's bare /role says the core's
 * sentence (with its own way to change it: the console's user is at the server's terminal), and takes the same words.
 */
describe('asking your role, and naming one: the same in the console as in Slack and Teams', () => {
  test('a bare /role says your role in the core\'s words', () => {
    const c = consoleOn();
    try {
      const said = c.session.handle('/role');
      expect(said.startsWith(ownRoleText('councillor').split(' If that is wrong')[0])).toBe(true);
      expect(said).toMatch(/\/role <councillor\|officer\|clerk>/);
    } finally {
      c.done();
    }
  });

  test('"cllr" and "member" name a councillor, as in Slack and Teams', () => {
    const c = consoleOn();
    try {
      c.session.handle('/role officer');
      expect(c.session.handle('/role cllr')).toBe('You are now a councillor.');
      c.session.handle('/role officer');
      expect(c.session.handle('/role member')).toBe('You are now a councillor.');
      expect(c.session.handle('/role mayor')).toBe('Usage: /role <councillor|officer|clerk>');
    } finally {
      c.done();
    }
  });
});

/**
 * Asking for the Clerk's queue without being of the Clerk's team: Slack "Sorry, the Clerk's queue is only open to the
 * Clerk's team. …" (the Clerk's title left out), Teams "Only the Town Clerk's team can see the queue. Type 'my requests'
 * to see yours.", the console "The queue is for the Town Clerk's team. …". Now one sentence, with the council's title
 * and each channel's command.
 */
describe("the Clerk's queue asked for by someone else: one sentence in every channel", () => {
  const SAID = "Only the Clerk's team can see the queue. Type `/my-requests` to see your own requests and where they are.";

  test('the sentence', () => {
    expect(queueOnlyForClerks('Clerk', '`/my-requests`')).toBe(SAID);
  });
  test('Slack (Alsager: its Town Clerk, which Slack left out)', async () => {
    const t = makeContext();
    try {
      const { args, respond } = commandArgs(fakeClient(), { command: '/clerk-queue', user: ASKER });
      await clerkQueueCommand(t.ctx)(args);
      expect(respond).toHaveBeenCalledWith({ response_type: 'ephemeral', text: queueOnlyForClerks('Town Clerk', '`/my-requests`') });
    } finally {
      t.close();
    }
  });
  test('Teams (Flitwick: its Town Clerk)', async () => {
    const h = botHarness();
    expect((await h.send(personalMessage(councillor, 'queue')))[0].text).toBe(queueOnlyForClerks('Town Clerk', '**my requests**'));
  });
  test('the console (Cottingham: its Clerk)', () => {
    const c = consoleOn();
    try {
      expect(c.session.handle('/queue')).toBe(`${queueOnlyForClerks('Clerk', '/my-requests')} ${becomeClerkHint('Clerk')}`);
    } finally {
      c.done();
    }
  });
});

/**
 * The complaint form before anything is typed: Slack ":lock: *Confidential.* A complaint is never posted in a public
 * channel; only those who deal with it can read it.", Teams "Confidential. It goes to whoever …'s protocol names; the
 * Clerks' channel sees only …", the console only "Confidential complaint. (type /cancel to stop)". Now the one sentence.
 */
describe('the complaint form says what is kept confidential, in the same words in every channel', () => {
  const SAID = complaintFormIntro('Town Clerk');
  const routing: Routing = { recipient: 'Town Clerk' };
  const routings = { officer: routing, councillor: routing, clerk: routing };

  test('the sentence', () => {
    expect(SAID).toBe("Complaints are confidential, never posted in a public channel: the Clerks' channel shows only that one was filed, who deals with it and its number, and one about the Town Clerk never reaches it.");
  });
  test('Slack and Teams', () => {
    expect(JSON.stringify(complaintModal({ council: 'flitwick', clerkTitle: 'Town Clerk', routings }))).toContain(`:lock: ${SAID}`);
    expect(textOf(complaintForm({ council: 'flitwick', councilName: 'Flitwick Town Council', clerkTitle: 'Town Clerk', formId: 'form-0001', values: {}, routings }))).toContain(SAID);
  });
  test('the console, before its first question', () => {
    const c = consoleOn();
    try {
      expect(c.session.handle('/complaint').split('\n').slice(0, 2)).toEqual(['Confidential complaint. (type /cancel to stop)', complaintFormIntro('Clerk')]);
    } finally {
      c.done();
    }
  });
});
