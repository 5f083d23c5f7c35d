/**
 * What the sixteenth session's walk (uat17, docs/uat-sixteenth-session.md, "3. Seen, not changed") left said wrongly
 * or differently in one channel, fixed in the seventeenth (uat18, docs/uat-seventeenth-session.md): each is now the
 * core's words or the core's rule, rendered by the channel.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Assistant } from '../../src/assistant/assistant';
import { ConsoleSession } from '../../src/channels/console/session';
import { filedReceiptMessage } from '../../src/channels/slack/blocks';
import { ACTIONS } from '../../src/channels/slack/blocks';
import { moveRequest } from '../../src/channels/slack/listeners/actions/move-request';
import { filedCard, VERB } from '../../src/channels/teams/cards';
import { confidentialityLine } from '../../src/channels/labels';
import { ProtocolLibrary } from '../../src/protocols/library';
import { ClerkQueue } from '../../src/queue/queue';
import { MODEL_CACHE_DIR } from '../support/model';
import { flitwickRequest } from '../support/requests';
import { buttonArgs, CLERK, fakeClient, makeContext, person } from './slack/helpers';
import { botHarness, cardInvoke, CLERK_AAD, clerk, openQueue, personalMessage, removeTempDirs, textOf } from './teams/helpers';

afterAll(removeTempDirs);

/** A console on the shipped Cottingham protocol, with its own queue (CLERK_COMPLAINTS_USER_IDS as given). */
function consoleOn(options: { complaintHandlers?: string[]; clerks?: string[]; user?: string } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uat18-'));
  const library = ProtocolLibrary.load(path.join(__dirname, '../../data/protocols'));
  const queue = ClerkQueue.open({ path: path.join(dir, 'q.sqlite'), library, roles: { clerkIds: options.clerks ?? [], clerkComplaintsIds: options.complaintHandlers ?? [] } });
  const user = options.user ?? 'console:jo';
  const session = new ConsoleSession({ defaultCouncil: 'cottingham', library } as never, queue, { userId: user, name: 'Jo', role: 'councillor' });
  return { session, queue, library, done: () => (queue.close(), fs.rmSync(dir, { recursive: true, force: true })) };
}

/** Files a complaint about the Clerk at the console and returns the receipt. */
function consoleComplaintReceipt(session: ConsoleSession): string {
  session.handle('/complaint');
  session.handle('clerk');
  session.handle('She shouted at me in front of residents after the meeting.');
  return session.handle('');
}

/**
 * A receipt for a complaint about the Clerk that nobody is set up to receive promised "You'll be told of every step"
 * (console), "You will get a direct message at every step" (Slack), "I'll tell you here of each step" (Teams) beside
 * "… so it cannot deliver it": nobody can act on it, so no step will come. Now each says so, in the core's words, and
 * promises no acknowledgement or resolution date either (`receiptDueWords`, the seventeenth session's lead).
 */
describe('a receipt that cannot be delivered promises no steps, in the same words in every channel', () => {
  const request = flitwickRequest({ kind: 'complaint', confidential: true, details: { about: 'clerk', whatHappened: 'Shouted at me after the meeting' } });
  const NOTICE = 'Nobody has been set up to receive it through this bot, so it cannot deliver it.';
  const NONE = 'Nobody can act on it through this bot until someone is set up to receive it, so there will be no steps to tell you of until then.';

  test('Slack', () => {
    const text = JSON.stringify(filedReceiptMessage(request, NOTICE, 'Clerk').blocks);
    expect(text).not.toMatch(/every step|each step/);
    expect(text).toContain(NONE);
    expect(text).not.toMatch(/acknowledge by|resolve by/i);
    const delivered = JSON.stringify(filedReceiptMessage(request, undefined, 'Clerk').blocks);
    expect(delivered).toContain('You will be told by direct message of every step.');
    expect(delivered).toMatch(/Acknowledge by .+; resolve by /);
  });
  test('Teams', () => {
    const text = textOf(filedCard(request, NOTICE, 'Clerk'));
    expect(text).not.toMatch(/every step|each step/);
    expect(text).toContain(NONE);
    expect(text).not.toMatch(/acknowledge by|resolve by/i);
    const delivered = textOf(filedCard(request, undefined, 'Clerk'));
    expect(delivered).toContain('You will be told here of every step.');
    expect(delivered).toMatch(/Acknowledge by .+; resolve by /);
  });
  test('the console, with nobody to receive it and with someone', () => {
    const nobody = consoleOn();
    try {
      const receipt = consoleComplaintReceipt(nobody.session);
      expect(receipt).toMatch(/cannot deliver it/);
      expect(receipt).not.toMatch(/every step|each step/);
      expect(receipt).not.toMatch(/acknowledge by|resolve by/i);
      expect(receipt.split('\n').pop()).toBe(`${NONE} Type /my-requests to see your requests.`);
    } finally {
      nobody.done();
    }
    const chair = consoleOn({ complaintHandlers: ['console:chair'] });
    try {
      const receipt = consoleComplaintReceipt(chair.session);
      expect(receipt).not.toMatch(/cannot deliver it/);
      expect(receipt).toMatch(/Acknowledge by .+; resolve by /);
      expect(receipt.split('\n').pop()).toBe('You will be told here of every step. Type /my-requests to see your requests.');
    } finally {
      chair.done();
    }
  });
});

