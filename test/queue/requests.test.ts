import { OPERATOR, SEE_ALL } from '../support/operator';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase, SCHEMA_VERSION } from '../../src/queue/db';
import { ClerkQueue } from '../../src/queue/queue';
import { NewRequest, QueueError } from '../../src/queue/types';
import {
  clerk,
  complaint,
  DAY,
  documentRequest,
  dumpDatabase,
  FakeClock,
  jo,
  library,
  openQueue,
  question,
  removeTempDirs,
  sam,
  tempDir,
} from './helpers';

let file: string;
let clock: FakeClock;
let queue: ClerkQueue;

beforeEach(() => {
  file = path.join(tempDir(), 'nested', 'folder', 'queue.sqlite');
  clock = new FakeClock();
  queue = openQueue(file, { now: clock.now });
});
afterEach(() => {
  queue.close();
  removeTempDirs();
});

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof QueueError) return `${error.code}: ${error.message}`;
    throw error;
  }
  return 'no error';
}

describe('the database', () => {
  test('is created with its folder on first open, in WAL mode, at the latest schema version', () => {
    expect(fs.existsSync(file)).toBe(true);
    // It holds confidential complaints: no one but the bot's own user may read it.
    expect(fs.statSync(file).mode & 0o077).toBe(0);
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    } finally {
      db.close();
    }
  });

  test('reopening keeps what was filed and does not migrate twice', () => {
    const { id } = queue.file(documentRequest());
    queue.close();
    queue = openQueue(file, { now: clock.now });
    expect(queue.get(id, clerk).subject).toBe('Planning committee papers');
  });

  test('an idle background checkpointer slows down, and a filing brings it back at once', async () => {
    // Brisk every 10 ms, once in ten minutes after a round that found nothing new: idle for a
    // moment, its next round is minutes away, so only the filing's own notice brings the checkpoint.
    const bot = openQueue(path.join(tempDir(), 'bot.sqlite'), { backgroundCheckpoints: true, checkpointTimings: { intervalMs: 10, idleIntervalMaxMs: 600_000 } });
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const checkpointed = bot.checkpointer!.nextCheckpoint(false);
      bot.file(documentRequest());
      const result = await checkpointed;
      expect(result.checkpointed).toBe(result.log);
    } finally {
      bot.close();
    }
    // Nothing here is timed: the allowance is for a worker thread starting on a loaded machine.
  }, 20_000);

  test('a background thread can checkpoint the WAL, leaving commits to the requests', async () => {
    const bot = openQueue(path.join(tempDir(), 'bot.sqlite'), { backgroundCheckpoints: true });
    try {
      for (let i = 0; i < 50; i += 1) bot.file(documentRequest());
      const result = await bot.checkpointer!.nextCheckpoint();
      expect(result.log).toBeGreaterThan(0);
      expect(result.checkpointed).toBe(result.log);
      expect(bot.checkpointer!.lastError).toBeUndefined();
    } finally {
      bot.close();
    }
  });

  test('a database from a newer version of the program is not touched', () => {
    queue.close();
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openDatabase(file)).toThrow(/newer than this program's/);
    queue = openQueue(path.join(tempDir(), 'other.sqlite'));
  });
});

