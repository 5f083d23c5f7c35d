import { randomBytes } from 'node:crypto';
import { Logger, silentLogger } from '../log';
import type { ClerkQueue } from './queue';
import { Notification, NotificationSender, RecipientGone } from './types';
import { DELIVERED_RETENTION_DAYS } from './outbox-store';

/** Runs `run` after `ms`; returns the function that cancels it. Injected by tests. */
export type Scheduler = (run: () => void, ms: number) => () => void;

/** setTimeout, unref'd: the dispatcher's timer never keeps the process alive on its own. */
export const timerScheduler: Scheduler = (run, ms) => {
  const timer = setTimeout(run, ms);
  timer.unref();
  return () => clearTimeout(timer);
};

export interface OutboxDispatcherOptions {
  /**
   * The first poll after a round that delivered something (default 1 s). With nothing to do the
   * interval doubles from here up to `idlePollMaxMs`. A notification written through the same
   * queue object wakes the dispatcher at once, and a retry is polled for at its time.
   */
  pollMs?: number;
  /**
   * The longest wait between polls with nothing to do (default 5 s): how late a notification
   * written by another process (`protocol-bot queue file`, a second bot) may be picked up.
   */
  idlePollMaxMs?: number;
  /** Timers; tests pass one they fire by hand. */
  scheduler?: Scheduler;
  logger?: Logger;
  /** Notifications claimed per round (default 20). */
  batchSize?: number;
  /**
   * How long a claim keeps other dispatchers off a notification (default 5 min). Must be longer
   * than any sender takes, or a slow delivery could be offered to a second dispatcher.
   */
  leaseMs?: number;
  /** First retry after this long, doubling per failure (default 5 s)… */
  backoffBaseMs?: number;
  /** …up to this cap (default 15 min): a channel down for a day is retried every 15 minutes. */
  backoffMaxMs?: number;
  /** Records of delivered notifications are deleted after this many days (default 90); checked hourly. */
  deliveredRetentionDays?: number;
}

const RETENTION_EVERY_MS = 60 * 60 * 1000;
export const DEFAULT_POLL_MS = 1_000;
export const DEFAULT_IDLE_POLL_MAX_MS = 5_000;

/**
 * The wait before the next poll: the idle interval, or sooner if a retry (or another
 * dispatcher's claim) falls due before it. Never below 1 ms, so a row due "now" by one clock
 * and not yet by the other cannot spin the loop.
 */
export function nextPollDelay(idleMs: number, untilNextAttemptMs: number | undefined): number {
  return Math.max(1, untilNextAttemptMs === undefined ? idleMs : Math.min(idleMs, untilNextAttemptMs));
}

/** Delay before the next attempt after `attempts` failed ones: base·2^(attempts−1), capped. */
export function backoffDelay(attempts: number, baseMs: number, maxMs: number): number {
  const exponent = Math.min(Math.max(attempts - 1, 0), 30);
  return Math.min(maxMs, baseMs * 2 ** exponent);
}

/**
 * Hands pending outbox notifications to the running channels: each to the first sender whose
 * `accepts()` is true, each channel in its own lane so one that is down delays only its own. A failed delivery is retried later with exponential backoff; the outbox
 * is in SQLite, so pending notifications survive a restart. Claims (see OutboxStore) make sure
 * two dispatchers never deliver one notification id twice.
 *
 * Idle costs next to nothing: a notification written through this process's queue wakes the
 * dispatcher at once (OutboxStore.onAdded); otherwise it polls every `pollMs` after a round
 * that delivered, doubling up to `idlePollMaxMs` while nothing comes, and never later than the
 * next retry the database holds. The slow poll is what picks up rows written by another process.
 */
