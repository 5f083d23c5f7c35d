/**
 * A requester told that their request was filed, or moved, reads the same sentence in every channel, the core's
 * (`statusUpdateLine`, src/channels/labels.ts): "Your document request #7 is now in progress." UAT (uat16), one
 * acknowledgement seen three ways: Slack "Your document request *#4* is now *Acknowledged*.", Teams "Your document
 * request #5: acknowledged", the console "[Notification] Your request #1 (…) is now acknowledged." (no kind).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatNotification } from '../../src/channels/console/chat';
import { ConsoleSession } from '../../src/channels/console/session';
import { filedLine, statusUpdateLine } from '../../src/channels/labels';
import { filedReceiptMessage, requesterUpdateMessage } from '../../src/channels/slack/blocks';
import { filedCard, requesterUpdateCard } from '../../src/channels/teams/cards';
import { ProtocolLibrary } from '../../src/protocols/library';
import { ClerkQueue } from '../../src/queue/queue';
import type { HistoryEntry, RequestStatus } from '../../src/queue/types';
import { flitwickRequest } from '../support/requests';
import { textOf } from './teams/helpers';

const TITLE = 'Chief Executive';
const moves: Array<[RequestStatus, RequestStatus, 'document_access' | 'question']> = [
  ['new', 'acknowledged', 'document_access'],
  ['acknowledged', 'in_progress', 'question'],
  ['in_progress', 'resolved', 'document_access'],
  ['acknowledged', 'refused', 'question'],
];

describe.each(moves)('%s → %s (%s)', (from, to, kind) => {
  const request = flitwickRequest({ status: to, kind, ...(kind === 'question' ? { details: { question: 'Pavilion tender' } } : {}) });
  const change: HistoryEntry = { at: '2025-03-04T10:00:00.000Z', by: 'slack:UCLERK', from, to, note: 'A note' };
  const line = statusUpdateLine(request, TITLE);

  test('the core says it in one sentence, with the kind, the number and the status in words', () => {
    expect(line).toMatch(new RegExp(`^Your (document request|question for the Chief Executive) #7 is now ${to === 'in_progress' ? 'in progress' : to}\\.$`));
  });

  test("Slack's message leads with it (the number and the status in bold)", () => {
    const message = requesterUpdateMessage(request, change, TITLE);
    expect(message.text.replace(/\*/g, '')).toBe(line);
  });

  test("Teams' card leads with it", () => {
    expect(textOf(requesterUpdateCard(request, change, TITLE))).toMatch(new RegExp(`^${line.replace(/[.#?()]/g, '\\$&')}`));
  });

  test("the console's notification says it", () => {
    const text = formatNotification({ audience: 'requester', recipient: 'console:jo', event: 'status_changed', requestId: 7, request, change } as never, TITLE);
    expect(text.startsWith(`[Notification] ${line}`)).toBe(true);
  });
});

/**
 * The receipt, likewise: "Thank you. Your document request is filed as #7." UAT (uat16): Slack "Thank you. Your
 * document request is filed as *#1*.", Teams "✅ Document request #2 filed", the console "Filed as request #1.".
 */
describe.each(['document_access', 'complaint', 'question'] as const)('a %s filed', (kind) => {
  const request = flitwickRequest({ kind, ...(kind === 'complaint' ? { confidential: true, details: { about: 'officer', whatHappened: 'Shouted at me' } } : {}) });
  const line = filedLine(request, TITLE);

  test('the core says it in one sentence', () => {
    expect(line).toBe(`Thank you. Your ${kind === 'document_access' ? 'document request' : kind === 'complaint' ? 'complaint' : 'question for the Chief Executive'} is filed as #7.`);
  });
  test("Slack's receipt leads with it (the number in bold)", () => {
    expect(filedReceiptMessage(request, undefined, TITLE).text.replace(/\*/g, '')).toBe(line);
  });
  test("Teams' receipt card leads with it", () => {
    expect(textOf(filedCard(request, undefined, TITLE))).toMatch(new RegExp(`^✅ ${line.replace(/[.#?()]/g, '\\$&')}`));
  });
});