describe('filing', () => {
  test('a document request is stored, routed, and announced to the Clerks\' channel only', () => {
    const filed = queue.file(documentRequest());
    expect(filed).toMatchObject({
      kind: 'document_access',
      council: 'flitwick',
      status: 'new',
      requester: jo,
      confidential: false,
      routing: { recipient: 'Town Clerk', clause: '59' },
      createdAt: clock.now().toISOString(),
    });
    expect(queue.get(filed.id, jo)).toEqual({ ...filed, history: [{ at: filed.createdAt, by: jo.userId, from: null, to: 'new' }] });
    expect(queue.outbox.forRequest(filed.id).map((n) => [n.audience, n.event, n.deliveredAt])).toEqual([['clerks', 'filed', undefined]]);
  });

  test('a complaint is always confidential, whatever the caller says', () => {
    const filed = queue.file({ ...complaint('officer'), confidential: false } as unknown as NewRequest);
    expect(filed.confidential).toBe(true);
    expect(queue.list({ requesterId: jo.userId }, OPERATOR, SEE_ALL)[0].confidential).toBe(true);
    expect(queue.file(question()).confidential).toBe(false);
  });

  test('text is trimmed and unknown fields are dropped', () => {
    const filed = queue.file({ ...question(), subject: '  Gifts  ', details: { question: ' May I? ', extra: 'x' } } as unknown as NewRequest);
    expect(filed.subject).toBe('Gifts');
    expect(filed.details).toEqual({ question: 'May I?' });
  });

  test('the same idempotency key files once and returns the same request', () => {
    const first = queue.file(documentRequest(), { idempotencyKey: 'slack:view:V123' });
    clock.advance(1000);
    const again = queue.file(documentRequest(), { idempotencyKey: 'slack:view:V123' });
    expect(again).toEqual(first);
    expect(queue.list({}, OPERATOR, SEE_ALL)).toHaveLength(1);
    expect(queue.outbox.forRequest(first.id)).toHaveLength(1);
    expect(queue.file(documentRequest(), { idempotencyKey: 'slack:view:V124' }).id).not.toBe(first.id);
  });

  test("the same key from someone else files their own request and never returns the first person's", () => {
    // uat12: a form submission carrying a key already used by another person got that person's
    // request back (its number, routing and status) in its receipt, and filed nothing.
    const jos = queue.file(documentRequest(jo), { idempotencyKey: 'slack:view:V123' });
    const sams = queue.file(complaint('clerk', sam), { idempotencyKey: 'slack:view:V123' });
    expect(sams.id).not.toBe(jos.id);
    expect(sams).toMatchObject({ kind: 'complaint', requester: { userId: sam.userId } });
    expect(queue.file(complaint('clerk', sam), { idempotencyKey: 'slack:view:V123' }).id).toBe(sams.id);
    expect(queue.list({}, OPERATOR, SEE_ALL)).toHaveLength(2);
  });

  test('filing records who the requester is', () => {
    queue.file(question({ userId: 'slack:U1', name: 'Ann Other', role: 'officer' }));
    expect(queue.person('slack:U1')).toEqual({ userId: 'slack:U1', name: 'Ann Other', role: 'officer' });
  });

  const bad: Array<[string, unknown, RegExp]> = [
    ['an empty subject', { ...documentRequest(), subject: '   ' }, /the subject must not be empty/],
    ['a subject of 201 characters', { ...documentRequest(), subject: 'x'.repeat(201) }, /the subject is too long/],
    ['an unknown kind', { ...documentRequest(), kind: 'grievance' }, /the kind must be one of/],
    ['an unknown council', { ...documentRequest(), council: 'atlantis' }, /unknown council "atlantis"; known councils: alsager/],
    ['a complaint about nobody', { ...complaint('officer'), details: { whatHappened: 'x' } }, /a complaint is about one of/],
    ['a complaint about the mayor', { ...complaint('officer'), details: { about: 'mayor', whatHappened: 'x' } }, /a complaint is about one of/],
    ['a complaint with nothing said', { ...complaint('officer'), details: { about: 'officer', whatHappened: '' } }, /what happened must not be empty/],
    ['a document request for nothing', { ...documentRequest(), details: { what: ' ' } }, /what is requested must not be empty/],
    ['an impossible date', { ...documentRequest(), details: { what: 'x', neededBy: '2025-02-30' } }, /that date does not exist/],
    ['a badly written date', { ...documentRequest(), details: { what: 'x', neededBy: 'next week' } }, /YYYY-MM-DD/],
    ['a requester with no id', { ...documentRequest(), requester: { ...jo, userId: '' } }, /the user id must not be empty/],
    ['a requester with an unknown role', { ...documentRequest(), requester: { ...jo, role: 'mayor' } }, /the role must be one of councillor, officer, clerk/],
    ['no details at all', { ...question(), details: undefined }, /details/],
  ];
  test.each(bad)('%s is refused and nothing is written', (_what, request, message) => {
    const before = dumpDatabase(file);
    expect(codeOf(() => queue.file(request as NewRequest))).toMatch(new RegExp(`^invalid: .*${message.source}`));
    expect(dumpDatabase(file)).toBe(before);
  });
});