export class OutboxDispatcher {
  private readonly worker = `${process.pid}:${randomBytes(4).toString('hex')}`;
  private readonly pollMs: number;
  private readonly logger: Logger;
  private readonly batchSize: number;
  private readonly leaseMs: number;
  private readonly backoffBaseMs: number;
  private readonly backoffMaxMs: number;
  private readonly deliveredRetentionDays: number;
  private readonly idlePollMaxMs: number;
  private readonly scheduler: Scheduler;
  private retentionDueAt = 0;
  /** Cancels the scheduled round, if one is scheduled. */
  private cancelTimer?: () => void;
  /** The wait before the next poll while nothing comes: pollMs, doubling to idlePollMaxMs. */
  private idleMs: number;
  /** A scheduled round is running; a wake-up meanwhile asks for another right after it. */
  private ticking = false;
  private wokenWhileTicking = false;
  private roundScheduledNow = false;
  private unsubscribe?: () => void;
  private running = false;
  /** Set by stop(): the round in progress finishes its current delivery and starts no other. */
  private stopping = false;
  private current: Promise<number> = Promise.resolve(0);

  constructor(
    private readonly queue: Pick<ClerkQueue, 'outbox'>,
    private readonly senders: NotificationSender[],
    options: OutboxDispatcherOptions = {},
  ) {
    this.pollMs = options.pollMs ?? DEFAULT_POLL_MS;
    this.idlePollMaxMs = Math.max(this.pollMs, options.idlePollMaxMs ?? DEFAULT_IDLE_POLL_MAX_MS);
    this.scheduler = options.scheduler ?? timerScheduler;
    this.idleMs = this.pollMs;
    this.logger = options.logger ?? silentLogger;
    this.batchSize = options.batchSize ?? 20;
    this.leaseMs = options.leaseMs ?? 5 * 60_000;
    this.backoffBaseMs = options.backoffBaseMs ?? 5_000;
    this.backoffMaxMs = options.backoffMaxMs ?? 15 * 60_000;
    this.deliveredRetentionDays = options.deliveredRetentionDays ?? DELIVERED_RETENTION_DAYS;
  }

  /** Delivers now, then polls and listens for new notifications until `stop()`. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.unsubscribe = this.queue.outbox.onAdded(() => this.wake());
    this.schedule(0);
  }

  /**
   * Something was written to the outbox here: deliver it now, and poll briskly again. Called
   * from inside the writing transaction, so it only schedules: the round runs after the commit.
   */
  wake(): void {
    if (!this.running) return;
    this.idleMs = this.pollMs;
    if (this.ticking) this.wokenWhileTicking = true;
    else if (!this.roundScheduledNow) this.schedule(0); // a burst of filings: one round
  }

  private schedule(ms: number): void {
    this.cancelTimer?.();
    this.roundScheduledNow = ms === 0;
    this.cancelTimer = this.scheduler(() => this.tick(), ms);
  }

  /** One scheduled round, then the next one scheduled: only ever one timer or round at a time. */
  private tick(): void {
    this.cancelTimer = undefined;
    this.roundScheduledNow = false;
    this.ticking = true;
    this.wokenWhileTicking = false;
    this.runOnce()
      .then((delivered) => {
        // Something was delivered: more may follow soon. Nothing: wait longer each time.
        this.idleMs = delivered > 0 ? this.pollMs : Math.min(this.idleMs * 2, this.idlePollMaxMs);
      })
      .catch((error: unknown) => this.logger.error('outbox.round_failed', { error: errorMessage(error) }))
      .finally(() => {
        this.ticking = false;
        if (!this.running) return;
        if (this.wokenWhileTicking) return this.schedule(0);
        let untilRetry: number | undefined;
        try {
          untilRetry = this.queue.outbox.msUntilNextAttempt();
        } catch (error) {
          this.logger.warn('outbox.next_attempt_failed', { error: errorMessage(error) });
        }
        this.schedule(nextPollDelay(this.idleMs, untilRetry));
      });
  }

  /** Stops polling and waits for the delivery in progress, so nothing is left half-recorded. */
  async stop(): Promise<void> {
    this.running = false;
    this.stopping = true;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.cancelTimer?.();
    this.cancelTimer = undefined;
    await this.current.catch(() => 0);
    // Notifications claimed but not started are given back for the next process at once.
    try {
      this.queue.outbox.releaseClaims(this.worker);
    } catch (error) {
      this.logger.warn('outbox.release_failed', { error: errorMessage(error) });
    }
  }