/**
 * A Clerk pressing Acknowledge on a complaint about the Clerk (a stale or forged Slack button: the Clerk is never shown
 * one) was told "Only the Clerk's team can acknowledge requests …", addressed to the Clerk's team. The core hides such
 * a complaint from the Clerk ("to a Clerk it does not exist"): the console's /move and Teams' Acknowledge said "There
 * is no request #…", and now Slack does, from the queue's own rule.
 */
describe('a Clerk acting on a complaint about the Clerk is told there is no such request, in every channel', () => {
  test('Slack: Acknowledge', async () => {
    const t = makeContext({ complaintHandlers: ['UCHAIR'] });
    try {
      const complaint = t.queue.file({
        kind: 'complaint',
        council: 'alsager',
        requester: person('UASKER'),
        subject: 'Complaint about the Clerk',
        details: { about: 'clerk', whatHappened: 'The minutes were changed after approval.' },
      });
      const { args, respond } = buttonArgs(fakeClient(), { actionId: ACTIONS.acknowledge, value: String(complaint.id), user: CLERK });
      await moveRequest(t.ctx)(args);
      const told = JSON.stringify(respond.mock.calls);
      expect(told).not.toContain("Only the Clerk's team");
      expect(told).toContain(`There is no request #${complaint.id}`);
      expect(t.queue.get(complaint.id, person('UCHAIR')).status).toBe('new');
    } finally {
      t.close();
    }
  });

  test("Teams: Acknowledge, and the complaint's details", async () => {
    const queue = openQueue({ clerkIds: [CLERK_AAD], clerkComplaintsIds: ['33333333-3333-3333-3333-333333333333'] });
    const h = botHarness({ queue });
    const complaint = queue.file({
      kind: 'complaint',
      council: 'flitwick',
      requester: { userId: 'teams:11111111-1111-1111-1111-111111111111', name: 'Jo', role: 'councillor' },
      subject: 'Complaint about the Town Clerk',
      details: { about: 'clerk', whatHappened: 'The minutes were changed after approval.' },
    });
    const moved = JSON.stringify(await h.send(cardInvoke(personalMessage(clerk, ''), { verb: VERB.move, requestId: complaint.id, to: 'acknowledged' })));
    expect(moved).toContain(`There is no request #${complaint.id}`);
    const details = JSON.stringify(await h.send(cardInvoke(personalMessage(clerk, ''), { verb: VERB.showDetails, requestId: complaint.id })));
    expect(details).not.toContain("Only the Clerk can see");
    expect(details).toContain(`There is no request #${complaint.id}`);
  });

  test("the console's /move", () => {
    const c = consoleOn({ complaintHandlers: ['console:chair'], clerks: ['console:pat'] });
    try {
      consoleComplaintReceipt(c.session);
      const clerkAtConsole = new ConsoleSession({ defaultCouncil: 'cottingham', library: c.library } as never, c.queue, { userId: 'console:pat', name: 'Pat', role: 'clerk' });
      expect(clerkAtConsole.handle('/move 1 acknowledged')).toBe('There is no request #1.');
    } finally {
      c.done();
    }
  });
});

/**
 * "Shall I pass your question to the Clerk? (yes/no)" → "yes" filed the question at once at the console, where Slack's
 * and Teams' "Ask the Clerk" opens a form with the question to read, change and send. What is passed on may be the
 * thread's reading of a short follow-up, never typed as such: nothing is filed that the asker has not seen and said
 * yes to. Now the console shows the question whole and sends it on a yes.
 */
