import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clerkTitleOf, inCouncilWords, kindLabel } from '../../src/channels/labels';
import { formatRequest, formatRequestLine } from '../../src/channels/console/render';
import { formatNotification } from '../../src/channels/console/chat';
import { ConsoleSession } from '../../src/channels/console/session';
import {
  clerkComplaintMessage,
  complaintModal,
  documentRequestModal,
  myRequestsMessage,
  questionModal,
  replyMessages,
  welcomeMessage,
} from '../../src/channels/slack/blocks';
import { answerCard, clerkComplaintCard, filedCard, complaintForm, documentRequestForm, helpCard, myRequestsCard, questionForm } from '../../src/channels/teams/cards';
import type { Assistant } from '../../src/assistant/assistant';
import { ProtocolLibrary } from '../../src/protocols/library';
import { ClerkQueue } from '../../src/queue/queue';
import { routeRequest } from '../../src/queue/routing';
import type { ComplaintSubject, Routing } from '../../src/queue/types';
import { allText, sampleReply } from './slack/helpers';
import { textOf } from './teams/helpers';
import { flitwickRequest } from '../support/requests';

/**
 * The council's own title for its Clerk in every channel (uat12 left it: for Tewkesbury, whose
 * protocol's Clerk is the "Chief Executive", the greeting said so but the help said "ask the
 * Clerk for documents", the complaint form "About the Clerk", Teams' button "Send to the Clerk"
 * and Slack's modal "helps the Clerk decide"). One source, the council's metadata `clerkTitle`;
 * "the Clerk" only where a council gives none. "Clerk" as the bot's role (the Clerks' channel,
 * "(Clerks only)") is the product's word and stays.
 */
const library = ProtocolLibrary.load(path.join(__dirname, '../../data/protocols'));
const TITLE = 'Chief Executive';

