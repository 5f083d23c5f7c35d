import type { Db } from './db';
import type { ClerkRequest, HistoryEntry, Notification } from './types';

/** What an outbox row says about its delivery, for tests, exports and operators. */
export interface OutboxRecord {
  id: number;
  requestId: number;
  audience: Notification['audience'];
  recipient?: string;
  event: Notification['event'];
  createdAt: string;
  attempts: number;
  nextAttemptAt: string;
  lastError?: string;
  deliveredAt?: string;
  deliveredVia?: string;
}

interface OutboxRow {
  id: number;
  request_id: number;
  audience: Notification['audience'];
  recipient: string | null;
  event: Notification['event'];
  created_at: string;
  attempts: number;
  next_attempt_at: string;
  claimed_by: string | null;
  claimed_until: string | null;
  last_error: string | null;
  delivered_at: string | null;
  delivered_via: string | null;
}

/** A pending row as the poll reads it, with what the notification will say. */
type DueRow = OutboxRow & { payload: string };

interface Payload {
  request: ClerkRequest;
  change?: HistoryEntry;
}

export interface ClaimOptions {
  /** Who holds the claim: unique per dispatcher (process id and a random part). */
  worker: string;
  limit: number;
  /** How long the claim keeps other dispatchers off; longer than any delivery may take. */
  leaseMs: number;
  /** Only rows some running channel can deliver are claimed; the rest wait for one that can. */
  accept: (notification: Notification) => boolean;
}

/** Rows looked at per claim, so that undeliverable rows at the head cannot hide the rest. */
const SCAN_LIMIT = 500;
const ERROR_LIMIT = 500;
/** Delivered notifications are kept this long by default (a record of who was told what, when). */
export const DELIVERED_RETENTION_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;
const RETENTION_BATCH = 500;

/**
 * The outbox table. Notifications are written in the same transaction as the change that
 * causes them (see ClerkQueue); this class claims, delivers and retries them.
 *
 * Delivery is exactly-once among dispatchers that stay alive: a row is claimed inside an
 * IMMEDIATE transaction, so two dispatchers (in one process or two) never hold it at once,
 * and a delivered row is never claimed again. The one gap no outbox can close is a process
 * killed after the channel accepted a message and before `delivered_at` was written: once its
 * lease expires the row is offered again, because losing a complaint's notification is worse
 * than sending it twice. Senders get the notification id and can de-duplicate on it.
 */
export class OutboxStore {
  private readonly insert;
  private readonly insertPayload;
  private readonly dropPayload;
  private readonly due;
  private readonly claim;
  private readonly delivered;
  private readonly failed;
  private readonly givenUp;
  private readonly byRequest;
  private readonly pending;
  private readonly nextAttempt;
  private readonly expired;
  /** Told when a notification is written by this connection (see onAdded). */
  private readonly addedListeners = new Set<() => void>();

  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {
    this.insert = db.prepare<[number, string, string | null, string, string, string]>(
      `INSERT INTO outbox (request_id, audience, recipient, event, created_at, next_attempt_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    this.insertPayload = db.prepare<[number, string]>(`INSERT INTO outbox_payloads (outbox_id, payload) VALUES (?, ?)`);
    this.dropPayload = db.prepare<[number]>(`DELETE FROM outbox_payloads WHERE outbox_id = ?`);
    // Per request and audience, notifications go out in order: the Clerks' channel must see
    // "filed" before "acknowledged", so a later row waits while an earlier one is pending.
    // Both reads go through partial indexes of pending rows only (outbox_pending and
    // outbox_pending_by_request, migration 3): the poll costs the same at 100 or 100,000
    // delivered notifications. A test holds the query plan to that.
    this.due = db.prepare<[string, string, number], DueRow>(
      `SELECT o.*, p.payload FROM outbox o INDEXED BY outbox_pending
         JOIN outbox_payloads p ON p.outbox_id = o.id
        WHERE o.delivered_at IS NULL
          AND o.next_attempt_at <= ?
          AND (o.claimed_until IS NULL OR o.claimed_until <= ?)
          AND NOT EXISTS (SELECT 1 FROM outbox e INDEXED BY outbox_pending_by_request
                           WHERE e.request_id = o.request_id AND e.audience = o.audience
                             AND e.delivered_at IS NULL AND e.id < o.id)
        ORDER BY o.id
        LIMIT ?`,
    );
    this.claim = db.prepare<[string, string, number]>(`UPDATE outbox SET claimed_by = ?, claimed_until = ? WHERE id = ?`);
    this.delivered = db.prepare<[string, string, number]>(
      `UPDATE outbox SET delivered_at = ?, delivered_via = ?, attempts = attempts + 1, claimed_by = NULL, claimed_until = NULL
        WHERE id = ? AND delivered_at IS NULL`,
    );
    this.failed = db.prepare<[string, string, number, string]>(
      `UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?, claimed_by = NULL, claimed_until = NULL
        WHERE id = ? AND delivered_at IS NULL AND claimed_by = ?`,
    );
    this.givenUp = db.prepare<[string, string, number, string]>(
      `UPDATE outbox SET delivered_at = ?, delivered_via = 'nobody', last_error = ?, attempts = attempts + 1, claimed_by = NULL, claimed_until = NULL
        WHERE id = ? AND delivered_at IS NULL AND claimed_by = ?`,
    );
    this.byRequest = db.prepare<[number], OutboxRow>(`SELECT * FROM outbox WHERE request_id = ? ORDER BY id`);
    this.pending = db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM outbox WHERE delivered_at IS NULL`);
    // When the next pending row becomes due by the clock: a retry's time, or a claim's end
    // (another dispatcher's lease). Reads the pending rows only, like the poll.
    this.nextAttempt = db.prepare<[string], { at: string | null }>(
      `SELECT min(max(next_attempt_at, coalesce(claimed_until, ''))) AS at FROM outbox INDEXED BY outbox_pending
        WHERE delivered_at IS NULL AND max(next_attempt_at, coalesce(claimed_until, '')) > ?`,
    );
    // In batches, each its own short transaction: retention never holds the write lock long
    // enough to make a filing wait.
    this.expired = db.prepare<[string, number]>(
      `DELETE FROM outbox WHERE id IN (SELECT id FROM outbox INDEXED BY outbox_delivered WHERE delivered_at IS NOT NULL AND delivered_at < ? LIMIT ?)`,
    );
  }

