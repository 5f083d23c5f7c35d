import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Assistant } from '../../../src/assistant/assistant';
import { ConsoleSession } from '../../../src/channels/console/session';
import { ProtocolLibrary } from '../../../src/protocols/library';
import { ClerkQueue } from '../../../src/queue/queue';
import { printedByConsoleOutbox } from '../../support/console';
import { MODEL_CACHE_DIR } from '../../support/model';

/**
 * The console follows the core's one rule of who is a Clerk (CLERK_USER_IDS, or a role the
 * operator saved), and prints what other people typed as harmless text: the console is a
 * terminal, like `protocol-bot queue list`.
 */

const root = path.join(__dirname, '../../..');
const library = ProtocolLibrary.load(path.join(root, 'data/protocols'));
const config = { COUNCIL: 'flitwick', INTENTS_DIR: path.join(root, 'intents'), MODEL_CACHE_DIR };
let dir: string;
let queue: ClerkQueue;
let assistant: Assistant;

function open(clerkIds: string[] = [], clerkComplaintsIds: string[] = []): void {
  queue = ClerkQueue.open({ path: path.join(dir, 'q.sqlite'), library, roles: { clerkIds, clerkComplaintsIds } });
  assistant = Assistant.create({ config, library, queue });
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'console-roles-'));
});
afterEach(() => {
  queue.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const session = (name: string) => new ConsoleSession(assistant, queue, { userId: `console:${name}`, name, role: 'councillor' });

describe('who is a Clerk in the console', () => {
  test('someone listed in CLERK_USER_IDS is a Clerk there, with no /role needed', () => {
    open(['console:pat']);
    const pat = session('pat');
    expect(pat.handle('/whoami')).toMatch(/a clerk/);
    expect(pat.handle('/queue')).toMatch(/No open requests/);
  });

  test('taken out of CLERK_USER_IDS, they are a Clerk no more, even after changing their name', () => {
    open(['console:pat']);
    expect(session('pat').handle('/name Pat Clerk')).toMatch(/I'll call you Pat Clerk/);
    queue.close();
    open([]);
    const pat = session('pat');
    expect(pat.handle('/whoami')).toMatch(/^You are Pat Clerk \(console:pat\), a councillor/);
    expect(pat.handle('/queue')).toMatch(/Only the Town Clerk's team can see the queue/);
  });

  test('a role set at the console is the operator\'s, saved through the core, and says what the one rule makes of it', () => {
    open(['console:pat']);
    const pat = session('pat');
    expect(pat.handle('/role councillor')).toMatch(/remain.*clerk/i);
    expect(pat.handle('/queue')).toMatch(/No open requests/);
    const jo = session('jo');
    expect(jo.handle('/role officer')).toMatch(/You are now an officer\./);
    expect(queue.roleOf('console:jo')).toBe('officer');
  });
});

describe('a complaint about the Clerk filed at the console', () => {
  test('is deliverable by the core\'s one rule: with someone configured, the complainant is not told it cannot be delivered', () => {
    open([], ['console:chair']);
    const jo = session('jo');
    jo.handle('/council cottingham');
    jo.handle('/complaint');
    jo.handle('clerk');
    jo.handle('Ignored my emails for three months');
    const reply = jo.handle('');
    expect(reply).toMatch(/is filed as #1\./);
    expect(reply).not.toMatch(/cannot deliver/);
  });
});

describe("a request's history in /show", () => {
  test('names who moved it, as the cards do, not by id (uat13: "Acknowledged by teams:2222…")', () => {
    open(['console:pat', 'teams:29:sam']);
    const filed = queue.file({ kind: 'document_access', council: 'flitwick', requester: { userId: 'slack:UJO', name: 'Jo Bloggs', role: 'councillor' }, subject: 'Minutes', details: { what: 'the minutes' } });
    const sam = { userId: 'teams:29:sam', name: 'Sam Stone', role: 'clerk' as const };
    queue.savePerson(sam); // as Teams does at every turn (teams/identity.ts)
    queue.move(filed.id, 'acknowledged', sam, 'Looking into it');
    const shown = session('pat').handle(`/show ${filed.id}`);
    expect(shown).toMatch(/New → Acknowledged by Sam Stone: Looking into it/);
    expect(shown).toMatch(/ New by Jo Bloggs$/m);
    expect(shown).not.toContain('teams:29:sam');
    expect(shown).not.toContain('slack:UJO');
  });
});

describe('text other people typed, printed in the console', () => {
  // Control characters are exactly what the test looks for (a line break aside).
  // eslint-disable-next-line no-control-regex
  const ESCAPES = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

  test('a subject, name, details and note with terminal escapes are printed harmless in /queue, /show and notifications', async () => {
    open(['console:pat']);
    const filed = queue.file({
      kind: 'document_access',
      council: 'flitwick',
      requester: { userId: 'slack:UEVIL', name: 'Eve\u001b]0;pwned\u0007', role: 'councillor' },
      subject: 'Minutes \u001b[31mRED\u001b[0m \u001b[2J',
      details: { what: 'the minutes\u001b[8m hidden' },
    });
    const pat = session('pat');
    for (const command of ['/queue', `/show ${filed.id}`]) {
      const shown = pat.handle(command);
      expect(shown).toMatch(/Minutes .*RED/);
      expect(shown).not.toMatch(ESCAPES);
    }

    const printed = await printedByConsoleOutbox({ library, queue, assistant });
    expect(printed).toMatch(/\[Clerks' channel\] New request: #1 .*Minutes/);
    expect(printed).not.toMatch(ESCAPES);
  });
});
