import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { Assistant } from '../../../src/assistant/assistant';
import { ConsoleSession } from '../../../src/channels/console/session';
import { startConsole } from '../../../src/channels/console/chat';
import { ProtocolLibrary } from '../../../src/protocols/library';
import { ClerkQueue } from '../../../src/queue/queue';
import { ukToday } from '../../../src/queue/forms';
import { OutboxDispatcher } from '../../../src/queue/outbox';
import { loadConfig } from '../../../src/config';
import { silentLogger } from '../../../src/log';
import { MODEL_CACHE_DIR } from '../../support/model';
import { OPERATOR, SEE_ALL } from '../../support/operator';

const root = path.join(__dirname, '../../..');
const library = ProtocolLibrary.load(path.join(root, 'data/protocols'));
const config = { COUNCIL: 'flitwick', INTENTS_DIR: path.join(root, 'intents'), MODEL_CACHE_DIR };
let assistant: Assistant;
let dir: string;
let queue: ClerkQueue;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'console-'));
  queue = ClerkQueue.open({ path: path.join(dir, 'q.sqlite'), library });
  // The model is cached after the first test, so this is quick.
  assistant = Assistant.create({ config, library, queue });
});
afterEach(() => {
  queue.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A console user with a role, given the way the core allows (by the operator): the console follows the one rule. */
const newSession = (name = 'jo', role: 'councillor' | 'officer' | 'clerk' = 'councillor') => {
  if (role !== 'councillor') queue.setRole({ userId: `console:${name}`, role, name }, 'operator');
  return new ConsoleSession(assistant, queue, { userId: `console:${name}`, name, role: 'councillor' });
};

describe('console chat', () => {
  test('greets naming the council, and switches council on request', () => {
    const session = newSession();
    expect(session.greeting()).toMatch(/Flitwick Town Council/);
    expect(session.handle('/council cottingham')).toMatch(/Cottingham Parish Council/);
    expect(session.handle('/council atlantis')).toMatch(/Unknown council "atlantis". Known councils: alsager, cottingham/);
    expect(session.handle('Who do I go to if the clerk has been rude to me?')).toMatch(/\[cottingham:7\.3\]/);
  });

  test('from a document question to a filed, routed request, then resolved by the Clerk', () => {
    // A date a week ahead, not a fixed one: a fixed date would fail this test once it had passed.
    const inAWeek = ukToday(new Date(Date.now() + 7 * 24 * 3600 * 1000));
    const councillor = newSession('jo');
    const answer = councillor.handle('I am not on the planning committee but need to read its papers on the new housing site');
    expect(answer).toMatch(/\[flitwick:58\]/);
    expect(answer).toMatch(/Shall I file a document request/);
    // "yes" fills "What documents…" with what the offer carried, as Slack's and Teams' button does (uat16).
    const accepted = councillor.handle('yes');
    expect(accepted).toMatch(/^Documents: I am not on the planning committee but need to read its papers on the new housing site \(from our conversation/);
    expect(accepted).toMatch(/Which committee or meeting/);
    expect(councillor.handle('Planning, 9 December')).toMatch(/Why do you need them/);
    expect(councillor.handle('Residents in my ward have asked me about it')).toMatch(/Needed by/);
    expect(councillor.handle('next Tuesday')).toMatch(/YYYY-MM-DD/);
    const filed = councillor.handle(inAWeek);
    expect(filed).toMatch(/is filed as #1\./);
    expect(filed).toMatch(/\nGoes to: Town Clerk \(clause flitwick:59\)/);

    const stored = queue.list({ requesterId: 'console:jo' }, OPERATOR, SEE_ALL);
    expect(stored).toHaveLength(1);
    expect(stored[0].details).toMatchObject({ what: 'I am not on the planning committee but need to read its papers on the new housing site', meeting: 'Planning, 9 December', neededBy: inAWeek });

    const clerk = newSession('clerk', 'clerk');
    expect(clerk.handle('/queue')).toMatch(/#1 Document request · New · from jo: .* · acknowledge by \w{3} \d+ \w{3} \d{4}/);
    expect(clerk.handle('/move 1 acknowledged')).toMatch(/now acknowledged/);
    expect(clerk.handle('/move 1 resolved Sent by email')).toMatch(/can move to in_progress next, not resolved/);
    expect(clerk.handle('/move 1 in_progress')).toMatch(/now in progress\./);
    expect(clerk.handle('/move 1 resolved Sent by email')).toMatch(/now resolved/);
    expect(councillor.handle('/my-requests')).toMatch(/#1 Document request · Resolved ·/);
    expect(councillor.handle('has anyone looked at my request yet?')).toMatch(/#1 Document request · Resolved: /);
  });

  test('others cannot use the Clerk\'s queue or act on requests', () => {
    const councillor = newSession('jo');
    councillor.handle('/ask-clerk When is the next training session?');
    const other = newSession('sam');
    expect(other.handle('/queue')).toMatch(/Only the Town Clerk's team can see the queue/);
    expect(other.handle('/move 1 acknowledged')).toMatch(/only|not allowed|may not|Clerk/i);
    expect(queue.list({}, OPERATOR, SEE_ALL)[0].status).toBe('new');
    expect(councillor.handle('/withdraw 1')).toMatch(/now withdrawn/);
  });

  test('complaints are confidential and routed by the council\'s protocol', () => {
    const officer = newSession('pat', 'officer');
    officer.handle('/council alsager');
    expect(officer.handle('/complaint')).toMatch(/officer, a councillor or the Town Clerk\? \(officer, councillor or clerk\)/);
    expect(officer.handle('the mayor')).toMatch(/answer one of: officer, councillor, clerk/);
    officer.handle('councillor');
    officer.handle('Shouted at me at the front desk');
    expect(officer.handle('')).toMatch(/\nGoes to: Town Clerk \(clause alsager:63\)/);
    expect(queue.list({}, OPERATOR, SEE_ALL)[0].confidential).toBe(true);
    const clerk = newSession('clerk', 'clerk');
    expect(clerk.handle('/queue')).toMatch(/\(confidential complaint\)/);
    expect(clerk.handle('/queue')).not.toMatch(/Shouted/);
  });

  test('a long answer is filed whole: the subject is shortened, the details keep every word', () => {
    const session = newSession('jo');
    const what = `${'The minutes, appendices and officer reports of every planning committee meeting since January, '.repeat(2)}please, all of them!!`.slice(0, 211);
    expect(what).toHaveLength(211);
    expect(session.handle('/request')).toMatch(/Which documents/);
    expect(session.handle('')).toMatch(/Please say which documents/);
    session.handle(what);
    session.handle('');
    session.handle('');
    expect(session.handle('')).toMatch(/is filed as #1\./);
    const [filed] = queue.list({}, OPERATOR, SEE_ALL);
    expect((filed.details as { what: string }).what).toBe(what);
    expect(filed.subject.length).toBeLessThanOrEqual(120);
    expect(what.startsWith(filed.subject.slice(0, -1))).toBe(true);
  });

  test("a complaint about the Clerk is stored under the council's title for its Clerk (Tewkesbury: Chief Executive)", () => {
    const session = newSession('jo');
    session.handle('/council tewkesbury');
    session.handle('/complaint');
    session.handle('clerk');
    session.handle('Changed the minutes after the meeting had approved them');
    expect(session.handle('')).toMatch(/is filed as #1\./);
    const [filed] = queue.list({}, OPERATOR, SEE_ALL);
    expect(filed.subject).toBe('Complaint about the Chief Executive');
  });

  test('a complaint about an officer is subject "Complaint about an officer"; a bad answer is asked again, the others kept', () => {
    const session = newSession('jo');
    session.handle('/complaint');
    session.handle('officer');
    expect(session.handle('Rude')).toMatch(/Please say what happened.*What happened\?/);
    session.handle('Was rude to me at the parish office on Monday');
    session.handle('');
    const [filed] = queue.list({}, OPERATOR, SEE_ALL);
    expect(filed.subject).toBe('Complaint about an officer');
    expect(filed.details).toEqual({ about: 'officer', whatHappened: 'Was rude to me at the parish office on Monday' });
  });

  test('a complaint about the Clerk with nobody configured: the complainant is told plainly it cannot be delivered', () => {
    const session = newSession('jo');
    session.handle('/council cottingham');
    session.handle('/complaint');
    session.handle('clerk');
    session.handle('Ignored my emails for three months');
    const reply = session.handle('');
    expect(reply).toMatch(/is filed as #1\./);
    expect(reply).toMatch(/goes to the Chair of the Personnel Committee \(clause 7\.3 of the protocol\), but nobody has been set up to receive it through this bot, so it cannot deliver it/);
    expect(newSession('clerk', 'clerk').handle('/queue')).toMatch(/No open requests/);
  });

  test('/cancel abandons a form and files nothing; unknown commands are explained', () => {
    const session = newSession();
    session.handle('/request');
    expect(session.handle('/cancel')).toMatch(/nothing was filed/);
    expect(queue.list({}, OPERATOR, SEE_ALL)).toEqual([]);
    expect(session.handle('/frobnicate')).toMatch(/I don't know the command \/frobnicate/);
    expect(session.handle('/role mayor')).toMatch(/Usage: \/role/);
    expect(session.handle('/role officer')).toMatch(/You are now an officer\./);
    expect(session.handle('/whoami')).toMatch(/officer/);
  });

  test('mid-form, "cancel" cancels and a command is never taken as an answer (UAT: "cancel" was filed as the documents wanted)', () => {
    const session = newSession();
    session.handle('/request');
    expect(session.handle('cancel')).toMatch(/Cancelled; nothing was filed\./);
    expect(queue.list({}, OPERATOR, SEE_ALL)).toEqual([]);

    session.handle('/request');
    const help = session.handle('/help');
    expect(help).toMatch(/\/cancel/);
    expect(help).toMatch(/Which documents or information do you need\?$/);
    expect(session.handle('/my-requests')).toMatch(/Which documents or information do you need\?$/);
    expect(session.handle('Minutes of the March planning meeting')).toMatch(/Which committee or meeting/);
    session.handle('');
    session.handle('');
    expect(session.handle('')).toMatch(/is filed as #1\./);
    const [filed] = queue.list({}, OPERATOR, SEE_ALL);
    expect(filed.details).toEqual({ what: 'Minutes of the March planning meeting' });
  });

  test('/quit in the middle of a form says nothing was filed, and ends the session', () => {
    const session = newSession();
    session.handle('/complaint');
    session.handle('officer');
    expect(session.handle('/quit')).toMatch(/nothing was filed.*Goodbye/s);
    expect(session.quit).toBe(true);
    expect(queue.list({}, OPERATOR, SEE_ALL)).toEqual([]);
  });

  test('/help names /cancel and the plain way to leave', () => {
    const help = newSession().handle('/help');
    expect(help).toMatch(/\/cancel +stop filling in a form/);
    expect(help).toMatch(/\/help, \/quit +\(or just quit \/ exit\)/);
  });

  test('a bare "quit" or "exit" ends the session, as in other terminal programs', () => {
    for (const word of ['quit', 'Exit', 'exit.']) {
      const session = newSession();
      expect(session.handle(word)).toBe('Goodbye.');
      expect(session.quit).toBe(true);
    }
    // Inside a sentence it is a question like any other.
    const asking = newSession();
    expect(asking.handle('can I quit the planning committee?')).not.toBe('Goodbye.');
    expect(asking.quit).toBe(false);
  });

  test('piped input is answered line by line, and notifications are printed', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk) => (printed += chunk.toString()));
    const channel = startConsole({ config: loadConfig({}), logger: silentLogger, library, queue, assistant }, { input, output, interactive: false });
    const dispatcher = new OutboxDispatcher(queue, [channel.sender], { logger: silentLogger });
    input.end('/ask-clerk Is the precept meeting open to the public?\nthanks\n/quit\n');
    await channel.closed;
    await dispatcher.runOnce();
    expect(printed).toMatch(/is filed as #1/);
    expect(printed).toMatch(/\(thanks, confidence/);
    expect(printed).toMatch(/\[Clerks' channel\] New request: #1/);
    expect(printed.indexOf('is filed as #')).toBeLessThan(printed.indexOf('(thanks'));
  });
});

describe('a console session is one conversation', () => {
  test('a follow-up is answered in context, "ok, file it" opens the pre-filled form, /new forgets', () => {
    const session = newSession('sam');
    expect(session.handle('Could I read the tender documents for the pavilion roof?')).toMatch(/\[flitwick:5[6-9]\]/);
    const followUp = session.handle('what if the clerk says no?');
    expect(followUp).toMatch(/\[flitwick:59\]/);
    const form = session.handle('ok, file it');
    expect(form).toMatch(/Documents: the tender documents for the pavilion roof \(from our conversation/);
    expect(form).toMatch(/Which committee or meeting/);
    expect(session.handle('/cancel')).toMatch(/nothing was filed/);

    expect(session.handle('/new')).toMatch(/Starting again/);
    expect(session.handle('what if the clerk says no?')).not.toMatch(/\[flitwick:59\]/);
  });

  test('"yes" and a bare /request fill the document form with the sentence that asks, as the offer\'s button does in Slack and Teams', () => {
    // UAT (uat16): the console's "yes" filled in the thread's slot ("the minutes of the last three planning
    // committee", cut short), and a bare /request after the offer asked for the documents again.
    const message = 'Hi, I was only elected last month. Could I get copies of the minutes of the last three planning committee meetings please?';
    const asked = 'Could I get copies of the minutes of the last three planning committee meetings please?';
    const viaYes = newSession('lee');
    expect(viaYes.handle(message)).toMatch(/Shall I file a document request/);
    expect(viaYes.handle('yes please')).toBe(`Documents: ${asked} (from our conversation; /cancel if that's wrong)\nDocument request. (type /cancel to stop)\nWhich committee or meeting are they for? (blank if none)`);

    const viaCommand = newSession('ash');
    viaCommand.handle(message);
    expect(viaCommand.handle('/request')).toMatch(new RegExp(`^Documents: ${asked.replace(/[?]/g, '\\?')} \\(from our conversation`));
    expect(viaCommand.handle('/cancel')).toMatch(/nothing was filed/);
    // With no offer standing, a bare /request asks for the documents.
    expect(viaCommand.handle('/request')).toMatch(/Which documents or information do you need\?/);
  });

  test('"ok how do I do that?" is a question, not a yes', () => {
    const session = newSession('kim');
    session.handle('One of the office staff was rude to me on the phone. How do I complain?');
    const how = session.handle('ok how do I do that?');
    expect(how).toMatch(/\[flitwick:(79|80)\]/);
    expect(how).not.toMatch(/Confidential complaint\./);
  });
});