  /**
   * Deletes the records of notifications delivered more than `days` ago (pending ones are never
   * touched). The request's own history stays: it is the audit of what happened; these rows
   * only say which channel told whom, and that stops mattering.
   */
  purgeDelivered(days = DELIVERED_RETENTION_DAYS): number {
    const cutoff = new Date(this.now().getTime() - days * DAY_MS).toISOString();
    let removed = 0;
    for (;;) {
      const batch = this.expired.run(cutoff, RETENTION_BATCH).changes;
      removed += batch;
      if (batch < RETENTION_BATCH) return removed;
    }
  }

  /** SQLite's plan for the poll (`EXPLAIN QUERY PLAN`), one line per step: tests hold it to the indexes. */
  pollPlan(): string[] {
    const at = this.now().toISOString();
    const plan = this.db.prepare(`EXPLAIN QUERY PLAN ${this.due.source}`).all(at, at, SCAN_LIMIT) as { detail: string }[];
    return plan.map((row) => row.detail);
  }

  /** SQLite's plan for the look-up of the next retry (see msUntilNextAttempt). */
  nextAttemptPlan(): string[] {
    const plan = this.db.prepare(`EXPLAIN QUERY PLAN ${this.nextAttempt.source}`).all(this.now().toISOString()) as { detail: string }[];
    return plan.map((row) => row.detail);
  }

  /**
   * Milliseconds until the earliest pending notification that is waiting for a time (a retry
   * after a failure, or another dispatcher's claim running out) becomes due; undefined if none
   * is. Rows due already, or waiting for a channel rather than a time, are not counted.
   */
  msUntilNextAttempt(): number | undefined {
    const now = this.now();
    const at = this.nextAttempt.get(now.toISOString())?.at;
    return at ? Math.max(0, Date.parse(at) - now.getTime()) : undefined;
  }

  /**
   * Calls `listener` whenever this connection writes a notification, so a dispatcher in the same
   * process can deliver it at once instead of at its next poll. The call comes from inside the
   * writing transaction: a listener must only schedule work, never read or write here. Returns
   * the function that unsubscribes.
   */
  onAdded(listener: () => void): () => void {
    this.addedListeners.add(listener);
    return () => this.addedListeners.delete(listener);
  }

  /** Called inside the transaction that makes the change the notification reports. */
  add(request: ClerkRequest, audience: Notification['audience'], event: Notification['event'], change?: HistoryEntry, to?: string): void {
    const at = this.now().toISOString();
    const recipient = audience === 'requester' ? request.requester.userId : (to ?? null);
    const payload: Payload = change ? { request, change } : { request };
    const { lastInsertRowid } = this.insert.run(request.id, audience, recipient, event, at, at);
    this.insertPayload.run(Number(lastInsertRowid), JSON.stringify(payload));
    // A wake-up that fails must never undo the filing: the poll delivers it anyway.
    for (const listener of this.addedListeners) {
      try {
        listener();
      } catch {
        // ignored: see above
      }
    }
  }