let dir: string;
let queue: ClerkQueue;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clerk-title-'));
  queue = ClerkQueue.open({ path: path.join(dir, 'q.sqlite'), library });
});
afterAll(() => {
  queue.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const routings = (council: string): Record<ComplaintSubject, Routing> => {
  const metadata = library.get(council).council;
  return { officer: routeRequest(metadata, 'complaint', 'officer'), councillor: routeRequest(metadata, 'complaint', 'councillor'), clerk: routeRequest(metadata, 'complaint', 'clerk') };
};
/** "the Clerk" as a person, not the role's "Clerks" / "a Clerk". */
const THE_CLERK = /\bthe Clerk\b(?!s)/i;

describe('the one source of the title', () => {
  test("is the council's metadata; a council the library does not hold is the Clerk", () => {
    expect(library.get('tewkesbury').council.clerkTitle).toBe(TITLE);
    expect(clerkTitleOf(library, 'tewkesbury')).toBe(TITLE);
    expect(clerkTitleOf(library, 'cottingham')).toBe('Clerk');
    expect(clerkTitleOf(library, 'nowhere')).toBe('Clerk');
  });

  test('replaces "the Clerk" as a person, never the role', () => {
    expect(inCouncilWords("ask the Clerk; the Clerks' channel; a Clerk; the Clerk's team", TITLE)).toBe(
      "ask the Chief Executive; the Clerks' channel; a Clerk; the Chief Executive's team",
    );
    expect(kindLabel('question', TITLE)).toBe('Question for the Chief Executive');
    expect(kindLabel('question')).toBe('Question for the Clerk');
  });
});

describe('Slack names the Clerk by the council’s title', () => {
  test('in the welcome and its command list', () => {
    const text = allText(welcomeMessage({ council: library.get('tewkesbury').council, isClerk: true }).blocks);
    expect(text).toContain('`/request-documents`: ask the Chief Executive for documents or information');
    expect(text).toContain('Your requests with the Chief Executive');
    expect(text).not.toMatch(THE_CLERK);
    expect(text).toContain('(Clerks only)');
  });

  test('in the forms: the document hint, whom a complaint is about, the question modal', () => {
    const documents = allText(documentRequestModal({ council: 'tewkesbury', clerkTitle: TITLE, routing: routeRequest(library.get('tewkesbury').council, 'document_access') }).blocks);
    expect(documents).toContain('helps the Chief Executive decide quickly');
    const complaintView = complaintModal({ council: 'tewkesbury', clerkTitle: TITLE, routings: routings('tewkesbury') });
    const complaint = allText(complaintView.blocks);
    expect(complaint).toContain('About the Chief Executive');
    expect(complaint).not.toMatch(THE_CLERK);
    const question = questionModal({ council: 'tewkesbury', clerkTitle: TITLE, question: 'q', botAnswer: 'a' });
    expect(question.title.text).toBe('Ask the Chief Executive');
    expect(allText(question.blocks)).toContain('Your question for the Chief Executive');
  });

  test('a title longer than a modal title holds is left to the field', () => {
    const long = questionModal({ council: 'x', clerkTitle: 'Proper Officer and Responsible Financial Officer' });
    expect(long.title.text).toBe('Ask a question');
    expect(allText(long.blocks)).toContain('Your question for the Proper Officer and Responsible Financial Officer');
  });

  test('in lists, a complaint about the Clerk, and an answer listing no requests', () => {
    expect(allText(myRequestsMessage([], TITLE).blocks)).toContain('You have no requests with the Chief Executive yet');
    const aboutClerk = flitwickRequest({ kind: 'complaint', confidential: true, details: { about: 'clerk', whatHappened: 'x' } });
    expect(allText(clerkComplaintMessage(aboutClerk, undefined, TITLE).blocks)).toMatch(/Complaint about the Chief Executive #7[\s\S]*The Chief Executive cannot see this complaint/);
    const reply = sampleReply({ council: { id: 'tewkesbury', name: 'Tewkesbury Borough Council', clerkTitle: TITLE }, requests: [], clauses: [] });
    expect(allText(replyMessages(reply).flatMap((m) => m.blocks))).toContain('You have no requests with the Chief Executive.');
  });

  test('and where a council has no title of its own, "the Clerk" as before', () => {
    expect(allText(welcomeMessage({ council: library.get('cottingham').council, isClerk: false }).blocks)).toContain('ask the Clerk for documents');
  });
});

describe('Teams names the Clerk by the council’s title', () => {
  const options = { formId: 'f', council: 'tewkesbury', councilName: 'Tewkesbury Borough Council', clerkTitle: TITLE, values: {} };

  test('on the forms and their buttons', () => {
    const documents = textOf(documentRequestForm(options));
    expect(documents).toContain('helps the Chief Executive decide quickly');
    expect(documents).toContain('Send to the Chief Executive');
    const complaint = textOf(complaintForm({ ...options, routings: routings('tewkesbury') }));
    expect(complaint).toContain('About the Chief Executive');
    expect(complaint).not.toMatch(THE_CLERK);
    const question = textOf(questionForm(options));
    expect(question).toContain('Ask the Chief Executive');
    expect(question).toContain('Your question goes to the Chief Executive of Tewkesbury Borough Council');
    expect(question).not.toMatch(THE_CLERK);
  });

  test('on the help card, the lists and a complaint about the Clerk', () => {
    const help = textOf(helpCard({ council: library.get('tewkesbury').council, isClerk: true, inChannel: false }));
    expect(help).toContain('A form to ask the Chief Executive for documents or information.');
    expect(help).not.toMatch(THE_CLERK);
    expect(textOf(myRequestsCard([], { hideConfidential: false, clerkTitle: TITLE }))).toContain('You have no requests with the Chief Executive.');
    const aboutClerk = flitwickRequest({ kind: 'complaint', confidential: true, details: { about: 'clerk', whatHappened: 'x' } });
    expect(textOf(clerkComplaintCard(aboutClerk, { clerkTitle: TITLE }))).toMatch(/Complaint about the Chief Executive #7[\s\S]*The Chief Executive cannot see/);
    const reply = sampleReply({ council: { id: 'tewkesbury', name: 'Tewkesbury Borough Council', clerkTitle: TITLE }, requests: [], clauses: [] });
    expect(textOf(answerCard(reply))).toContain('You have no requests with the Chief Executive.');
  });
});

describe('the console names the Clerk by the council’s title', () => {
  const session = () => new ConsoleSession({ defaultCouncil: 'tewkesbury', library } as unknown as Assistant, queue, { userId: 'console:sam', name: 'Sam', role: 'councillor' });

  test('in its help, its forms and its lists', () => {
    const s = session();
    const help = s.handle('/help');
    expect(help).toContain('/request [what]     file a document request for the Chief Executive');
    expect(help).toContain('/ask-clerk [text]   pass a question to the Chief Executive');
    expect(help).not.toMatch(THE_CLERK);
    expect(s.handle('/complaint')).toContain('Is the complaint about an officer, a councillor or the Chief Executive? (officer, councillor or clerk)');
    expect(s.handle('/cancel')).toMatch(/nothing was filed/);
    expect(s.handle('/ask-clerk')).toMatch(/^Question for the Chief Executive\. \(type \/cancel to stop\)\nWhat would you like to ask the Chief Executive\?/);
    expect(s.handle('/cancel')).toMatch(/nothing was filed/);
    expect(s.handle('/my-requests')).toBe('You have no requests with the Chief Executive.');
  });
});

describe("the console's lists in words, as Slack and Teams write them", () => {
  test('kind, status and dates written out, not the queue codes', () => {
    const line = formatRequestLine(flitwickRequest({ status: 'in_progress', kind: 'question', details: { question: 'q' } }), TITLE);
    expect(line).toBe('#7 Question for the Chief Executive · In progress · from Jo **Bloggs**: Pavilion tender · resolve by Mon 31 Mar 2025');
    expect(line).not.toMatch(/in_progress|\[|document_access/);
  });

  // uat13's walk: Teams' receipt wrote "Acknowledge by … · resolve by …" where Slack and the console write "…; resolve by …".
  test("Teams' receipt words the due dates as Slack and the console do", () => {
    expect(textOf(filedCard(flitwickRequest()))).toContain('Acknowledge by Wed 5 Mar 2025; resolve by Mon 31 Mar 2025.');
    expect(formatRequestLine(flitwickRequest())).toContain('acknowledge by Wed 5 Mar 2025; resolve by Mon 31 Mar 2025');
  });

  // uat13's walk: /show printed "about: councillor", "whatHappened: …", "outcomeSought: …".
  test("a request's details under the cards' labels, not the queue's field names", () => {
    const complaint = flitwickRequest({ kind: 'complaint', confidential: true, details: { about: 'clerk', whatHappened: 'Shouted at me', outcomeSought: 'An apology' } });
    const shown = formatRequest(complaint, TITLE);
    expect(shown).toContain('  About: the Chief Executive\n  What happened: Shouted at me\n  Outcome sought: An apology');
    expect(shown).not.toMatch(/whatHappened|outcomeSought|about:/);
    expect(formatRequest(flitwickRequest())).toContain('  Needed by: Mon 10 Mar 2025');
  });

  test('a requester is told the status in words, and the note a Clerk gave', () => {
    const resolved = flitwickRequest({ status: 'resolved' });
    const change = { at: '2025-03-04T10:00:00.000Z', by: 'console:clerk', from: 'in_progress' as const, to: 'resolved' as const, note: 'In the shared drive, Planning folder' };
    const text = formatNotification({ audience: 'requester', recipient: 'console:jo', event: 'status_changed', requestId: 7, request: resolved, change } as never, 'Town Clerk');
    expect(text).toBe('[Notification] Your document request #7 is now resolved. Subject: Pavilion tender · Went to: Town Clerk (clause flitwick:59) · Closed Mon 3 Mar 2025. Note: In the shared drive, Planning folder.');
  });
});