describe('listing', () => {
  test('filters by status, open, requester and council', () => {
    const a = queue.file(documentRequest(jo, 'flitwick')).id;
    const b = queue.file(complaint('officer', sam, 'alsager')).id;
    const c = queue.file(question(jo, 'alsager')).id;
    queue.move(c, 'withdrawn', jo);
    queue.move(b, 'acknowledged', clerk);
    expect(queue.list({}, OPERATOR, SEE_ALL).map((r) => r.id)).toEqual([a, b, c]);
    expect(queue.list({ status: 'open' }, OPERATOR, SEE_ALL).map((r) => r.id)).toEqual([a, b]);
    expect(queue.list({ status: 'withdrawn' }, OPERATOR, SEE_ALL).map((r) => r.id)).toEqual([c]);
    expect(queue.list({ requesterId: jo.userId }, OPERATOR, SEE_ALL).map((r) => r.id)).toEqual([a, c]);
    expect(queue.list({ council: 'alsager', status: 'open' }, OPERATOR, SEE_ALL).map((r) => r.id)).toEqual([b]);
    expect(queue.list({ limit: 1 }, OPERATOR, SEE_ALL).map((r) => r.id)).toEqual([a]);
    expect(codeOf(() => queue.list({ status: 'lost' as 'new' }, OPERATOR, SEE_ALL))).toMatch(/^invalid: the status must be open or one of/);
  });
});

describe('people, feedback, unanswered questions and channel references', () => {
  test('a saved person\'s role is kept and can change', () => {
    expect(queue.person('slack:U9')).toBeUndefined();
    queue.savePerson({ userId: 'slack:U9', name: 'Pat', role: 'clerk' });
    expect(queue.person('slack:U9')?.role).toBe('clerk');
    queue.savePerson({ userId: 'slack:U9', name: 'Pat', role: 'councillor' });
    expect(queue.person('slack:U9')?.role).toBe('councillor');
    expect(codeOf(() => queue.savePerson({ userId: 'x', name: '', role: 'clerk' }))).toMatch(/^invalid: the name must not be empty/);
  });

  test('unanswered questions are kept for the retention period, then removed on the next open', () => {
    queue.close();
    queue = openQueue(file, { now: clock.now, unansweredRetentionDays: 30 });
    queue.recordUnanswered({ userId: jo.userId, council: 'flitwick', text: 'Can I park at the office?', intent: 'out_of_scope', confidence: 0.2 });
    clock.advance(20 * DAY);
    queue.recordUnanswered({ userId: sam.userId, council: 'flitwick', text: 'x'.repeat(5000), intent: 'gifts', confidence: 0.4 });
    expect(queue.unanswered().map((u) => u.userId)).toEqual([sam.userId, jo.userId]);
    expect(queue.unanswered()[0].text).toHaveLength(2000);

    clock.advance(11 * DAY); // Jo's question is now 31 days old
    queue.close();
    queue = openQueue(file, { now: clock.now, unansweredRetentionDays: 30 });
    expect(queue.unanswered().map((u) => u.userId)).toEqual([sam.userId]);
    expect(codeOf(() => queue.recordUnanswered({ userId: 'x', council: 'flitwick', text: ' ', intent: 'none', confidence: 0 }))).toMatch(/^invalid/);
  });

  test('feedback is recorded and appears in the person\'s export', () => {
    queue.recordFeedback({ userId: jo.userId, council: 'flitwick', intent: 'document_access', helpful: false, clauseRefs: ['58', '59'] });
    expect(queue.exportPerson(jo.userId).feedback).toEqual([
      { userId: jo.userId, council: 'flitwick', intent: 'document_access', helpful: false, clauseRefs: ['58', '59'], at: clock.now().toISOString() },
    ]);
    expect(codeOf(() => queue.recordFeedback({ userId: jo.userId, council: 'flitwick', intent: 'x', helpful: 'yes' as unknown as boolean, clauseRefs: [] }))).toMatch(/^invalid/);
  });

  test('channel posts and conversation references are remembered and replaced', () => {
    const { id } = queue.file(documentRequest());
    expect(queue.channelPost(id, 'slack')).toBeUndefined();
    queue.setChannelPost(id, 'slack', 'C1/1700000000.0001');
    queue.setChannelPost(id, 'slack', 'C1/1700000000.0002');
    queue.setChannelPost(id, 'teams', '{"activityId":"a"}');
    expect(queue.channelPost(id, 'slack')).toBe('C1/1700000000.0002');
    expect(queue.channelPost(id, 'teams')).toBe('{"activityId":"a"}');
    expect(codeOf(() => queue.setChannelPost(424242, 'slack', 'x'))).toMatch(/^not_found/);

    queue.setConversationReference('teams', 'teams:abc', '{"conversation":{"id":"1"}}');
    queue.setConversationReference('teams', 'teams:abc', '{"conversation":{"id":"2"}}');
    expect(queue.conversationReference('teams', 'teams:abc')).toBe('{"conversation":{"id":"2"}}');
    expect(queue.conversationReference('teams', 'teams:other')).toBeUndefined();
  });
});

