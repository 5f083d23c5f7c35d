import path from 'node:path';
import { createLogger } from '../../src/log';
import { backoffDelay, OutboxDispatcher } from '../../src/queue/outbox';
import { ClerkQueue } from '../../src/queue/queue';
import { NewRequest, Notification, NotificationSender } from '../../src/queue/types';
import { clerk, complaint, documentRequest, FakeClock, jo, openQueue, question, removeTempDirs, sam, tempDir } from './helpers';

/** A channel that is down for its first `failures` deliveries, then works. */
class FlakySender implements NotificationSender {
  readonly delivered: Notification[] = [];
  calls = 0;
  constructor(
    readonly name: string,
    private failures: number,
    private readonly accept: (n: Notification) => boolean = () => true,
  ) {}
  accepts(notification: Notification): boolean {
    return this.accept(notification);
  }
  async deliver(notification: Notification): Promise<void> {
    this.calls += 1;
    await new Promise((resolve) => setImmediate(resolve));
    if (this.failures > 0) {
      this.failures -= 1;
      throw new Error('slack is down (503)');
    }
    this.delivered.push(notification);
  }
}

let file: string;
let clock: FakeClock;
let queue: ClerkQueue;
const SECOND = 1000;

beforeEach(() => {
  file = path.join(tempDir(), 'queue.sqlite');
  clock = new FakeClock();
  queue = openQueue(file, { now: clock.now });
});
afterEach(() => {
  queue.close();
  removeTempDirs();
});

describe('backoff', () => {
  test('doubles from the base and stops at the cap', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, 5_000, 60_000))).toEqual([5_000, 10_000, 20_000, 40_000, 60_000]);
    expect(backoffDelay(500, 5_000, 15 * 60_000)).toBe(15 * 60_000);
  });
});

describe('delivery through a channel that fails, then recovers', () => {
  test('retries with backoff, records each attempt and the error, and delivers exactly once', async () => {
    const sender = new FlakySender('slack', 2);
    const dispatcher = new OutboxDispatcher(queue, [sender], { backoffBaseMs: 5 * SECOND, backoffMaxMs: 60 * SECOND });
    const { id } = queue.file(documentRequest());
    const [pending] = queue.outbox.forRequest(id);

    expect(await dispatcher.runOnce()).toBe(0);
    expect(queue.outbox.forRequest(id)[0]).toMatchObject({ attempts: 1, lastError: 'slack is down (503)' });
    expect(queue.outbox.forRequest(id)[0].nextAttemptAt).toBe(new Date(clock.now().getTime() + 5 * SECOND).toISOString());

    // Not due yet: the channel is not even asked.
    expect(await dispatcher.runOnce()).toBe(0);
    expect(sender.calls).toBe(1);

    clock.advance(5 * SECOND);
    expect(await dispatcher.runOnce()).toBe(0);
    expect(queue.outbox.forRequest(id)[0]).toMatchObject({ attempts: 2 });

    clock.advance(9 * SECOND); // the second retry waits 10 s
    expect(await dispatcher.runOnce()).toBe(0);
    expect(sender.calls).toBe(2);

    clock.advance(1 * SECOND);
    expect(await dispatcher.runOnce()).toBe(1);
    expect(sender.delivered.map((n) => n.id)).toEqual([pending.id]);
    expect(queue.outbox.forRequest(id)[0]).toMatchObject({ attempts: 3, deliveredAt: clock.now().toISOString(), deliveredVia: 'slack' });

    clock.advance(60 * 60 * SECOND);
    expect(await dispatcher.runOnce()).toBe(0);
    expect(sender.calls).toBe(3);
  });

  test('what is pending survives closing and reopening the database, and is delivered once after', async () => {
    const down = new FlakySender('slack', Infinity);
    await new OutboxDispatcher(queue, [down]).runOnce();
    const { id } = queue.file(complaint('officer'));
    queue.move(id, 'acknowledged', clerk);
    await new OutboxDispatcher(queue, [down]).runOnce();
    queue.close();

    clock.advance(15 * 60 * SECOND);
    queue = openQueue(file, { now: clock.now });
    const up = new FlakySender('slack', 0);
    expect(await new OutboxDispatcher(queue, [up]).runOnce()).toBe(3);
    expect(up.delivered.map((n) => [n.audience, n.event, n.request.status])).toEqual([
      ['clerks', 'filed', 'new'],
      ['requester', 'status_changed', 'acknowledged'],
      ['clerks', 'status_changed', 'acknowledged'],
    ]);
    queue.close();

    clock.advance(60 * 60 * SECOND);
    queue = openQueue(file, { now: clock.now });
    const again = new FlakySender('slack', 0);
    expect(await new OutboxDispatcher(queue, [again]).runOnce()).toBe(0);
    expect(again.calls).toBe(0);
  });

  test('a later notification for the same request and audience waits for the earlier one', async () => {
    const sender = new FlakySender('slack', 1, (n) => n.audience === 'clerks');
    const dispatcher = new OutboxDispatcher(queue, [sender]);
    const { id } = queue.file(documentRequest());
    queue.move(id, 'acknowledged', clerk);
    expect(await dispatcher.runOnce()).toBe(0); // "filed" failed; "acknowledged" must not overtake it
    expect(sender.calls).toBe(1);
    clock.advance(5 * SECOND);
    expect(await dispatcher.runOnce()).toBe(2);
    expect(sender.delivered.map((n) => n.event)).toEqual(['filed', 'status_changed']);
  });
});

