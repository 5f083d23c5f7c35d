/**
 * A receipt says, after its first line, the same words in the same order in every channel: the subject, where the
 * request goes, what is due, then the route's note (`receiptDetails`, src/channels/labels.ts), the order of an update
 * (`updateDetails`). uat22 (section 3): Slack put the due dates before the note, Teams and the console after; Slack and
 * the console had no subject. And the note names a clause as the route does ("(clause fernleigh:4.4)", `routeNoteText`),
 * where it said "(clause 4.4)" under "Goes to: Town Clerk (clause fernleigh:4.4)".
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatRequest } from '../../src/channels/console/render';
import { ConsoleSession } from '../../src/channels/console/session';
import { receiptDetails, routeNoteText, updateDetails } from '../../src/channels/labels';
import { clerkChannelMessage, filedReceiptMessage, requesterUpdateMessage } from '../../src/channels/slack/blocks';
import { clerkRequestCard, filedCard, requesterUpdateCard } from '../../src/channels/teams/cards';
import { ProtocolLibrary } from '../../src/protocols/library';
import { ClerkQueue } from '../../src/queue/queue';
import type { HistoryEntry } from '../../src/queue/types';
import { flitwickRequest } from '../support/requests';
import { textOf } from './teams/helpers';

const NOTE = 'If the Town Clerk refuses a request, it can be put to the Chair of the Council (clause 4.4).';
const SHOWN_NOTE = 'If the Town Clerk refuses a request, it can be put to the Chair of the Council (clause fernleigh:4.4).';
const fernleigh = flitwickRequest({ council: 'fernleigh', routing: { recipient: 'Town Clerk', clause: '4.1', note: NOTE } });
const slackWords = (message: { blocks: unknown[] }) => JSON.stringify(message.blocks).replace(/\*/g, '').replace(/\\n/g, '\n');
const teamsWords = (card: Parameters<typeof textOf>[0]) => textOf(card).replace(/: *\n/g, ': ');

describe('routeNoteText: a clause named as the route names it', () => {
  test.each([
    [NOTE, SHOWN_NOTE],
    ['See clauses 4.4 and 4.5.', 'See clauses fernleigh:4.4 and fernleigh:4.5.'],
    ['Under clause fernleigh:4.4 already.', 'Under clause fernleigh:4.4 already.'],
    ['Disputes go to the Monitoring Officer (3.6) within 28 days.', 'Disputes go to the Monitoring Officer (3.6) within 28 days.'],
    ['A breach may lead to an investigation (clause 62).', 'A breach may lead to an investigation (clause fernleigh:62).'],
  ])('%s', (note, shown) => {
    expect(routeNoteText(note, 'fernleigh')).toBe(shown);
  });
});

test('the core: a receipt says subject, route, due, then the note; an update the same order', () => {
  expect(Object.keys(receiptDetails(fernleigh, undefined))).toEqual(['subject', 'routeLabel', 'routeTo', 'due', 'note']);
  expect(receiptDetails(fernleigh, undefined)).toMatchObject({ subject: 'Pavilion tender', routeTo: 'Town Clerk (clause fernleigh:4.1)', due: 'Acknowledge by Wed 5 Mar 2025; resolve by Mon 31 Mar 2025', note: SHOWN_NOTE });
  // A complaint's subject only says whom it is about; nobody to receive it, no dates.
  expect(receiptDetails({ ...fernleigh, kind: 'complaint' }, 'Nobody can receive it.')).not.toHaveProperty('subject');
  expect(receiptDetails({ ...fernleigh, kind: 'complaint' }, 'Nobody can receive it.')).not.toHaveProperty('due');
  expect(updateDetails({ ...fernleigh, status: 'refused' }).afterRefusal).toBe(SHOWN_NOTE);
});

test("Slack's and Teams' receipts say the same words in the same order: subject, route, due, note", () => {
  const words = ['Subject: Pavilion tender', 'Goes to: Town Clerk (clause fernleigh:4.1)', 'Acknowledge by Wed 5 Mar 2025; resolve by Mon 31 Mar 2025', SHOWN_NOTE];
  const slack = slackWords(filedReceiptMessage(fernleigh, undefined, 'Town Clerk'));
  const teams = teamsWords(filedCard(fernleigh, undefined, 'Town Clerk'));
  for (const text of [slack, teams]) {
    const at = words.map((w) => text.indexOf(w));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).not.toContain('(clause 4.4)');
  }
});

test("the note names its clause as the route does on the update, the Clerks' posts and the console's /show", () => {
  const refused: HistoryEntry = { at: '2025-03-04T10:00:00.000Z', by: 'slack:UCLERK', from: 'in_progress', to: 'refused', note: 'Exempt.' };
  const closed = { ...fernleigh, status: 'refused' as const };
  for (const text of [
    slackWords(requesterUpdateMessage(closed, refused, 'Town Clerk')),
    teamsWords(requesterUpdateCard(closed, refused, 'Town Clerk')),
    slackWords(clerkChannelMessage(fernleigh, undefined, 'Town Clerk')),
    teamsWords(clerkRequestCard(fernleigh, { clerkTitle: 'Town Clerk' })),
    formatRequest(fernleigh, 'Town Clerk'),
  ]) {
    expect(text).toContain(SHOWN_NOTE);
  }
});

test("the console's receipt: the same words in the same order", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'receipt-order-'));
  const library = ProtocolLibrary.load(path.join(__dirname, '../../data/protocols'));
  const queue = ClerkQueue.open({ path: path.join(dir, 'q.sqlite'), library });
  try {
    const session = new ConsoleSession({ defaultCouncil: 'flitwick', library } as never, queue, { userId: 'console:jo', name: 'Jo', role: 'councillor' });
    session.handle('/request');
    session.handle('The pavilion tender documents');
    session.handle('Amenities');
    session.handle('Ward member');
    const filed = session.handle('');
    const words = ['Subject: The pavilion tender documents', 'Goes to: Town Clerk (clause flitwick:59).', 'Acknowledge by', 'The Town Clerk decides disputed requests'];
    const at = words.map((w) => filed.indexOf(w));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  } finally {
    queue.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
