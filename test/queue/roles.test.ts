import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS } from '../../src/queue/db';
import { ClerkQueue } from '../../src/queue/queue';
import { listedIn } from '../../src/queue/roles';
import type { Person } from '../../src/queue/types';
import { OPERATOR, SEE_ALL } from '../support/operator';
import { clerk, complaint, documentRequest, jo, openQueue, removeTempDirs, tempDir } from './helpers';

/** The Chair of Cottingham's Personnel Committee, configured in CLERK_COMPLAINTS_USER_IDS. */
const chair: Person = { userId: 'slack:UCHAIR', name: 'Chris Chair', role: 'councillor' };

let file: string;
let queue: ClerkQueue;
beforeEach(() => {
  file = path.join(tempDir(), 'queue.sqlite');
  queue = openQueue(file, { roles: { clerkIds: [clerk.userId], clerkComplaintsIds: ['UCHAIR'] } });
});
afterEach(() => {
  queue.close();
  removeTempDirs();
});

const codeOf = (fn: () => unknown): string => {
  try {
    fn();
    return 'no error';
  } catch (error) {
    return `${(error as { code?: string }).code}: ${(error as Error).message}`;
  }
};

describe('who is a Clerk', () => {
  test('someone listed in CLERK_USER_IDS, in any form the deployer wrote it', () => {
    expect(queue.roleOf(clerk.userId)).toBe('clerk');
    expect(listedIn(['U123'], 'slack:U123')).toBe(true);
    expect(listedIn(['slack:U123'], 'slack:U123')).toBe(true);
    expect(listedIn(['teams:29:abc'], 'teams:0000-aad', ['29:abc'])).toBe(true);
    expect(listedIn(['slack:U123'], 'teams:U123')).toBe(false);
    expect(queue.roleOf('console:nobody')).toBe('councillor');
  });

  test('never someone who filed as a Clerk: filing does not save a role', () => {
    const claimed: Person = { userId: 'console:claims', name: 'Claims To Be', role: 'clerk' };
    queue.file(documentRequest(claimed));
    expect(queue.person(claimed.userId)?.role).toBe('councillor');
    expect(queue.roleOf(claimed.userId)).toBe('councillor');
    // A Clerk who files keeps no saved Clerk role to outlive their place in CLERK_USER_IDS.
    queue.file(documentRequest(clerk));
    queue.close();
    queue = openQueue(file, { roles: { clerkIds: [] } });
    expect(queue.roleOf(clerk.userId)).toBe('councillor');
  });

  test('someone the operator saved as a Clerk, on every channel', () => {
    queue.savePerson({ userId: 'teams:deputy', name: 'Deputy Clerk', role: 'clerk' });
    expect(queue.roleOf('teams:deputy')).toBe('clerk');
    queue.file(documentRequest({ userId: 'teams:deputy', name: 'Deputy Clerk', role: 'clerk' }));
    expect(queue.roleOf('teams:deputy')).toBe('clerk');
  });

  test('a database from before: a Clerk role saved by filing is taken back when it is upgraded', () => {
    queue.close();
    // The file as version 1 left it (built from that migration, not a newer schema relabelled).
    fs.rmSync(file, { force: true });
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
    const db = new Database(file);
    for (const migration of MIGRATIONS.filter((m) => m.version <= 1)) db.exec(migration.sql);
    db.exec("INSERT INTO people (user_id, name, role, updated_at) VALUES ('console:filed', 'Filed', 'clerk', 'x'), ('console:granted', 'Granted', 'clerk', 'x')");
    db.exec(`INSERT INTO requests (kind, council, status, requester_id, requester_name, requester_role, subject, details, route_recipient,
             confidential, created_at, updated_at, acknowledge_by, resolve_by) VALUES
             ('question', 'flitwick', 'new', 'console:filed', 'Filed', 'clerk', 's', '{"question":"q"}', 'Clerk', 0, 'x', 'x', 'x', 'x')`);
    db.exec(`INSERT INTO requests (kind, council, status, requester_id, requester_name, requester_role, subject, details, route_recipient,
             confidential, created_at, updated_at, acknowledge_by, resolve_by) VALUES
             ('complaint', 'cottingham', 'new', 'console:jo', 'Jo', 'councillor', 's', '{"about":"clerk","whatHappened":"w"}', 'Chair', 1, 'x', 'x', 'x', 'x')`);
    const aboutClerk = (db.prepare('SELECT max(id) AS id FROM requests').get() as { id: number }).id;
    db.prepare("INSERT INTO outbox (request_id, audience, event, payload, created_at, next_attempt_at) VALUES (?, 'clerks', 'filed', '{}', 'x', 'x')").run(aboutClerk);
    db.pragma('user_version = 1');
    db.close();
    queue = openQueue(file, { roles: { clerkIds: [] } });
    expect(queue.roleOf('console:filed')).toBe('councillor');
    expect(queue.roleOf('console:granted')).toBe('clerk');
    // A notice of a complaint about the Clerk still waiting for the Clerks' channel is dropped.
    expect(queue.outbox.forRequest(aboutClerk)).toEqual([]);
  });
});