describe('choosing a channel', () => {
  test('each notification goes to the first channel that accepts it; one nobody accepts waits, unattempted', async () => {
    const slack = new FlakySender('slack', 0, (n) => n.audience === 'clerks' || Boolean(n.recipient?.startsWith('slack:')));
    const consoleSender = new FlakySender('console', 0, (n) => n.audience === 'requester' && Boolean(n.recipient?.startsWith('console:')));
    const teamsUser = { userId: 'teams:aad-1', name: 'Tee', role: 'councillor' as const };
    const a = queue.file(question(jo)).id;
    const b = queue.file(question(teamsUser)).id;
    queue.move(a, 'acknowledged', clerk);
    queue.move(b, 'acknowledged', clerk);

    expect(await new OutboxDispatcher(queue, [slack, consoleSender]).runOnce()).toBe(5);
    expect(consoleSender.delivered.map((n) => [n.requestId, n.recipient])).toEqual([[a, jo.userId]]);
    expect(slack.delivered.filter((n) => n.audience === 'requester')).toEqual([]);
    const waiting = queue.outbox.forRequest(b).find((n) => n.audience === 'requester')!;
    expect(waiting).toMatchObject({ attempts: 0, recipient: 'teams:aad-1' });
    expect(waiting.deliveredAt).toBeUndefined();

    // When Teams starts, the waiting one goes out.
    const teams = new FlakySender('teams', 0, (n) => Boolean(n.recipient?.startsWith('teams:')));
    expect(await new OutboxDispatcher(queue, [slack, consoleSender, teams]).runOnce()).toBe(1);
    expect(queue.outbox.forRequest(b).find((n) => n.audience === 'requester')).toMatchObject({ deliveredVia: 'teams', attempts: 1 });
  });

  test('a notification carries the request as it was and the change that caused it', async () => {
    const sender = new FlakySender('console', 0);
    const { id } = queue.file(documentRequest());
    queue.move(id, 'acknowledged', clerk, 'Will send by Friday');
    await new OutboxDispatcher(queue, [sender]).runOnce();
    const toRequester = sender.delivered.find((n) => n.audience === 'requester')!;
    expect(toRequester).toMatchObject({
      requestId: id,
      recipient: jo.userId,
      event: 'status_changed',
      request: { id, status: 'acknowledged', routing: { recipient: 'Town Clerk', clause: '59' } },
      change: { from: 'new', to: 'acknowledged', by: clerk.userId, note: 'Will send by Friday' },
    });
    expect(sender.delivered.find((n) => n.event === 'filed')).toMatchObject({ audience: 'clerks', request: { status: 'new' } });
    expect(sender.delivered.find((n) => n.event === 'filed')?.recipient).toBeUndefined();
  });
});

describe('two dispatchers on one database', () => {
  test('never deliver one notification id twice', async () => {
    const other = openQueue(file, { now: clock.now });
    try {
      const delivered: number[] = [];
      const recordingSender = (name: string): NotificationSender => ({
        name,
        accepts: () => true,
        deliver: async (n) => {
          await new Promise((resolve) => setTimeout(resolve, 1));
          delivered.push(n.id);
        },
      });
      const first = new OutboxDispatcher(queue, [recordingSender('first')], { batchSize: 3 });
      const second = new OutboxDispatcher(other, [recordingSender('second')], { batchSize: 3 });
      for (let i = 0; i < 20; i += 1) {
        const { id } = queue.file(i % 2 ? complaint('officer', sam) : documentRequest(jo));
        other.move(id, 'acknowledged', clerk);
        await Promise.all([first.runOnce(), second.runOnce()]);
      }
      await Promise.all([first.runOnce(), second.runOnce(), first.runOnce(), second.runOnce()]);

      expect(delivered).toHaveLength(60);
      expect(new Set(delivered).size).toBe(60);
      expect(queue.outbox.pendingCount()).toBe(0);
    } finally {
      other.close();
    }
  });
});

describe('running in the background', () => {
  test('start() delivers without being asked and stop() waits for the delivery in progress', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const deliveryStarted = new Promise<void>((resolve) => (started = resolve));
    const delivered: number[] = [];
    const sender: NotificationSender = {
      name: 'console',
      accepts: () => true,
      deliver: async (n) => {
        started();
        await gate;
        delivered.push(n.id);
      },
    };
    const { id } = queue.file(documentRequest());
    const dispatcher = new OutboxDispatcher(queue, [sender], { pollMs: 5 });
    dispatcher.start();
    await deliveryStarted;
    const stopped = dispatcher.stop();
    release();
    await stopped;
    expect(delivered).toEqual([queue.outbox.forRequest(id)[0].id]);
    expect(queue.outbox.forRequest(id)[0].deliveredVia).toBe('console');
  });

  test('logs ids and errors but never the complaint\'s words', async () => {
    const lines: string[] = [];
    const logger = createLogger('debug', (line) => lines.push(line));
    const sender = new FlakySender('slack', 1);
    queue.file({ ...complaint('councillor'), details: { about: 'councillor', whatHappened: 'Cllr Grumble swore at the receptionist' } } as NewRequest);
    const dispatcher = new OutboxDispatcher(queue, [sender], { logger });
    await dispatcher.runOnce();
    clock.advance(5 * SECOND);
    await dispatcher.runOnce();
    expect(lines.map((l) => JSON.parse(l).event)).toEqual(['notification_failed', 'notification_delivered']);
    expect(lines.join('')).not.toMatch(/Grumble|receptionist|Complaint about/);
  });
});
