import { z } from 'zod';
import type { Db } from './db';
import type { FeedbackRecord, FeedbackStore } from './feedback';
import { CLOSED_STATUSES } from './lifecycle';
import type { PeopleStore } from './people';
import type { RequestStore, RequestWithHistory } from './requests';
import { parseOrThrow } from './schemas';
import { DAY_MS, Sql } from './statements';
import type { Person, RequestStatus } from './types';
import type { UnansweredRecord, UnansweredStore } from './unanswered';
import type { WelcomeBook } from './welcomes';

/** Everything held about one person, for a subject access request. */
export interface PersonExport {
  userId: string;
  exportedAt: string;
  person: (Person & { updatedAt: string }) | null;
  /** Requests they filed, confidential ones included, each with its full history. */
  requests: RequestWithHistory[];
  /** Moves they made on other people's requests (notes left out: they concern others). */
  actions: Array<{ requestId: number; at: string; from: RequestStatus | null; to: RequestStatus }>;
  feedback: FeedbackRecord[];
  unanswered: UnansweredRecord[];
  /** When a chat first welcomed them (Slack's Messages tab). */
  welcomed: Array<{ channel: string; at: string }>;
}

export interface PurgeResult {
  requests: number;
  history: number;
  outbox: number;
  channelPosts: number;
  unanswered: number;
}

const keySchema = z.string().trim().min(1).max(200);
const daysSchema = z.number().int().min(0).max(36_500);

const CLOSED_SQL = CLOSED_STATUSES.map((s) => `'${s}'`).join(', ');

/** Data protection across every table: what is kept how long, and what is held about a person. */
export class Retention {
  constructor(
    private readonly db: Db,
    private readonly sql: Sql,
    private readonly now: () => Date,
    private readonly stores: { requests: RequestStore; people: PeopleStore; feedback: FeedbackStore; unanswered: UnansweredStore; welcomes: WelcomeBook },
  ) {}

  /**
   * Deletes requests closed at least `olderThanDays` days ago, with their history, outbox
   * rows and channel posts, and unanswered questions past their retention. Open requests are
   * never purged, however old.
   */
  purge(olderThanDays: number): PurgeResult {
    const days = parseOrThrow(daysSchema, olderThanDays);
    return this.db
      .transaction((): PurgeResult => {
        const cutoff = new Date(this.now().getTime() - days * DAY_MS).toISOString();
        const closed = `SELECT id FROM requests WHERE status IN (${CLOSED_SQL}) AND closed_at IS NOT NULL AND closed_at <= ?`;
        const history = this.sql(`DELETE FROM request_history WHERE request_id IN (${closed})`).run(cutoff).changes;
        const outbox = this.sql(`DELETE FROM outbox WHERE request_id IN (${closed})`).run(cutoff).changes;
        const channelPosts = this.sql(`DELETE FROM channel_posts WHERE request_id IN (${closed})`).run(cutoff).changes;
        const requests = this.sql(`DELETE FROM requests WHERE id IN (${closed})`).run(cutoff).changes;
        const unanswered = this.stores.unanswered.deleteExpiredUnanswered();
        return { requests, history, outbox, channelPosts, unanswered };
      })
      .immediate();
  }

  /** Everything held about one person (subject access request). */
  exportPerson(userId: string): PersonExport {
    const id = parseOrThrow(keySchema, userId);
    const person = this.stores.people.row(id);
    return {
      userId: id,
      exportedAt: this.now().toISOString(),
      person: person ? { userId: person.user_id, name: person.name, role: person.role, updatedAt: person.updated_at } : null,
      requests: this.stores.requests.filedBy(id),
      actions: this.stores.requests.actionsBy(id),
      feedback: this.stores.feedback.forUser(id),
      unanswered: this.stores.unanswered.forUser(id),
      welcomed: this.stores.welcomes.forUser(id),
    };
  }
}