describe('a complaint about the Clerk', () => {
  test('reaches only the configured person, privately, with the whole complaint', () => {
    const filed = queue.file(complaint('clerk', jo, 'cottingham'));
    expect(filed.routing.recipient).toBe('Chair of the Personnel Committee');
    const rows = queue.outbox.forRequest(filed.id);
    expect(rows.map((r) => [r.audience, r.recipient])).toEqual([['clerk_complaints', 'UCHAIR']]);
    expect(queue.get(filed.id, chair).details).toEqual(filed.details);
    expect(queue.list({ status: 'open' }, chair).map((r) => r.id)).toEqual([filed.id]);
  });

  test('does not exist for a Clerk: not listed, not shown, not moved', () => {
    const filed = queue.file(complaint('clerk', jo, 'cottingham'));
    const other = queue.file(complaint('officer', jo, 'cottingham'));
    expect(queue.list({ status: 'open' }, clerk).map((r) => r.id)).toEqual([other.id]);
    expect(codeOf(() => queue.get(filed.id, clerk))).toBe(`not_found: there is no request #${filed.id}`);
    for (const to of ['acknowledged', 'refused'] as const) {
      expect(codeOf(() => queue.move(filed.id, to, clerk, 'I did nothing wrong'))).toBe(`not_found: there is no request #${filed.id}`);
    }
    // Asked whether the Clerk may act on it, the queue says the same (uat18: Slack's button checked this first and told
    // the Clerk "Only the Clerk's team can acknowledge …").
    expect(codeOf(() => queue.actsAsClerk(filed.id, clerk))).toBe(`not_found: there is no request #${filed.id}`);
    expect(queue.get(filed.id, jo).status).toBe('new');
  });

  test('is acted on by the configured person, and its complainant is told', () => {
    const filed = queue.file(complaint('clerk', jo, 'cottingham'));
    expect(queue.actsAsClerk(filed.id, chair)).toBe(true);
    const moved = queue.move(filed.id, 'acknowledged', chair);
    expect(moved.status).toBe('acknowledged');
    const rows = queue.outbox.forRequest(filed.id);
    expect(rows.map((r) => [r.audience, r.event])).toEqual([
      ['clerk_complaints', 'filed'],
      ['requester', 'status_changed'],
      ['clerk_complaints', 'status_changed'],
    ]);
    // The configured person has no other Clerk rights.
    const other = queue.file(documentRequest(jo));
    expect(codeOf(() => queue.move(other.id, 'acknowledged', chair))).toMatch(/^forbidden/);
  });

  test('with nobody configured, is told to nobody (never to the Clerk) and the operator sees it', () => {
    queue.close();
    queue = openQueue(file, { roles: { clerkIds: [clerk.userId] } });
    const filed = queue.file(complaint('clerk', jo, 'cottingham'));
    expect(queue.outbox.forRequest(filed.id)).toEqual([]);
    expect(queue.roles.clerkComplaintsDeliverable).toBe(false);
    expect(queue.list({}, OPERATOR, SEE_ALL).map((r) => r.id)).toEqual([filed.id]);
    expect(queue.list({}, clerk)).toEqual([]);
    expect(queue.addressedToSomeone(filed.id)).toBe(false);

    // Configured later, the person is sent what was waiting, once.
    queue.close();
    queue = openQueue(file, { roles: { clerkIds: [clerk.userId], clerkComplaintsIds: ['UCHAIR'] } });
    expect(queue.outbox.forRequest(filed.id).map((r) => [r.audience, r.recipient, r.event])).toEqual([['clerk_complaints', 'UCHAIR', 'filed']]);
    expect(queue.addressedToSomeone(filed.id)).toBe(true);
    queue.close();
    queue = openQueue(file, { roles: { clerkIds: [clerk.userId], clerkComplaintsIds: ['UCHAIR'] } });
    expect(queue.outbox.forRequest(filed.id)).toHaveLength(1);
  });
});