describe('purge', () => {
  test('deletes closed requests older than the limit with their rows, and keeps every open one', () => {
    const oldOpen = queue.file(documentRequest()).id;
    const oldResolved = queue.file(documentRequest()).id;
    for (const to of ['acknowledged', 'in_progress', 'resolved'] as const) queue.move(oldResolved, to, clerk);
    queue.setChannelPost(oldResolved, 'slack', 'C1/1');
    const oldWithdrawn = queue.file(question()).id;
    queue.move(oldWithdrawn, 'withdrawn', jo);
    clock.advance(100 * DAY);
    const recentRefused = queue.file(complaint('officer')).id;
    for (const to of ['acknowledged', 'in_progress'] as const) queue.move(recentRefused, to, clerk);
    queue.move(recentRefused, 'refused', clerk, 'Not a matter for the council');

    const result = queue.purge(90);
    expect(result).toEqual({ requests: 2, history: 4 + 2, outbox: 7 + 3, channelPosts: 1, unanswered: 0 });
    expect(queue.list({}, OPERATOR, SEE_ALL).map((r) => r.id)).toEqual([oldOpen, recentRefused]);
    expect(queue.outbox.forRequest(oldResolved)).toEqual([]);
    expect(codeOf(() => queue.get(oldResolved, clerk))).toMatch(/^not_found/);

    // A purged id is never given to a new request.
    expect(queue.file(question()).id).toBeGreaterThan(recentRefused);
    expect(queue.purge(0).requests).toBe(1);
    expect(codeOf(() => queue.purge(-1))).toMatch(/^invalid/);
  });

  test('removes unanswered questions past retention', () => {
    queue.recordUnanswered({ userId: jo.userId, council: 'flitwick', text: 'old', intent: 'none', confidence: 0.1 });
    clock.advance(91 * DAY);
    expect(queue.purge(365).unanswered).toBe(1);
  });
});

describe('export for a subject access request', () => {
  test('holds the person, their requests with history (confidential ones too), their actions, feedback and unanswered questions', () => {
    queue.savePerson(clerk);
    const mine = queue.file(complaint('clerk', jo)).id;
    const theirs = queue.file(question(sam)).id;
    queue.move(mine, 'withdrawn', jo, 'Sorted it out in person');
    queue.move(theirs, 'acknowledged', clerk, 'On it');
    queue.recordUnanswered({ userId: jo.userId, council: 'flitwick', text: 'Where is the car park?', intent: 'none', confidence: 0.1 });

    const held = queue.exportPerson(jo.userId);
    expect(held.person).toMatchObject(jo);
    expect(held.requests.map((r) => [r.id, r.confidential, r.history.map((h) => h.to)])).toEqual([[mine, true, ['new', 'withdrawn']]]);
    expect(held.unanswered.map((u) => u.text)).toEqual(['Where is the car park?']);
    expect(JSON.stringify(held)).not.toContain('Gifts register');

    const clerkHeld = queue.exportPerson(clerk.userId);
    expect(clerkHeld.requests).toEqual([]);
    expect(clerkHeld.actions).toEqual([{ requestId: theirs, at: clock.now().toISOString(), from: 'new', to: 'acknowledged' }]);

    expect(queue.exportPerson('slack:nobody')).toMatchObject({ person: null, requests: [], actions: [], feedback: [], unanswered: [] });
  });
});

describe('backup', () => {
  test('makes a consistent copy that opens with everything in it', async () => {
    const { id } = queue.file(complaint('officer'));
    const copy = path.join(tempDir(), 'backup.sqlite');
    const { pages } = await queue.backup(copy);
    expect(pages).toBeGreaterThan(0);
    expect(fs.statSync(copy).mode & 0o077).toBe(0);
    await expect(queue.backup(copy)).rejects.toThrow(/EEXIST/);
    const restored = ClerkQueue.open({ path: copy, library: library() });
    try {
      expect(restored.integrityCheck()).toBe('ok');
      expect(restored.get(id, clerk).details).toEqual(complaint('officer').details);
    } finally {
      restored.close();
    }
  });
});
