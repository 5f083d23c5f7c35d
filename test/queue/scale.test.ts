import path from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS } from '../../src/queue/db';
import { OutboxDispatcher } from '../../src/queue/outbox';
import type { Notification, NotificationSender } from '../../src/queue/types';
import { clerk, complaint, DAY, documentRequest, FakeClock, jo, openQueue, question, sam } from './helpers';
import { removeTempDirs, tempDir } from '../support/fixtures';

afterAll(removeTempDirs);

const everything: NotificationSender = { name: 'test', accepts: () => true, deliver: async () => undefined };

describe('the outbox at scale', () => {
  test("the poll reads pending rows only, through the pending indexes (its query plan says so)", () => {
    const queue = openQueue(path.join(tempDir('scale-'), 'q.sqlite'));
    try {
      const plan = queue.outbox.pollPlan();
      expect(plan.join('\n')).toMatch(/outbox_pending\b/);
      expect(plan.join('\n')).toMatch(/outbox_pending_by_request/);
      // Every step goes through an index or a primary key: no full scan of a table.
      for (const step of plan.filter((s) => /^(SCAN|SEARCH) /.test(s))) expect(step).toMatch(/USING (COVERING )?INDEX|USING INTEGER PRIMARY KEY/);
    } finally {
      queue.close();
    }
  });

  test('the look-up of the next retry, made after every round of the idle bot, reads pending rows only too', () => {
    const queue = openQueue(path.join(tempDir('scale-'), 'q.sqlite'));
    try {
      const plan = queue.outbox.nextAttemptPlan();
      expect(plan.join('\n')).toMatch(/outbox_pending\b/);
      for (const step of plan.filter((s) => /^(SCAN|SEARCH) /.test(s))) expect(step).toMatch(/USING (COVERING )?INDEX|USING INTEGER PRIMARY KEY/);
    } finally {
      queue.close();
    }
  });

  test('a delivered notification keeps its record (who, what, when, how), not a copy of the request', async () => {
    const file = path.join(tempDir('scale-'), 'q.sqlite');
    const queue = openQueue(file);
    try {
      const filed = queue.file(documentRequest());
      await new OutboxDispatcher(queue, [everything]).runOnce();
      const [record] = queue.outbox.forRequest(filed.id);
      expect(record).toMatchObject({ requestId: filed.id, audience: 'clerks', event: 'filed', deliveredVia: 'test' });
      expect(record.deliveredAt).toBeDefined();
      const raw = new Database(file, { readonly: true });
      const payloads = raw.prepare('SELECT count(*) AS n FROM outbox_payloads').get();
      raw.close();
      expect(payloads).toEqual({ n: 0 });
    } finally {
      queue.close();
    }
  });

  test("the bot's dispatcher deletes records of notifications delivered longer ago than their retention; pending ones never", async () => {
    const clock = new FakeClock();
    const queue = openQueue(path.join(tempDir('scale-'), 'q.sqlite'), { now: clock.now });
    try {
      const old = queue.file(documentRequest());
      await new OutboxDispatcher(queue, [everything]).runOnce();
      clock.advance(100 * DAY);
      const pending = queue.file(complaint('officer', sam));
      const recent = queue.file(question());
      // Delivers only the question; its first round also keeps the retention.
      await new OutboxDispatcher(queue, [{ ...everything, accepts: (n) => n.request.id === recent.id }], { deliveredRetentionDays: 90 }).runOnce();
      expect(queue.outbox.forRequest(old.id)).toEqual([]);
      expect(queue.outbox.purgeDelivered(90)).toBe(0);
      expect(queue.outbox.forRequest(recent.id)).toHaveLength(1);
      expect(queue.outbox.forRequest(pending.id)[0].deliveredAt).toBeUndefined();
      // The request and its history, the audit of what happened, stay.
      expect(queue.get(old.id, clerk).history).toHaveLength(1);
    } finally {
      queue.close();
    }
  });

  test('an existing version 2 database is upgraded: pending-only indexes, delivered copies dropped, pending ones kept', async () => {
    const file = path.join(tempDir('scale-'), 'q.sqlite');
    // The file as version 2 left it: one request whose "filed" notification was delivered, one pending.
    const old = new Database(file);
    for (const migration of MIGRATIONS.filter((m) => m.version <= 2)) old.exec(migration.sql);
    old.pragma('user_version = 2');
    const at = '2025-03-03T09:00:00.000Z';
    const insertRequest = old.prepare(
      `INSERT INTO requests (kind, council, status, requester_id, requester_name, requester_role, subject, details, route_recipient, confidential, created_at, updated_at, acknowledge_by, resolve_by)
       VALUES ('question', 'flitwick', 'new', 'console:jo', 'Jo Bloggs', 'councillor', ?, '{"question":"Do I declare a box of chocolates?"}', 'Town Clerk', 0, ?, ?, ?, ?)`,
    );
    const insertOutbox = old.prepare(
      `INSERT INTO outbox (request_id, audience, event, payload, created_at, next_attempt_at, delivered_at, delivered_via) VALUES (?, 'clerks', 'filed', ?, ?, ?, ?, ?)`,
    );
    for (const [subject, delivered] of [['Delivered one', true], ['Pending one', false]] as const) {
      const id = Number(insertRequest.run(subject, at, at, at, at).lastInsertRowid);
      const request = { id, kind: 'question', council: 'flitwick', status: 'new', subject, requester: jo, details: { question: 'Do I declare a box of chocolates?' }, routing: { recipient: 'Town Clerk' }, confidential: false, createdAt: at, updatedAt: at, acknowledgeBy: at, resolveBy: at, overdue: false };
      insertOutbox.run(id, JSON.stringify({ request }), at, at, delivered ? at : null, delivered ? 'slack' : null);
    }
    old.close();

    const queue = openQueue(file);
    try {
      expect(queue.outbox.pollPlan().join('\n')).toMatch(/outbox_pending_by_request/);
      const check = new Database(file, { readonly: true });
      expect(check.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(3);
      expect(check.prepare('SELECT outbox_id FROM outbox_payloads').all()).toEqual([{ outbox_id: 2 }]);
      check.close();
      expect(queue.outbox.forRequest(1)[0]).toMatchObject({ deliveredVia: 'slack', deliveredAt: at });
      const sent: Notification[] = [];
      await new OutboxDispatcher(queue, [{ ...everything, deliver: async (n) => void sent.push(n) }]).runOnce();
      expect(sent.map((n) => n.request.subject)).toEqual(['Pending one']);
    } finally {
      queue.close();
    }
  });
});

describe('the queue a page at a time', () => {
  test('pages follow the order of the whole list (overdue first, then oldest), with the total on each', () => {
    const clock = new FakeClock();
    const queue = openQueue(path.join(tempDir('scale-'), 'q.sqlite'), { now: clock.now });
    try {
      for (let i = 0; i < 23; i++) {
        const filed = queue.file(i % 2 ? documentRequest(jo) : question(sam));
        if (i % 3 === 0) queue.move(filed.id, 'acknowledged', clerk);
        clock.advance(DAY / 2);
      }
      clock.advance(10 * DAY); // the older ones are now overdue
      const whole = queue.list({ status: 'open' }, clerk).map((r) => r.id);
      expect(queue.list({ status: 'open' }, clerk).some((r) => r.overdue)).toBe(true);
      expect(queue.list({ status: 'open' }, clerk).some((r) => !r.overdue)).toBe(true);
      const paged: number[] = [];
      let cursor: string | undefined;
      do {
        const page = queue.page({ status: 'open' }, clerk, { limit: 5, cursor });
        expect(page.total).toBe(23);
        expect(page.requests.length).toBeLessThanOrEqual(5);
        paged.push(...page.requests.map((r) => r.id));
        cursor = page.next;
      } while (cursor);
      expect(paged).toEqual(whole);
      expect(queue.page({ status: 'open' }, clerk).requests).toHaveLength(23);
      expect(queue.page({ status: 'open' }, clerk).next).toBeUndefined();
    } finally {
      queue.close();
    }
  });

  test('a cursor the queue did not give out is refused plainly', () => {
    const queue = openQueue(path.join(tempDir('scale-'), 'q.sqlite'));
    try {
      expect(() => queue.page({}, clerk, { cursor: 'not-a-cursor' })).toThrow(/cursor/);
      expect(() => queue.page({}, clerk, { limit: 0 })).toThrow(/at least 1/);
    } finally {
      queue.close();
    }
  });
});