  /**
   * Delivers what is due now and resolves with how many were delivered. Rounds never overlap:
   * a call made while one is in progress runs after it.
   */
  runOnce(): Promise<number> {
    if (this.stopping) return this.current.catch(() => 0);
    const next = this.current.catch(() => 0).then(() => this.round());
    this.current = next;
    return next;
  }

  private async round(): Promise<number> {
    this.keepRetention();
    // One lane per channel, side by side: a channel that is down (a failed Teams send takes
    // botbuilder's retries, seconds) never holds up another's notifications (uat20). Within a
    // lane, one at a time and oldest first, as before.
    const delivered = await Promise.all(this.senders.map((sender) => this.lane(sender)));
    return delivered.reduce((sum, n) => sum + n, 0);
  }

  /** Delivers what is due for the notifications `sender` is the first to accept. */
  private async lane(sender: NotificationSender): Promise<number> {
    let delivered = 0;
    // Keep going while full batches come back, so a backlog drains without waiting a poll each.
    for (;;) {
      const batch = this.queue.outbox.claimDue({
        worker: this.worker,
        limit: this.batchSize,
        leaseMs: this.leaseMs,
        accept: (n) => this.senderFor(n) === sender,
      });
      let deliveredNow = 0;
      let settledNow = 0;
      for (const notification of batch) {
        if (this.stopping) return delivered + deliveredNow;
        const outcome = await this.deliver(notification);
        if (outcome === 'delivered') deliveredNow += 1;
        if (outcome !== 'failed') settledNow += 1;
      }
      delivered += deliveredNow;
      // Go round again while deliveries succeed (or are given up on): a backlog drains, and a
      // notification that was waiting behind one just settled (same request and audience) goes
      // out now. A round of nothing but failures ends: those wait for their backoff.
      if (batch.length === 0 || settledNow === 0) return delivered;
    }
  }

  /** Hourly, and at the first round: delivered records past their retention are deleted. */
  private keepRetention(): void {
    if (Date.now() < this.retentionDueAt) return;
    this.retentionDueAt = Date.now() + RETENTION_EVERY_MS;
    try {
      const removed = this.queue.outbox.purgeDelivered(this.deliveredRetentionDays);
      if (removed > 0) this.logger.info('outbox.retention', { removed, days: this.deliveredRetentionDays });
    } catch (error) {
      this.logger.error('outbox.retention_failed', { error: errorMessage(error) });
    }
  }

  private senderFor(notification: Notification): NotificationSender | undefined {
    return this.senders.find((sender) => {
      try {
        return sender.accepts(notification);
      } catch {
        return false;
      }
    });
  }

  private async deliver(notification: Notification): Promise<'delivered' | 'given_up' | 'failed'> {
    const fields = { notification: notification.id, request: notification.requestId, audience: notification.audience, about: notification.event };
    const sender = this.senderFor(notification);
    if (!sender) return 'failed';
    try {
      await sender.deliver(notification);
    } catch (error) {
      if (error instanceof RecipientGone) {
        // Retrying cannot help, and a row failing for ever would keep doctor's outbox check and
        // the Clerks' hourly alert saying the channel is down when it is not.
        this.queue.outbox.markGivenUp(notification.id, this.worker, `${sender.name}: ${error.reason}`);
        this.logger.warn('outbox.recipient_gone', { ...fields, via: sender.name, recipient: notification.recipient, reason: error.reason });
        return 'given_up';
      }
      const attempts = notification.attempts + 1;
      const delay = backoffDelay(attempts, this.backoffBaseMs, this.backoffMaxMs);
      this.queue.outbox.markFailed(notification.id, this.worker, errorMessage(error), delay);
      // The error's message only: a sender's error may not quote the notification's text.
      this.logger.warn('outbox.notification_failed', { ...fields, via: sender.name, attempts, retryInMs: delay, error: errorMessage(error) });
      return 'failed';
    }
    this.queue.outbox.markDelivered(notification.id, sender.name);
    this.logger.info('outbox.notification_delivered', { ...fields, via: sender.name, attempts: notification.attempts + 1 });
    return 'delivered';
  }
}

function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0].slice(0, 200);
}
