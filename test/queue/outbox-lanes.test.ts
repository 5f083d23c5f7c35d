/**
 * uat20: one channel's outage must not hold up another's notifications. Teams down (each failed
 * send takes botbuilder seconds of retries) kept the Slack Clerks' channel post from moving on
 * until the Teams attempt had failed; each channel now delivers in its own lane.
 */
import path from 'node:path';
import { OutboxDispatcher } from '../../src/queue/outbox';
import { ClerkQueue } from '../../src/queue/queue';
import { Notification, NotificationSender } from '../../src/queue/types';
import { clerk, documentRequest, FakeClock, openQueue, removeTempDirs, tempDir } from './helpers';

/** A channel whose sends hang until `release()`, then fail: a service timing out. */
class HangingSender implements NotificationSender {
  calls = 0;
  private releases: Array<() => void> = [];
  constructor(
    readonly name: string,
    private readonly accept: (n: Notification) => boolean,
  ) {}
  accepts(notification: Notification): boolean {
    return this.accept(notification);
  }
  async deliver(): Promise<void> {
    this.calls += 1;
    await new Promise<void>((resolve) => this.releases.push(resolve));
    throw new Error('service unavailable');
  }
  release(): void {
    for (const release of this.releases.splice(0)) release();
  }
}

class WorkingSender implements NotificationSender {
  readonly delivered: Notification[] = [];
  constructor(
    readonly name: string,
    private readonly accept: (n: Notification) => boolean,
  ) {}
  accepts(notification: Notification): boolean {
    return this.accept(notification);
  }
  async deliver(notification: Notification): Promise<void> {
    this.delivered.push(notification);
  }
}

let queue: ClerkQueue;
beforeEach(() => {
  queue = openQueue(path.join(tempDir(), 'queue.sqlite'), { now: new FakeClock().now });
});
afterEach(() => {
  queue.close();
  removeTempDirs();
});

const flush = async () => {
  for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setImmediate(resolve));
};

test("a channel that hangs does not hold up another channel's notifications, even those filed after", async () => {
  const teams = new HangingSender('teams', (n) => n.audience === 'requester');
  const slack = new WorkingSender('slack', (n) => n.audience === 'clerks');
  const dispatcher = new OutboxDispatcher(queue, [teams, slack]);
  const { id } = queue.file(documentRequest());
  queue.move(id, 'acknowledged', clerk);
  queue.move(id, 'in_progress', clerk);

  const round = dispatcher.runOnce();
  await flush();
  // The Clerks' post has been created and moved on twice while the requester's message hangs.
  expect(slack.delivered.map((n) => `${n.event}:${n.request.status}`)).toEqual(['filed:new', 'status_changed:acknowledged', 'status_changed:in_progress']);
  expect(teams.calls).toBe(1);
  teams.release();
  await flush();
  teams.release();
  expect(await round).toBe(3);
  // The requester's messages still wait, in order, for Teams.
  expect(queue.outbox.forRequest(id).filter((n) => n.audience === 'requester' && n.deliveredAt === undefined)).toHaveLength(2);
});