test("the console's receipt leads with it", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'receipt-'));
  const library = ProtocolLibrary.load(path.join(__dirname, '../../data/protocols'));
  const queue = ClerkQueue.open({ path: path.join(dir, 'q.sqlite'), library });
  try {
    const session = new ConsoleSession({ defaultCouncil: 'tewkesbury', library } as never, queue, { userId: 'console:receipt', name: 'Receipt', role: 'councillor' });
    const filed = session.handle('/ask-clerk Is the December meeting moving to the library?');
    expect(filed.split('\n')[0]).toBe('Thank you. Your question for the Chief Executive is filed as #1.');
  } finally {
    queue.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * What follows that sentence, likewise (uat22, Fernleigh on loopback): Slack said '“Minutes …” · goes to Chair of the
 * Council (clause fernleigh:4.4) · resolve by Wed 30 Dec 2026' and Teams 'Subject: Minutes … / Goes to: …. / To be
 * resolved by Wed 30 Dec 2026.', the reason before the closing date in Teams and after it in Slack; and neither told a
 * refused requester where the protocol lets a refusal go, which the receipt had shown as the route's note.
 */
describe('what an update says after its first line', () => {
  const slackWords = (message: { blocks: unknown[] }) => JSON.stringify(message.blocks).replace(/\*/g, '').replace(/\\n>/g, ' ');
  const refusalNote = 'If the Town Clerk refuses a request, it can be put to the Chair of the Council (clause 4.4).';
  // Shown with its council, as the route names its clause (uat23: `routeNoteText`).
  const shownNote = 'If the Town Clerk refuses a request, it can be put to the Chair of the Council (clause fernleigh:4.4).';

  test.each([
    ['acknowledged', 'Goes to: Town Clerk (clause flitwick:59)', 'Resolve by Mon 31 Mar 2025'],
    ['refused', 'Went to: Town Clerk (clause flitwick:59)', 'Closed Tue 4 Mar 2025'],
  ] as const)('%s: the same subject, route and date words in Slack and Teams, in the same order', (to, route, due) => {
    const request = flitwickRequest({ status: to, updatedAt: '2025-03-04T10:00:00.000Z' });
    const change: HistoryEntry = { at: '2025-03-04T10:00:00.000Z', by: 'slack:UCLERK', from: 'in_progress', to, note: 'A note' };
    const slack = slackWords(requesterUpdateMessage(request, change, TITLE));
    // Teams' labelled line is two runs ("Subject: ", then the subject).
    const teams = textOf(requesterUpdateCard(request, change, TITLE)).replace(/: *\n/g, ': ');
    for (const words of ['Subject: Pavilion tender', route, due]) {
      expect(slack).toContain(words);
      expect(teams).toContain(words);
    }
    expect(slack.indexOf(route)).toBeLessThan(slack.indexOf(due));
    expect(teams.indexOf(route)).toBeLessThan(teams.indexOf(due));
    expect(teams.indexOf(due)).toBeLessThan(teams.indexOf('A note'));
  });

  test("a refusal says where the protocol lets it go (the route's note), in both; another step does not", () => {
    const routing = { recipient: 'Town Clerk', note: refusalNote };
    const refused = flitwickRequest({ status: 'refused', council: 'fernleigh', routing });
    const change: HistoryEntry = { at: '2025-03-04T10:00:00.000Z', by: 'slack:UCLERK', from: 'in_progress', to: 'refused', note: 'Exempt: closed session.' };
    expect(slackWords(requesterUpdateMessage(refused, change, 'Town Clerk'))).toContain(shownNote);
    expect(textOf(requesterUpdateCard(refused, change, 'Town Clerk'))).toContain(shownNote);
    const started = flitwickRequest({ status: 'in_progress', council: 'fernleigh', routing });
    const start: HistoryEntry = { at: '2025-03-04T10:00:00.000Z', by: 'slack:UCLERK', from: 'acknowledged', to: 'in_progress' };
    expect(slackWords(requesterUpdateMessage(started, start, 'Town Clerk'))).not.toContain(shownNote);
    expect(textOf(requesterUpdateCard(started, start, 'Town Clerk'))).not.toContain(shownNote);
  });

  // uat23: the console's notification said the subject and the note only.
  test("the console's notification says the same words in the same order, and a refusal's note", () => {
    const routing = { recipient: 'Town Clerk', note: refusalNote };
    const refused = flitwickRequest({ status: 'refused', council: 'fernleigh', routing, updatedAt: '2025-03-04T10:00:00.000Z' });
    const change: HistoryEntry = { at: '2025-03-04T10:00:00.000Z', by: 'console:clerk', from: 'in_progress', to: 'refused', note: 'Exempt: closed session.' };
    const text = formatNotification({ audience: 'requester', recipient: 'console:jo', event: 'status_changed', requestId: 7, request: refused, change } as never, 'Town Clerk');
    const words = ['Subject: Pavilion tender', 'Went to: Town Clerk', 'Closed Tue 4 Mar 2025', 'Reason given: Exempt: closed session.', shownNote];
    const at = words.map((w) => text.indexOf(w));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
});