  /** Claims up to `limit` due notifications for `worker`, oldest first. */
  claimDue(options: ClaimOptions): Notification[] {
    return this.db
      .transaction(() => {
        const now = this.now();
        const at = now.toISOString();
        const until = new Date(now.getTime() + options.leaseMs).toISOString();
        const claimed: Notification[] = [];
        for (const row of this.due.all(at, at, SCAN_LIMIT)) {
          const notification = toNotification(row);
          if (!options.accept(notification)) continue;
          this.claim.run(options.worker, until, row.id);
          claimed.push(notification);
          if (claimed.length >= options.limit) break;
        }
        return claimed;
      })
      .immediate();
  }

  /** Records delivery; false if it was already recorded (by a dispatcher whose lease had run out). */
  markDelivered(id: number, via: string): boolean {
    return this.db.transaction(() => {
      const recorded = this.delivered.run(this.now().toISOString(), via, id).changes === 1;
      // Delivered: the request's own row and history say the rest.
      if (recorded) this.dropPayload.run(id);
      return recorded;
    })();
  }

  /**
   * Records that a notification will never be delivered: its recipient is gone (`RecipientGone`).
   * Kept, like a delivered one, for the retention period, `delivered_via` "nobody" and the reason
   * in `last_error`; no longer pending or failing.
   */
  markGivenUp(id: number, worker: string, reason: string): boolean {
    return this.db.transaction(() => {
      const recorded = this.givenUp.run(this.now().toISOString(), reason.slice(0, ERROR_LIMIT), id, worker).changes === 1;
      if (recorded) this.dropPayload.run(id);
      return recorded;
    })();
  }

  /** Records a failed attempt and when to try again; a no-op if `worker` no longer holds the claim. */
  markFailed(id: number, worker: string, error: string, retryInMs: number): boolean {
    const retryAt = new Date(this.now().getTime() + retryInMs).toISOString();
    return this.failed.run(error.slice(0, ERROR_LIMIT), retryAt, id, worker).changes === 1;
  }

  /**
   * Gives back every claim `worker` still holds on undelivered rows (a dispatcher stopping),
   * so another process may deliver them at once instead of after the lease.
   */
  releaseClaims(worker: string): number {
    return this.db.prepare<[string]>(`UPDATE outbox SET claimed_by = NULL, claimed_until = NULL WHERE claimed_by = ? AND delivered_at IS NULL`).run(worker).changes;
  }

  /** Undelivered notifications that have failed at least once, and when the oldest was written. */
  failing(): { count: number; oldestCreatedAt?: string } {
    const row = this.db
      .prepare<[], { n: number; oldest: string | null }>(`SELECT count(*) AS n, min(created_at) AS oldest FROM outbox WHERE delivered_at IS NULL AND attempts > 0`)
      .get();
    return { count: row?.n ?? 0, ...(row?.oldest ? { oldestCreatedAt: row.oldest } : {}) };
  }

  forRequest(requestId: number): OutboxRecord[] {
    return this.byRequest.all(requestId).map(toRecord);
  }

  pendingCount(): number {
    return this.pending.get()?.n ?? 0;
  }
}

/** The fields a notification and its delivery record share. */
function addressOf(row: OutboxRow): Pick<OutboxRecord, 'id' | 'requestId' | 'audience' | 'recipient' | 'event' | 'attempts'> {
  return {
    id: row.id,
    requestId: row.request_id,
    audience: row.audience,
    ...(row.recipient ? { recipient: row.recipient } : {}),
    event: row.event,
    attempts: row.attempts,
  };
}

function toNotification(row: DueRow): Notification {
  const payload = JSON.parse(row.payload) as Payload;
  return { ...addressOf(row), request: payload.request, ...(payload.change ? { change: payload.change } : {}) };
}

function toRecord(row: OutboxRow): OutboxRecord {
  return {
    ...addressOf(row),
    createdAt: row.created_at,
    nextAttemptAt: row.next_attempt_at,
    ...(row.last_error ? { lastError: row.last_error } : {}),
    ...(row.delivered_at ? { deliveredAt: row.delivered_at } : {}),
    ...(row.delivered_via ? { deliveredVia: row.delivered_via } : {}),
  };
}
