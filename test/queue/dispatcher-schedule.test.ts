import path from 'node:path';
import { nextPollDelay, OutboxDispatcher, Scheduler } from '../../src/queue/outbox';
import { ClerkQueue } from '../../src/queue/queue';
import type { Notification, NotificationSender } from '../../src/queue/types';
import { clerk, documentRequest, FakeClock, openQueue, question, removeTempDirs, tempDir } from './helpers';

/**
 * When the running bot looks at its outbox: at once when this process writes a notification,
 * ever more rarely (up to a cap) while nothing comes, and at the time a retry falls due. The
 * timers are fired by hand and the clock is moved by hand: nothing here waits for real time.
 */

/** A scheduler the test fires by hand; it records every delay the dispatcher asks for. */
class HandTimers {
  readonly asked: number[] = [];
  private next?: { run: () => void; ms: number };
  private waiting?: (ms: number) => void;
  readonly scheduler: Scheduler = (run, ms) => {
    const entry = { run, ms };
    this.next = entry;
    this.asked.push(ms);
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.(ms);
    return () => {
      if (this.next === entry) this.next = undefined;
    };
  };

  /** The delay of the timer now set, if one is. */
  get pending(): number | undefined {
    return this.next?.ms;
  }

  /** Fires the timer now set and resolves with the delay of the next one, once the round is over. */
  fire(): Promise<number> {
    const entry = this.next;
    if (!entry) throw new Error('no timer is set');
    this.next = undefined;
    const scheduled = new Promise<number>((resolve) => (this.waiting = resolve));
    entry.run();
    return scheduled;
  }
}

class RecordingSender implements NotificationSender {
  readonly delivered: Notification[] = [];
  calls = 0;
  constructor(
    readonly name = 'slack',
    private failures = 0,
  ) {}
  accepts(): boolean {
    return true;
  }
  async deliver(notification: Notification): Promise<void> {
    this.calls += 1;
    if (this.failures > 0) {
      this.failures -= 1;
      throw new Error('slack is down (503)');
    }
    this.delivered.push(notification);
  }
}

const SECOND = 1000;
let file: string;
let clock: FakeClock;
let queue: ClerkQueue;
let timers: HandTimers;
const dispatchers: OutboxDispatcher[] = [];

function dispatcher(sender: NotificationSender, options: { pollMs?: number; idlePollMaxMs?: number; backoffBaseMs?: number } = {}): OutboxDispatcher {
  const made = new OutboxDispatcher(queue, [sender], { pollMs: SECOND, idlePollMaxMs: 5 * SECOND, ...options, scheduler: timers.scheduler });
  dispatchers.push(made);
  return made;
}

beforeEach(() => {
  file = path.join(tempDir(), 'queue.sqlite');
  clock = new FakeClock();
  queue = openQueue(file, { now: clock.now });
  timers = new HandTimers();
});
afterEach(async () => {
  for (const made of dispatchers.splice(0)) await made.stop();
  queue.close();
  removeTempDirs();
});

describe('an idle bot polls ever more rarely', () => {
  test('with nothing to deliver the wait doubles from the poll interval to the cap, and stays there', async () => {
    dispatcher(new RecordingSender()).start();
    expect(timers.pending).toBe(0); // the first round straight away
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) waits.push(await timers.fire());
    expect(waits).toEqual([2 * SECOND, 4 * SECOND, 5 * SECOND, 5 * SECOND, 5 * SECOND]);
  });

  test('the next wait is the idle interval, or sooner when a retry falls due first', () => {
    expect(nextPollDelay(5_000, undefined)).toBe(5_000);
    expect(nextPollDelay(5_000, 1_200)).toBe(1_200);
    expect(nextPollDelay(5_000, 60_000)).toBe(5_000);
    expect(nextPollDelay(5_000, 0)).toBe(1); // due now by the database's clock: soon, never a spin
  });
});

