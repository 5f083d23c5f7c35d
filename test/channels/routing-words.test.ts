import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatDate } from '../../src/channels/labels';
import { formatRequest } from '../../src/channels/console/render';
import { ConsoleSession } from '../../src/channels/console/session';
import { detailBlocks, filedReceiptMessage, requesterUpdateMessage } from '../../src/channels/slack/blocks';
import { clerkComplaintCard, clerkRequestCard, complaintForm, filedCard, queueCard, requesterUpdateCard } from '../../src/channels/teams/cards';
import type { Assistant } from '../../src/assistant/assistant';
import { ProtocolLibrary } from '../../src/protocols/library';
import { ClerkQueue } from '../../src/queue/queue';
import { routeRequest } from '../../src/queue/routing';
import { COMPLAINT_SUBJECTS } from '../../src/queue/types';
import type { ComplaintSubject, Routing } from '../../src/queue/types';
import { OPERATOR, SEE_ALL } from '../support/operator';
import { allText } from './slack/helpers';
import { textOf } from './teams/helpers';
import { flitwickRequest } from '../support/requests';

/**
 * Where a request goes and when it is due, as the requester and the Clerk read it: the same
 * words in Slack, Teams and the console (uat12: Teams said "Town Clerk (protocol flitwick:59)",
 * Slack "(clause flitwick:59)", the console "(flitwick:59)" and "Acknowledgement due by
 * 2025-03-05" where the others wrote the date out).
 */
const library = ProtocolLibrary.load(path.join(__dirname, '../../data/protocols'));

const request = flitwickRequest;

const ROUTE = 'Town Clerk (clause flitwick:59)';

describe('the route of a request', () => {
  test('is named the same way in every channel', () => {
    const filed = request();
    const shown = {
      'Slack receipt': allText(filedReceiptMessage(filed).blocks),
      'Slack update': allText(requesterUpdateMessage(filed).blocks),
      'Teams receipt': textOf(filedCard(filed)),
      'Teams update': textOf(requesterUpdateCard(filed)),
      "Teams Clerks' card": textOf(clerkRequestCard(filed)),
      'Teams queue': textOf(queueCard([filed], { hideConfidential: false })),
      'console request': formatRequest(filed),
    };
    for (const [where, text] of Object.entries(shown)) expect([where, text.includes(ROUTE)]).toEqual([where, true]);
  });

  test('is labelled the same way on the receipt, the update and /show: "Goes to", then "Went to" once closed', () => {
    // uat13 (Alsager): Teams' receipt said "It is with:" where Slack's said "Goes to:".
    const open = request();
    expect(allText(filedReceiptMessage(open).blocks)).toContain(`*Goes to:* ${ROUTE}`);
    expect(textOf(filedCard(open))).toContain(`Goes to: ${ROUTE}.`);
    expect(textOf(requesterUpdateCard(open))).toContain(`Goes to: ${ROUTE}.`);
    expect(allText(requesterUpdateMessage(open).blocks)).toContain(`*Goes to:* ${ROUTE}`);
    expect(formatRequest(open)).toContain(`  Goes to: ${ROUTE}`);
    const closed = request({ status: 'resolved', updatedAt: '2025-03-04T10:00:00.000Z' });
    expect(textOf(requesterUpdateCard(closed))).toContain(`Went to: ${ROUTE}.`);
    expect(allText(requesterUpdateMessage(closed).blocks)).toContain(`*Went to:* ${ROUTE}`);
    expect(formatRequest(closed)).toContain(`  Went to: ${ROUTE}`);
    for (const text of [textOf(filedCard(open)), textOf(requesterUpdateCard(open)), textOf(requesterUpdateCard(closed))]) expect(text).not.toMatch(/It is with|It went to/);
  });

  test("Teams' complaint form lists each recipient with its clause, as Slack's modal does", () => {
    const metadata = library.get('flitwick').council;
    const routings = Object.fromEntries(COMPLAINT_SUBJECTS.map((about) => [about, routeRequest(metadata, 'complaint', about)])) as Record<ComplaintSubject, Routing>;
    const text = textOf(complaintForm({ council: 'flitwick', councilName: 'Flitwick Town Council', clerkTitle: 'Town Clerk', formId: 'f', values: {}, routings }));
    expect(text).toContain(`${routings.clerk.recipient} (clause flitwick:${routings.clerk.clause})`);
    expect(text).not.toContain('(protocol ');
  });
});

