/**
 * What the sixteenth session's walk (uat17, docs/uat-sixteenth-session.md) found said differently, or said wrongly,
 * in one channel: each is now the core's words, rendered by the channel.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatNotification } from '../../src/channels/console/chat';
import { ConsoleSession } from '../../src/channels/console/session';
import { ASK_WHAT } from '../../src/channels/labels';
import { filedReceiptMessage } from '../../src/channels/slack/blocks';
import { answerInThread } from '../../src/channels/slack/listeners/events/answer';
import { filedCard } from '../../src/channels/teams/cards';
import { ProtocolLibrary } from '../../src/protocols/library';
import { ClerkQueue } from '../../src/queue/queue';
import { flitwickRequest } from '../support/requests';
import { botHarness, channelMention, councillor, personalMessage, removeTempDirs, textOf } from './teams/helpers';

afterAll(removeTempDirs);

/**
 * A bare mention (the question to follow): Slack said "Ask me anything about how councillors and officers work
 * together, e.g. …", Teams "What would you like to ask? For example: ask may I give instructions to the groundsman?".
 */
describe('a bare mention is asked for its question in the same words', () => {
  test('Slack, a mention with nothing after it', async () => {
    const postMessage = jest.fn(async () => ({ ok: true }));
    await answerInThread({} as never, { chat: { postMessage } } as never, { user: 'UCLLR', channel: 'CGENERAL', threadTs: '1.1', text: '<@UBOT> ' });
    expect(postMessage).toHaveBeenCalledTimes(1);
    expect((postMessage.mock.calls[0] as unknown as [{ text: string }])[0].text).toBe(ASK_WHAT);
  });
  test('Teams, a channel mention with nothing after it, and a bare "ask"', async () => {
    const h = botHarness();
    expect((await h.send(channelMention(councillor, ''))).map((r) => r.text)).toEqual([ASK_WHAT]);
    expect((await h.send(personalMessage(councillor, 'ask'))).map((r) => r.text)).toEqual([ASK_WHAT]);
  });
  test('the words ask, and give an example a person could type as it is', () => {
    expect(ASK_WHAT).toMatch(/^What would you like to ask\?/);
    expect(ASK_WHAT).not.toMatch(/: ask /);
  });
});

/**
 * The console's status update put a full stop after the subject whatever it ended with: "Subject: Could I get a copy
 * of the minutes …please?." (a subject is often the asking sentence itself).
 */
test("the console's notification ends a subject's sentence once", () => {
  const request = flitwickRequest({ status: 'acknowledged', subject: 'Could I get the planning minutes please?' });
  const change = { at: '2025-03-04T10:00:00.000Z', by: 'console:root', from: 'new', to: 'acknowledged' } as const;
  const text = formatNotification({ audience: 'requester', recipient: 'console:jo', event: 'status_changed', requestId: 7, request, change } as never, 'Clerk');
  // Followed by the route since uat23 (updateDetails' order), with no stop of its own after the question mark.
  expect(text).toMatch(/Subject: Could I get the planning minutes please\? · Goes to: /);
  expect(text).not.toContain('?.');
  const plain = formatNotification({ audience: 'requester', recipient: 'console:jo', event: 'status_changed', requestId: 7, request: { ...request, subject: 'Pavilion tender' }, change } as never, 'Clerk');
  expect(plain).toMatch(/Subject: Pavilion tender · Goes to: /);
});

/**
 * A complaint about the Clerk nobody is set up to receive: Teams put the warning above the receipt (the first thing
 * read was not "filed as #4"), the console between "Goes to" and the due dates; Slack after them. Now every channel
 * leads with the receipt, then whom it goes to and when, then the warning.
 */
// A receipt with a warning no longer promises due dates (`receiptDueWords`): the order is the receipt, whom, the warning.
describe('a receipt with a warning leads with the receipt and whom it goes to, then gives the warning', () => {
  const request = flitwickRequest({ kind: 'complaint', confidential: true, details: { about: 'clerk', whatHappened: 'Shouted at me after the meeting' } });
  const NOTICE = 'Nobody has been set up to receive it through this bot.';
  const order = (text: string) => ['filed as', 'Goes to', NOTICE].map((s) => text.indexOf(s));
  const ascending = (xs: number[]) => xs.every((x, i) => x >= 0 && (i === 0 || x > xs[i - 1]));

  test('Slack', () => {
    const m = filedReceiptMessage(request, NOTICE, 'Clerk');
    expect(ascending(order(JSON.stringify(m.blocks)))).toBe(true);
  });
  test('Teams', () => {
    const text = textOf(filedCard(request, NOTICE, 'Clerk'));
    expect(text.startsWith('✅ Thank you.')).toBe(true);
    expect(ascending(order(text))).toBe(true);
  });
  test('the console', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'receipt-notice-'));
    const library = ProtocolLibrary.load(path.join(__dirname, '../../data/protocols'));
    const queue = ClerkQueue.open({ path: path.join(dir, 'q.sqlite'), library });
    try {
      const session = new ConsoleSession({ defaultCouncil: 'cottingham', library } as never, queue, { userId: 'console:jo', name: 'Jo', role: 'councillor' });
      session.handle('/complaint');
      session.handle('clerk');
      session.handle('She shouted at me in front of residents after the meeting.');
      const filed = session.handle('');
      const lines = filed.split('\n');
      expect(lines[0]).toBe('Thank you. Your complaint is filed as #1.');
      const at = (re: RegExp) => lines.findIndex((l) => re.test(l));
      expect(at(/^Goes to/)).toBeGreaterThan(0);
      expect(at(/nobody has been set up to receive it/)).toBeGreaterThan(at(/^Goes to/));
      expect(at(/^Acknowledge by/)).toBe(-1);
    } finally {
      queue.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * A complaint offer taken up at the console ("yes", or a bare /complaint) filled in whom it is about without a word,
 * where Slack's modal and Teams' card show "About the Clerk" chosen: a wrong guess could not be seen before filing.
 * Now the console says it, as it says the documents of a document request.
 */
describe("the console says whom an offered complaint is about, as Slack's and Teams' forms show it", () => {
  const make = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'complaint-about-'));
    const library = ProtocolLibrary.load(path.join(__dirname, '../../data/protocols'));
    const queue = ClerkQueue.open({ path: path.join(dir, 'q.sqlite'), library });
    const session = new ConsoleSession({ defaultCouncil: 'cottingham', library } as never, queue, { userId: 'console:jo', name: 'Jo', role: 'councillor' });
    return { session, done: () => (queue.close(), fs.rmSync(dir, { recursive: true, force: true })) };
  };
  test('a bare /complaint after the offer (a typed "yes" opens the same form: src/channels/console/session.ts openAccepted)', () => {
    const { session, done } = make();
    try {
      (session as unknown as { offers: unknown[] }).offers = [{ kind: 'complaint', label: 'Make a complaint', prefill: { about: 'clerk' } }];
      expect(session.handle('/complaint')).toMatch(/^About: the Clerk \(from our conversation; \/cancel if that's wrong\)\nConfidential complaint\. \(type \/cancel to stop\)\nComplaints are confidential, never posted in a public channel: .+\nWho receives it, under your protocol:\n {2}About the Clerk: .+\nWhat happened\?/);
    } finally {
      done();
    }
  });
});