describe('a request filed in this process wakes the dispatcher', () => {
  test('the Clerks are told at once, not at the next slow poll, and polling is brisk again after', async () => {
    const sender = new RecordingSender();
    dispatcher(sender).start();
    for (let i = 0; i < 4; i++) await timers.fire();
    expect(timers.pending).toBe(5 * SECOND);

    const { id } = queue.file(documentRequest());
    expect(timers.pending).toBe(0); // the 5 s poll was replaced by a round now
    expect(sender.calls).toBe(0); // …which runs after the filing's transaction, not inside it
    expect(await timers.fire()).toBe(SECOND);
    expect(sender.delivered.map((n) => [n.request.id, n.event])).toEqual([[id, 'filed']]);
  });

  test('a burst of changes is one round, and a change made during a round gets a round right after it', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const delivered: string[] = [];
    const slow: NotificationSender = {
      name: 'slack',
      accepts: () => true,
      deliver: async (n) => {
        await gate;
        delivered.push(`${n.request.id}:${n.event}`);
      },
    };
    dispatcher(slow).start();
    await timers.fire();
    const before = timers.asked.length;
    const first = queue.file(documentRequest());
    queue.file(question());
    expect(timers.asked.slice(before)).toEqual([0]); // two filings, one round asked for

    const round = timers.fire();
    await new Promise((resolve) => setImmediate(resolve)); // the round is now waiting on Slack
    const third = queue.move(first.id, 'acknowledged', clerk);
    release();
    expect(await round).toBe(0); // woken during the round: another round at once
    await timers.fire();
    expect(delivered).toContain(`${third.id}:status_changed`);
  });

  test('a stopped dispatcher is no longer woken', async () => {
    const made = dispatcher(new RecordingSender());
    made.start();
    await timers.fire();
    await made.stop();
    const asked = timers.asked.length;
    queue.file(documentRequest());
    expect(timers.asked.length).toBe(asked);
    expect(timers.pending).toBeUndefined();
  });

  test('a listener that throws never undoes the filing', () => {
    queue.outbox.onAdded(() => {
      throw new Error('listener broke');
    });
    const filed = queue.file(documentRequest());
    expect(queue.get(filed.id, clerk).status).toBe('new');
    expect(queue.outbox.pendingCount()).toBe(1);
  });
});

describe('retries and other processes are still honoured while idle', () => {
  test('a failed delivery is retried at its backoff time even when the idle poll is slower', async () => {
    const sender = new RecordingSender('slack', 1);
    dispatcher(sender, { pollMs: 10 * SECOND, idlePollMaxMs: 60 * SECOND, backoffBaseMs: 5 * SECOND }).start();
    await timers.fire();
    queue.file(documentRequest());
    expect(await timers.fire()).toBe(5 * SECOND); // failed: the retry is 5 s away, the idle poll 20 s
    expect(sender.calls).toBe(1);
    clock.advance(5 * SECOND);
    expect(await timers.fire()).toBe(10 * SECOND);
    expect(sender.delivered).toHaveLength(1);
  });

  test('a request filed by another process (its own connection) is picked up by the slow poll, never later than the cap', async () => {
    const sender = new RecordingSender();
    dispatcher(sender, { idlePollMaxMs: 8 * SECOND }).start();
    for (let i = 0; i < 5; i++) await timers.fire();
    const elsewhere = openQueue(file, { now: clock.now }); // as `protocol-bot queue file` would
    try {
      const { id } = elsewhere.file(documentRequest());
      expect(timers.pending).toBe(8 * SECOND); // no wake-up across processes…
      await timers.fire(); // …the slow poll delivers it
      expect(sender.delivered.map((n) => n.request.id)).toEqual([id]);
      expect(Math.max(...timers.asked)).toBe(8 * SECOND);
    } finally {
      elsewhere.close();
    }
  });

  test("another dispatcher's claim counts as a time: its lease's end is polled for", () => {
    queue.file(documentRequest());
    const claimed = queue.outbox.claimDue({ worker: 'a-process-that-died', limit: 10, leaseMs: 90 * SECOND, accept: () => true });
    expect(claimed).toHaveLength(1);
    expect(queue.outbox.msUntilNextAttempt()).toBe(90 * SECOND);
    clock.advance(90 * SECOND);
    expect(queue.outbox.msUntilNextAttempt()).toBeUndefined(); // due now: the poll claims it
  });
});