describe('a closed request', () => {
  test('is not said to be "with" anyone in Teams: it says where it went and when it closed, as Slack does', () => {
    const refused = request({ status: 'refused', updatedAt: '2025-03-04T10:00:00.000Z' });
    const change = { at: '2025-03-04T10:00:00.000Z', by: 'teams:clerk', from: 'in_progress' as const, to: 'refused' as const, note: 'Exempt information' };
    const teams = textOf(requesterUpdateCard(refused, change));
    expect(teams).not.toContain('Goes to');
    expect(teams).toContain(`Went to: ${ROUTE}.`);
    expect(teams).toContain(`Closed ${formatDate(refused.updatedAt)}`);
    expect(allText(requesterUpdateMessage(refused, change).blocks)).toContain(`Closed ${formatDate(refused.updatedAt)}`);
  });

  test('an open one still says who has it and by when it is to be resolved', () => {
    const open = request({ status: 'in_progress' });
    const teams = textOf(requesterUpdateCard(open));
    expect(teams).toContain(`Goes to: ${ROUTE}.`);
    // uat22: "Resolve by", as the receipt and Slack say it (Teams' update alone said "To be resolved by").
    expect(teams).toContain(`Resolve by ${formatDate(open.resolveBy)}`);
    expect(allText(requesterUpdateMessage(open).blocks)).toContain(`Resolve by ${formatDate(open.resolveBy)}`);
  });
});

describe("the console's receipt", () => {
  let dir: string;
  let queue: ClerkQueue;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'routing-words-'));
    queue = ClerkQueue.open({ path: path.join(dir, 'q.sqlite'), library });
  });
  afterAll(() => {
    queue.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('names the route and the due dates in the words Slack and Teams use', () => {
    const assistant = { defaultCouncil: 'flitwick', library } as unknown as Assistant;
    const session = new ConsoleSession(assistant, queue, { userId: 'console:jo', name: 'Jo', role: 'councillor' });
    session.handle('/request');
    session.handle('The pavilion tender documents');
    session.handle('');
    session.handle('');
    const receipt = session.handle('');
    const [filed] = queue.list({}, OPERATOR, SEE_ALL);
    expect(receipt).toContain(`\nGoes to: ${filed.routing.recipient} (clause flitwick:${filed.routing.clause}).`); // as Slack's and Teams' receipts (the Tewkesbury walk: "It goes to:")
    expect(receipt).toContain(`Acknowledge by ${formatDate(filed.acknowledgeBy)}; resolve by ${formatDate(filed.resolveBy)}.`);
    expect(receipt).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});

describe("a request's details", () => {
  // Teams labelled a document request's reason "Why" and its meeting "Committee or meeting", where Slack and the
  // console said "Why needed" and "Meeting or committee"; and Teams named the Clerk of a complaint "the Clerk" whatever
  // the council calls its Clerk.
  test('are labelled the same way in every channel', () => {
    const filed = request();
    const shown = {
      'Slack details': allText(detailBlocks(filed)),
      "Teams Clerks' card": textOf(clerkRequestCard(filed)),
      'console request': formatRequest(filed),
    };
    for (const [where, text] of Object.entries(shown)) {
      for (const words of ['Pavilion tender documents', 'Meeting or committee', 'Amenities', 'Why needed', 'Ward member', `Needed by`, formatDate('2025-03-10T12:00:00Z')]) {
        expect([where, words, text.includes(words)]).toEqual([where, words, true]);
      }
    }
  });

  test("name whom a complaint is about in the council's own words", () => {
    const complaint = request({ kind: 'complaint', confidential: true, details: { about: 'clerk', whatHappened: 'Shouted at me in the car park' } });
    const shown = {
      'Slack details': allText(detailBlocks(complaint, 'Chief Executive')),
      "Teams complaint card": textOf(clerkComplaintCard(complaint, { clerkTitle: 'Chief Executive' })),
      'console request': formatRequest(complaint, 'Chief Executive'),
    };
    for (const [where, text] of Object.entries(shown)) expect([where, /About\W+the Chief Executive/.test(text)]).toEqual([where, true]);
  });
});
