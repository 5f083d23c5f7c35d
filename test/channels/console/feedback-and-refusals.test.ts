import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Assistant } from '../../../src/assistant/assistant';
import { ACTION_COMMANDS } from '../../../src/channels/console/render';
import { becomeClerkHint, CONSOLE_HELP, ConsoleSession } from '../../../src/channels/console/session';
import { clerkOnlyRefusal, feedbackThanks, queueMessageText } from '../../../src/channels/labels';
import { explain } from '../../../src/channels/slack/listeners/shared';
import { ProtocolLibrary } from '../../../src/protocols/library';
import { ClerkQueue } from '../../../src/queue/queue';
import { QueueError } from '../../../src/queue/types';
import { MODEL_CACHE_DIR } from '../../support/model';

/**
 * What uat14 left in the console: a refusal from the queue printed as the queue wrote it ("there is no
 * request #2"), where Slack and Teams make it a sentence; no way to say an answer did not help, where
 * Slack and Teams have 👍/👎. Questions written for this test.
 */
const root = path.join(__dirname, '../../..');
const library = ProtocolLibrary.load(path.join(root, 'data/protocols'));
let dir: string;
let queue: ClerkQueue;
let assistant: Assistant;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'console-feedback-'));
  queue = ClerkQueue.open({ path: path.join(dir, 'q.sqlite'), library, roles: { clerkIds: ['console:pat'] } });
  assistant = Assistant.create({ config: { COUNCIL: 'cottingham', INTENTS_DIR: path.join(root, 'intents'), MODEL_CACHE_DIR }, library, queue });
});
afterEach(() => {
  queue.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const session = (name: string) => new ConsoleSession(assistant, queue, { userId: `console:${name}`, name, role: 'councillor' });

describe("the queue's refusals in the console", () => {
  test('are sentences, as Slack and Teams show them', () => {
    const pat = session('pat');
    expect(pat.handle('/show 2')).toBe('There is no request #2.');
    expect(pat.handle('/move 7 acknowledged')).toBe('There is no request #7.');
    expect(session('jo').handle('/withdraw 9')).toBe('There is no request #9.');
    expect(explain(new QueueError('not_found', 'there is no request #2'))).toBe('There is no request #2.');
  });

  test('keep the status codes the Clerk types at /move, so the refusal names what to type', () => {
    const filed = queue.file({ kind: 'document_access', council: 'cottingham', requester: { userId: 'console:jo', name: 'Jo', role: 'councillor' }, subject: 'Minutes', details: { what: 'the minutes' } });
    const pat = session('pat');
    expect(pat.handle(`/move ${filed.id} acknowledged`)).toBe(`Document request #${filed.id} is now acknowledged.`);
    expect(pat.handle(`/move ${filed.id} resolved`)).toBe(`Document request #${filed.id} is acknowledged: it can move to in_progress next, not resolved.`);
  });

  test("/withdraw, which names no status, says a complaint's in its words (uat24): not upheld, not refused", () => {
    const complaint = queue.file({ kind: 'complaint', council: 'cottingham', requester: { userId: 'console:jo', name: 'Jo', role: 'councillor' }, subject: 'Complaint about an officer', details: { about: 'officer', whatHappened: 'Shouted at me' } });
    const pat = session('pat');
    pat.handle(`/move ${complaint.id} acknowledged`);
    pat.handle(`/move ${complaint.id} in_progress`);
    pat.handle(`/move ${complaint.id} refused No grounds`);
    expect(session('jo').handle(`/withdraw ${complaint.id}`)).toBe(`Complaint #${complaint.id} is not upheld and closed; it cannot be moved to withdrawn.`);
    expect(pat.handle(`/move ${complaint.id} resolved`)).toBe(`Complaint #${complaint.id} is refused and closed; it cannot be moved to resolved.`);
  });
});

describe("a Clerk's move tried by someone else, in the words Slack and Teams use (uat16)", () => {
  // Before: the queue's "Request #1 is not yours: …" (or "There is no request #7.", telling a councillor which
  // requests exist) where Slack said "Only the Clerk's team can start requests, so nothing was changed. …".
  test("a councillor's /move is refused the same way whether the request is theirs, someone else's, or none", () => {
    const mine = queue.file({ kind: 'document_access', council: 'cottingham', requester: { userId: 'console:jo', name: 'Jo', role: 'councillor' }, subject: 'Minutes', details: { what: 'the minutes' } });
    const theirs = queue.file({ kind: 'document_access', council: 'cottingham', requester: { userId: 'console:sam', name: 'Sam', role: 'councillor' }, subject: 'Minutes', details: { what: 'the minutes' } });
    const jo = session('jo');
    // The number typed is named back, whoever's it is (uat26: "/withdraw <id>"), and the console says how its user becomes a Clerk.
    const refusal = (id: number) => `${clerkOnlyRefusal('in_progress', `/withdraw ${id} withdraws it`)} ${becomeClerkHint('Clerk')}`;
    expect(refusal(mine.id)).toBe(`Only the Clerk's team can start requests, so nothing was changed. If this is your request, /withdraw ${mine.id} withdraws it. If you are on the Clerk's team, type /role clerk first: in the console you set your own role.`);
    expect(jo.handle(`/move ${mine.id} in_progress`)).toBe(refusal(mine.id));
    expect(jo.handle(`/move ${theirs.id} in_progress`)).toBe(refusal(theirs.id));
    expect(jo.handle('/move 99 in_progress')).toBe(refusal(99));
    expect(jo.handle(`/move ${mine.id} withdrawn`)).toBe(`Document request #${mine.id} is now withdrawn.`);
    expect(queue.get(theirs.id, { userId: 'console:pat', name: 'Pat', role: 'clerk' }).status).toBe('new');
  });
});

describe("the console's refusals of a Clerk's command say how its user becomes a Clerk (uat26)", () => {
  test('/queue refused, then /role clerk as it says, then the queue', () => {
    const filed = queue.file({ kind: 'document_access', council: 'cottingham', requester: { userId: 'console:sam', name: 'Sam', role: 'councillor' }, subject: 'Minutes', details: { what: 'the minutes' } });
    const jo = session('jo');
    expect(jo.handle('/queue')).toMatch(/^Only the Clerk's team can see the queue\. Type \/my-requests to see your own requests and where they are\. If you are on the Clerk's team, type \/role clerk first: in the console you set your own role\.$/);
    expect(jo.handle('/role clerk')).toBe('You are now a Clerk.');
    expect(jo.handle('/queue')).toMatch(new RegExp(`^#${filed.id} Document request · New`));
    expect(jo.handle(`/move ${filed.id} acknowledged`)).toBe(`Document request #${filed.id} is now acknowledged.`);
  });
});

describe('/helpful and /not-helpful: the console\'s 👍/👎', () => {
  test('are listed in its help', () => {
    expect(CONSOLE_HELP).toMatch(/\/helpful, \/not-helpful +say whether the last answer helped/);
  });

  test("store the rating of the last answer as the buttons do, and say back the buttons' words with the console's commands", () => {
    const jo = session('jo');
    const answer = jo.handle('Can I ask the clerk to print leaflets for my ward surgery?');
    expect(answer).toMatch(/\[cottingham:/);
    const reply = jo.handle('/not-helpful');
    const offers = (assistant.answer('Can I ask the clerk to print leaflets for my ward surgery?', { id: 'console:other', name: 'x', role: 'councillor' }, { council: 'cottingham', record: false }).actions).map((a) => a.kind);
    expect(reply).toBe(feedbackThanks(false, offers, 'Clerk', ACTION_COMMANDS));
    const stored = queue.exportPerson('console:jo').feedback;
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ council: 'cottingham', helpful: false });
    expect(stored[0].clauseRefs.length).toBeGreaterThan(0);
  });

  test('rate an answer once, and say so when there is nothing to rate', () => {
    const jo = session('jo');
    expect(jo.handle('/helpful')).toMatch(/^There is no answer to rate just now/);
    jo.handle('Who do I go to if the clerk has been rude to me?');
    expect(jo.handle('/helpful')).toBe('Thanks, glad that helped.');
    expect(jo.handle('/helpful')).toBe('You have already rated that answer. Thanks.');
    expect(queue.exportPerson('console:jo').feedback.map((f) => f.helpful)).toEqual([true]);
  });

  test("name a hand-off the way the console reaches it: the command after the button's name", () => {
    expect(feedbackThanks(false, ['question'], 'Town Clerk', ACTION_COMMANDS)).toBe('Thanks for telling me. If you still need an answer, "Ask the Town Clerk" (/ask-clerk) under the answer passes your question on.');
    expect(feedbackThanks(false, ['document_request'], 'Town Clerk', ACTION_COMMANDS)).toContain('"Request these documents" (/request) under the answer');
    // Slack and Teams: no commands, the words as before.
    expect(feedbackThanks(false, ['question'], 'Town Clerk')).toBe('Thanks for telling me. If you still need an answer, "Ask the Town Clerk" under the answer passes your question on.');
  });
});

describe("the console's help", () => {
  test('lists every command its session answers', () => {
    const source = fs.readFileSync(path.join(root, 'src/channels/console/session.ts'), 'utf8');
    const commands = [...source.matchAll(/case '(\/[a-z-]+)':/g)].map((m) => m[1]);
    expect(commands).toEqual(expect.arrayContaining(['/show', '/helpful', '/not-helpful']));
    for (const command of commands) expect([command, CONSOLE_HELP.includes(command) || CONSOLE_HELP.includes(` ${command.slice(1)}`)]).toEqual([command, true]);
  });
});

test('queueMessageText keeps codes only when asked to', () => {
  expect(queueMessageText('request #3 is already in_progress')).toBe('Request #3 is already in progress.');
  expect(queueMessageText('request #3 is already in_progress', 'codes')).toBe('Request #3 is already in_progress.');
});

describe('/ask-clerk with nothing after it, after an answer that offered "Ask the Clerk"', () => {
  test('passes that question on, as "yes" would, not a blank form asking for it again', () => {
    const jo = session('jo');
    const answer = jo.handle('When does the council collect the green bins on Northgate?');
    expect(answer).toMatch(/Ask the Clerk \(\/ask-clerk\)/);
    // Shown whole before it is sent, as Slack's and Teams' forms show it (uat18).
    expect(jo.handle('/ask-clerk')).toMatch(/Your question: When does the council collect the green bins on Northgate\?\nSend it to the Clerk as it is\?/);
    expect(jo.handle('yes')).toMatch(/^Thank you. Your question for the Clerk is filed as #1\./);
    expect(queue.exportPerson('console:jo').requests.map((r) => r.subject)).toEqual(['When does the council collect the green bins on Northgate?']);
  });

  test('asks for the question when nothing was offered, or the offer was turned down', () => {
    const jo = session('jo');
    expect(jo.handle('/ask-clerk')).toMatch(/What would you like to ask the Clerk\?/);
    jo.handle('/cancel');
    jo.handle('When does the council collect the green bins on Northgate?');
    // The core's words (uat17), as Slack and Teams say them; the console adds its reading line.
    expect(jo.handle('no').split('\n')[0]).toBe('All right: nothing has been sent to the Clerk.');
    expect(jo.handle('/ask-clerk')).toMatch(/What would you like to ask the Clerk\?/);
  });
});