describe("the console shows an offered question for the Clerk and sends it only on a yes, as Slack's and Teams' forms do", () => {
  const withAssistant = () => {
    const c = consoleOn();
    const assistant = Assistant.create({ config: { COUNCIL: 'cottingham', INTENTS_DIR: path.join(__dirname, '../../intents'), MODEL_CACHE_DIR }, library: c.library, queue: c.queue });
    const session = new ConsoleSession(assistant, c.queue, { userId: 'console:jo', name: 'Jo', role: 'councillor' });
    const filed = () => c.queue.exportPerson('console:jo').requests.map((r) => r.subject);
    return { session, filed, done: c.done };
  };
  const QUESTION = 'When does the council collect the green bins on Northgate?';

  test('"yes" shows it; a second yes sends it', () => {
    const { session, filed, done } = withAssistant();
    try {
      expect(session.handle(QUESTION)).toMatch(/Shall I pass your question to the Clerk\? \(yes\/no\)$/);
      const shown = session.handle('yes');
      expect(shown).toContain(`Your question: ${QUESTION}`);
      expect(shown).toMatch(/Send it to the Clerk as it is\? \(yes to send it, or type the question as you want it sent\)$/);
      expect(filed()).toEqual([]);
      expect(session.handle('yes please')).toMatch(/^Thank you. Your question for the Clerk is filed as #1\./);
      expect(filed()).toEqual([QUESTION]);
    } finally {
      done();
    }
  });

  test('typed again, it is shown again and sent as typed; a no sends nothing', () => {
    const { session, filed, done } = withAssistant();
    try {
      session.handle(QUESTION);
      session.handle('yes');
      const changed = 'Which day are the green bins collected on Northgate in December?';
      expect(session.handle(changed)).toContain(`Your question: ${changed}`);
      expect(filed()).toEqual([]);
      expect(session.handle('that is fine')).toContain('Your question: that is fine');
      expect(session.handle(changed)).toContain(`Your question: ${changed}`);
      session.handle('yes');
      expect(filed()).toEqual([changed]);
      session.handle(QUESTION);
      session.handle('yes');
      expect(session.handle('no thanks')).toBe('Cancelled; nothing was filed.');
      expect(filed()).toEqual([changed]);
    } finally {
      done();
    }
  });

  test('a question typed after /ask-clerk is sent as typed, as before', () => {
    const { session, filed, done } = withAssistant();
    try {
      expect(session.handle(`/ask-clerk ${QUESTION}`)).toMatch(/^Thank you. Your question for the Clerk is filed as #1\./);
      expect(filed()).toEqual([QUESTION]);
    } finally {
      done();
    }
  });
});

/**
 * The fresh walk (uat18): a complaint's receipt in Slack said ":lock: Confidential: it is never posted in a public
 * channel", Teams' what the Clerks' channel sees of it, the console nothing. Now all three say the core's sentence.
 */
describe("a complaint's receipt says what is kept confidential, in the same words in every channel", () => {
  const officer = flitwickRequest({ kind: 'complaint', confidential: true, subject: 'Complaint about an officer', details: { about: 'officer', whatHappened: 'Shouted at me in the office' } });
  const SAID = confidentialityLine(officer, 'Town Clerk');

  test('the sentence names where it is never shown and what the Clerks\' channel sees', () => {
    expect(SAID).toBe("Complaints are confidential, never posted in a public channel: the Clerks' channel shows only that one was filed, who deals with it and its number.");
    expect(confidentialityLine({ kind: 'complaint', details: { about: 'clerk', whatHappened: 'x' } }, 'Town Clerk')).toMatch(/one about the Town Clerk never reaches the Clerks' channel/);
  });
  test('Slack and Teams', () => {
    expect(JSON.stringify(filedReceiptMessage(officer, undefined, 'Town Clerk').blocks)).toContain(SAID);
    expect(textOf(filedCard(officer, undefined, 'Town Clerk'))).toContain(SAID);
  });
  test('the console', () => {
    const c = consoleOn();
    try {
      c.session.handle('/complaint');
      c.session.handle('officer');
      c.session.handle('He shouted at me again on Monday in front of two colleagues.');
      const receipt = c.session.handle('');
      expect(receipt).toContain(confidentialityLine({ kind: 'complaint', details: { about: 'officer', whatHappened: 'x' } }, 'Clerk'));
    } finally {
      c.done();
    }
  });
});
