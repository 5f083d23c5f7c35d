import fs from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';
import { z } from 'zod';
import type { ProtocolLibrary } from '../protocols/library';
import { BackgroundCheckpointer } from './checkpointer';
import { Db, Durability, openDatabase, restrictToOwner } from './db';
import { DEFAULT_TARGETS, DueTargets, dueDates, isOverdue } from './due';
import { checkMove, CLOSED_STATUSES, isOpen, OPEN_STATUSES } from './lifecycle';
import { OutboxStore } from './outbox-store';
import { routeRequest } from './routing';
import {
  Feedback,
  feedbackSchema,
  ListFilter,
  listFilterSchema,
  noteSchema,
  parseOrThrow,
  referenceSchema,
  statusSchema,
  Unanswered,
  unansweredSchema,
  validNewRequest,
  validPerson,
} from './schemas';
import {
  ClerkRequest,
  ComplaintDetails,
  HistoryEntry,
  NewRequest,
  Person,
  QueueError,
  RequestKind,
  RequestStatus,
  Role,
} from './types';

export interface ClerkQueueOptions {
  path: string;
  library: ProtocolLibrary;
  /** Working days to acknowledge a new request (default 2). */
  ackTargetDays?: number;
  /** Working days to resolve a request (default 20). */
  resolveTargetDays?: number;
  /** Days an unanswered question is kept for the Clerk's review (default 90). */
  unansweredRetentionDays?: number;
  now?: () => Date;
  /** See `Durability` in db.ts; `normal` unless told otherwise. */
  durability?: Durability;
  /**
   * Checkpoint the WAL from a worker thread (see checkpointer.ts) rather than inside commits.
   * For the long-running bot; short-lived CLI commands and tests do without.
   */
  backgroundCheckpoints?: boolean;
}

export type RequestWithHistory = ClerkRequest & { history: HistoryEntry[] };

export interface FeedbackRecord extends Feedback {
  at: string;
}
export interface UnansweredRecord extends Unanswered {
  id: number;
  at: string;
}

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
}

export interface PurgeResult {
  requests: number;
  history: number;
  outbox: number;
  channelPosts: number;
  unanswered: number;
}

interface RequestRow {
  id: number;
  kind: RequestKind;
  council: string;
  status: RequestStatus;
  requester_id: string;
  requester_name: string;
  requester_role: Role;
  subject: string;
  details: string;
  route_recipient: string;
  route_clause: string | null;
  route_note: string | null;
  confidential: number;
  created_at: string;
  updated_at: string;
  acknowledge_by: string;
  resolve_by: string;
  closed_at: string | null;
}

interface HistoryRow {
  request_id: number;
  at: string;
  by_user: string;
  from_status: RequestStatus | null;
  to_status: RequestStatus;
  note: string | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const idSchema = z.number({ error: 'a request id is a whole number' }).int('a request id is a whole number').positive('a request id is a whole number above 0');
const keySchema = z.string().trim().min(1).max(200);
const daysSchema = z.number().int().min(0).max(36_500);

const OPEN_SQL = OPEN_STATUSES.map((s) => `'${s}'`).join(', ');
const CLOSED_SQL = CLOSED_STATUSES.map((s) => `'${s}'`).join(', ');

/**
 * The Clerk's queue: the only way requests are filed, moved and read. Every write is one
 * IMMEDIATE transaction holding the change, its history row and its outbox row(s), and it is
 * committed before the method returns — so anything a user is told was filed is on disk.
 * IMMEDIATE takes the write lock up front, so a second process waits (busy_timeout) instead
 * of failing with SQLITE_BUSY when its read turns into a write.
 */
export class ClerkQueue {
  readonly outbox: OutboxStore;
  private readonly now: () => Date;
  private readonly targets: DueTargets;
  private readonly retentionDays: number;
  private readonly statements = new Map<string, ReturnType<Db['prepare']>>();

  private constructor(
    private readonly db: Db,
    private readonly library: ProtocolLibrary,
    options: ClerkQueueOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    this.targets = {
      acknowledgeDays: options.ackTargetDays ?? DEFAULT_TARGETS.acknowledgeDays,
      resolveDays: options.resolveTargetDays ?? DEFAULT_TARGETS.resolveDays,
    };
    this.retentionDays = options.unansweredRetentionDays ?? 90;
    this.outbox = new OutboxStore(db, this.now);
  }

  static open(options: ClerkQueueOptions): ClerkQueue {
    const inBackground = Boolean(options.backgroundCheckpoints) && options.path !== ':memory:';
    const db = openDatabase(options.path, { durability: options.durability, checkpointsInBackground: inBackground });
    const queue = new ClerkQueue(db, options.library, options);
    try {
      // Retention is kept even when nobody runs `queue purge`: each start clears what expired.
      queue.purgeExpiredUnanswered();
      if (inBackground) queue.checkpointer = new BackgroundCheckpointer(options.path);
    } catch (error) {
      queue.close();
      throw error;
    }
    return queue;
  }

  /** Present when opened with `backgroundCheckpoints`. */
  checkpointer?: BackgroundCheckpointer;

  close(): void {
    this.checkpointer?.stop();
    if (this.db.open) this.db.close();
  }

  /** Files a request, routed by the council's protocol; the Clerks' channel is notified. */
  file(request: NewRequest, options: { idempotencyKey?: string } = {}): ClerkRequest {
    const valid = validNewRequest(request);
    if (!this.library.has(valid.council)) {
      throw new QueueError('invalid', `unknown council "${valid.council}"; known councils: ${this.library.ids().join(', ')}`);
    }
    const key = options.idempotencyKey === undefined ? null : parseOrThrow(keySchema, options.idempotencyKey);
    const council = this.library.get(valid.council).council;
    return this.db
      .transaction((): ClerkRequest => {
        if (key !== null) {
          const existing = this.sql<[string], RequestRow>('SELECT * FROM requests WHERE idempotency_key = ?').get(key);
          if (existing) return this.toRequest(existing);
        }
        const now = this.now();
        const at = now.toISOString();
        const about = valid.kind === 'complaint' ? (valid.details as ComplaintDetails).about : undefined;
        const routing = routeRequest(council, valid.kind, about);
        const due = dueDates(now, this.targets);
        this.upsertPerson(valid.requester, at);
        const { lastInsertRowid } = this.sql(
          `INSERT INTO requests (kind, council, status, requester_id, requester_name, requester_role, subject, details,
                                 route_recipient, route_clause, route_note, confidential, created_at, updated_at,
                                 acknowledge_by, resolve_by, idempotency_key)
           VALUES (?, ?, 'new', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          valid.kind,
          valid.council,
          valid.requester.userId,
          valid.requester.name,
          valid.requester.role,
          valid.subject,
          JSON.stringify(valid.details),
          routing.recipient,
          routing.clause ?? null,
          routing.note ?? null,
          valid.kind === 'complaint' ? 1 : 0,
          at,
          at,
          due.acknowledgeBy.toISOString(),
          due.resolveBy.toISOString(),
          key,
        );
        const id = Number(lastInsertRowid);
        this.addHistory(id, { at, by: valid.requester.userId, from: null, to: 'new' });
        const filed: ClerkRequest = {
          id,
          kind: valid.kind,
          council: valid.council,
          status: 'new',
          requester: { ...valid.requester },
          subject: valid.subject,
          details: valid.details,
          routing,
          confidential: valid.kind === 'complaint',
          createdAt: at,
          updatedAt: at,
          acknowledgeBy: due.acknowledgeBy.toISOString(),
          resolveBy: due.resolveBy.toISOString(),
          overdue: false,
        };
        this.outbox.add(filed, 'clerks', 'filed');
        return filed;
      })
      .immediate();
  }

  /**
   * Moves a request along its lifecycle (see lifecycle.ts for who may do what). The requester
   * and the Clerks' channel are both notified, so the channel's post can be updated in place.
   */
  move(id: number, to: RequestStatus, actor: Person, note?: string): ClerkRequest {
    const requestId = parseOrThrow(idSchema, id);
    const target = parseOrThrow(statusSchema, to);
    const who = validPerson(actor);
    const why = parseOrThrow(noteSchema, note);
    return this.db
      .transaction((): ClerkRequest => {
        const current = this.toRequest(this.requireRow(requestId));
        checkMove(current, target, who, why);
        const now = this.now();
        const at = now.toISOString();
        this.sql<[RequestStatus, string, string | null, number]>(
          'UPDATE requests SET status = ?, updated_at = ?, closed_at = ? WHERE id = ?',
        ).run(target, at, isOpen(target) ? null : at, requestId);
        const change: HistoryEntry = { at, by: who.userId, from: current.status, to: target, ...(why ? { note: why } : {}) };
        this.addHistory(requestId, change);
        const moved: ClerkRequest = { ...current, status: target, updatedAt: at };
        moved.overdue = isOverdue(moved, now);
        this.outbox.add(moved, 'requester', 'status_changed', change);
        this.outbox.add(moved, 'clerks', 'status_changed', change);
        return moved;
      })
      .immediate();
  }

  /**
   * One request with its history; clerks see any, everyone else only their own. What a
   * complaint about the Clerk says is withheld from Clerks: it is for the person the protocol
   * routes it to, and only the command line (the server's operator) shows it.
   */
  get(id: number, viewer: Person, options: { operator?: boolean } = {}): RequestWithHistory {
    const requestId = parseOrThrow(idSchema, id);
    const who = validPerson(viewer);
    const request = this.toRequest(this.requireRow(requestId));
    if (who.role !== 'clerk' && who.userId !== request.requester.userId) {
      throw new QueueError('forbidden', `request #${requestId} is not yours: only the Clerk and the person who filed it can see it`);
    }
    const aboutTheClerk = request.kind === 'complaint' && (request.details as ComplaintDetails).about === 'clerk';
    if (aboutTheClerk && who.userId !== request.requester.userId && !options.operator) {
      request.details = { about: 'clerk', whatHappened: `(withheld: a complaint about the Clerk is for ${request.routing.recipient})` };
    }
    return { ...request, history: this.history(requestId) };
  }

  /** Requests matching the filter, overdue first, then oldest first. */
  list(filter: ListFilter = {}): ClerkRequest[] {
    const valid = parseOrThrow(listFilterSchema, filter);
    const where: string[] = [];
    const params: Array<string | number> = [];
    if (valid.status === 'open') where.push(`status IN (${OPEN_SQL})`);
    else if (valid.status) {
      where.push('status = ?');
      params.push(valid.status);
    }
    if (valid.requesterId) {
      where.push('requester_id = ?');
      params.push(valid.requesterId);
    }
    if (valid.council) {
      where.push('council = ?');
      params.push(valid.council);
    }
    const at = this.now().toISOString();
    const sql = `SELECT * FROM requests ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY CASE WHEN (status = 'new' AND acknowledge_by < ?) OR (status IN (${OPEN_SQL}) AND resolve_by < ?) THEN 0 ELSE 1 END,
               created_at, id
      LIMIT ?`;
    const rows = this.sql<Array<string | number>, RequestRow>(sql).all(...params, at, at, valid.limit ?? -1);
    return rows.map((row) => this.toRequest(row));
  }

  savePerson(person: Person): void {
    const valid = validPerson(person);
    this.db.transaction(() => this.upsertPerson(valid, this.now().toISOString())).immediate();
  }

  person(userId: string): Person | undefined {
    const row = this.sql<[string], { user_id: string; name: string; role: Role }>(
      'SELECT user_id, name, role FROM people WHERE user_id = ?',
    ).get(userId);
    return row ? { userId: row.user_id, name: row.name, role: row.role } : undefined;
  }

  recordFeedback(feedback: { userId: string; council: string; intent: string; helpful: boolean; clauseRefs: string[] }): void {
    const valid = parseOrThrow(feedbackSchema, feedback);
    this.sql('INSERT INTO feedback (user_id, council, intent, helpful, clause_refs, at) VALUES (?, ?, ?, ?, ?, ?)').run(
      valid.userId,
      valid.council,
      valid.intent,
      valid.helpful ? 1 : 0,
      JSON.stringify(valid.clauseRefs),
      this.now().toISOString(),
    );
  }

  /** Keeps an out-of-scope or low-confidence message for the Clerk, for the retention period. */
  recordUnanswered(unanswered: { userId: string; council: string; text: string; intent: string; confidence: number }): void {
    const valid = parseOrThrow(unansweredSchema, unanswered);
    this.sql('INSERT INTO unanswered (user_id, council, text, intent, confidence, at) VALUES (?, ?, ?, ?, ?, ?)').run(
      valid.userId,
      valid.council,
      valid.text,
      valid.intent,
      valid.confidence,
      this.now().toISOString(),
    );
  }

  /** Unanswered questions still within retention, newest first, for the Clerk's review. */
  unanswered(filter: { council?: string } = {}): UnansweredRecord[] {
    const rows = filter.council
      ? this.sql<[string], UnansweredRow>('SELECT * FROM unanswered WHERE council = ? ORDER BY at DESC, id DESC').all(filter.council)
      : this.sql<[], UnansweredRow>('SELECT * FROM unanswered ORDER BY at DESC, id DESC').all();
    return rows.map(toUnanswered);
  }

  setChannelPost(requestId: number, platform: string, reference: string): void {
    const id = parseOrThrow(idSchema, requestId);
    const valid = parseOrThrow(referenceSchema, { platform, key: String(id), reference });
    this.requireRow(id);
    this.sql(
      `INSERT INTO channel_posts (request_id, platform, reference) VALUES (?, ?, ?)
       ON CONFLICT (request_id, platform) DO UPDATE SET reference = excluded.reference`,
    ).run(id, valid.platform, valid.reference);
  }

  channelPost(requestId: number, platform: string): string | undefined {
    return this.sql<[number, string], { reference: string }>(
      'SELECT reference FROM channel_posts WHERE request_id = ? AND platform = ?',
    ).get(requestId, platform)?.reference;
  }

  setConversationReference(platform: string, key: string, reference: string): void {
    const valid = parseOrThrow(referenceSchema, { platform, key, reference });
    this.sql(
      `INSERT INTO conversation_refs (platform, key, reference, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (platform, key) DO UPDATE SET reference = excluded.reference, updated_at = excluded.updated_at`,
    ).run(valid.platform, valid.key, valid.reference, this.now().toISOString());
  }

  conversationReference(platform: string, key: string): string | undefined {
    return this.sql<[string, string], { reference: string }>(
      'SELECT reference FROM conversation_refs WHERE platform = ? AND key = ?',
    ).get(platform, key)?.reference;
  }

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
        const unanswered = this.deleteExpiredUnanswered();
        return { requests, history, outbox, channelPosts, unanswered };
      })
      .immediate();
  }

  /** Deletes unanswered questions older than the retention period; returns how many. */
  purgeExpiredUnanswered(): number {
    return this.db.transaction(() => this.deleteExpiredUnanswered()).immediate();
  }

  /** Everything held about one person (subject access request). */
  exportPerson(userId: string): PersonExport {
    const id = parseOrThrow(keySchema, userId);
    const person = this.sql<[string], { user_id: string; name: string; role: Role; updated_at: string }>(
      'SELECT * FROM people WHERE user_id = ?',
    ).get(id);
    const requests = this.sql<[string], RequestRow>('SELECT * FROM requests WHERE requester_id = ? ORDER BY id')
      .all(id)
      .map((row) => ({ ...this.toRequest(row), history: this.history(row.id) }));
    const actions = this.sql<[string, string], HistoryRow>(
      `SELECT h.* FROM request_history h JOIN requests r ON r.id = h.request_id
        WHERE h.by_user = ? AND r.requester_id <> ? ORDER BY h.id`,
    )
      .all(id, id)
      .map((row) => ({ requestId: row.request_id, at: row.at, from: row.from_status, to: row.to_status }));
    const feedback = this.sql<[string], FeedbackRow>('SELECT * FROM feedback WHERE user_id = ? ORDER BY id')
      .all(id)
      .map((row) => ({
        userId: row.user_id,
        council: row.council,
        intent: row.intent,
        helpful: row.helpful === 1,
        clauseRefs: JSON.parse(row.clause_refs) as string[],
        at: row.at,
      }));
    const unanswered = this.sql<[string], UnansweredRow>('SELECT * FROM unanswered WHERE user_id = ? ORDER BY id').all(id).map(toUnanswered);
    return {
      userId: id,
      exportedAt: this.now().toISOString(),
      person: person ? { userId: person.user_id, name: person.name, role: person.role, updatedAt: person.updated_at } : null,
      requests,
      actions,
      feedback,
      unanswered,
    };
  }

  /**
   * An online backup: consistent even while the bot is writing. The file must not exist yet
   * (a backup never overwrites another); it is created readable by its owner only.
   */
  async backup(destination: string): Promise<{ pages: number }> {
    fs.writeFileSync(destination, '', { flag: 'wx', mode: 0o600 });
    try {
      const result = await this.db.backup(destination);
      restrictToOwner(destination);
      return { pages: result.totalPages };
    } catch (error) {
      fs.rmSync(destination, { force: true });
      throw error;
    }
  }

  /** Runs SQL checks for tests and operators: `PRAGMA integrity_check` says "ok" when sound. */
  integrityCheck(): string {
    return this.db.pragma('integrity_check', { simple: true }) as string;
  }

  private deleteExpiredUnanswered(): number {
    const cutoff = new Date(this.now().getTime() - this.retentionDays * DAY_MS).toISOString();
    return this.sql('DELETE FROM unanswered WHERE at <= ?').run(cutoff).changes;
  }

  /** Records who someone is; an unchanged person is not rewritten (one page less per filing). */
  private upsertPerson(person: Person, at: string): void {
    this.sql(
      `INSERT INTO people (user_id, name, role, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (user_id) DO UPDATE SET name = excluded.name, role = excluded.role, updated_at = excluded.updated_at
        WHERE name IS NOT excluded.name OR role IS NOT excluded.role`,
    ).run(person.userId, person.name, person.role, at);
  }

  private addHistory(requestId: number, entry: HistoryEntry): void {
    this.sql('INSERT INTO request_history (request_id, at, by_user, from_status, to_status, note) VALUES (?, ?, ?, ?, ?, ?)').run(
      requestId,
      entry.at,
      entry.by,
      entry.from,
      entry.to,
      entry.note ?? null,
    );
  }

  private history(requestId: number): HistoryEntry[] {
    return this.sql<[number], HistoryRow>('SELECT * FROM request_history WHERE request_id = ? ORDER BY id')
      .all(requestId)
      .map((row) => ({
        at: row.at,
        by: row.by_user,
        from: row.from_status,
        to: row.to_status,
        ...(row.note ? { note: row.note } : {}),
      }));
  }

  private requireRow(id: number): RequestRow {
    const row = this.sql<[number], RequestRow>('SELECT * FROM requests WHERE id = ?').get(id);
    if (!row) throw new QueueError('not_found', `there is no request #${id}`);
    return row;
  }

  private toRequest(row: RequestRow): ClerkRequest {
    const request: ClerkRequest = {
      id: row.id,
      kind: row.kind,
      council: row.council,
      status: row.status,
      requester: { userId: row.requester_id, name: row.requester_name, role: row.requester_role },
      subject: row.subject,
      details: JSON.parse(row.details) as ClerkRequest['details'],
      routing: {
        recipient: row.route_recipient,
        ...(row.route_clause ? { clause: row.route_clause } : {}),
        ...(row.route_note ? { note: row.route_note } : {}),
      },
      confidential: row.confidential === 1,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      acknowledgeBy: row.acknowledge_by,
      resolveBy: row.resolve_by,
      overdue: false,
    };
    request.overdue = isOverdue(request, this.now());
    return request;
  }

  /** Prepared statements, compiled once per SQL text; parameters are always bound. */
  private sql<P extends unknown[] = unknown[], R = unknown>(source: string): BetterSqlite3.Statement<P, R> {
    let statement = this.statements.get(source);
    if (!statement) {
      statement = this.db.prepare(source);
      this.statements.set(source, statement);
    }
    return statement as unknown as BetterSqlite3.Statement<P, R>;
  }
}

interface FeedbackRow {
  user_id: string;
  council: string;
  intent: string;
  helpful: number;
  clause_refs: string;
  at: string;
}

interface UnansweredRow {
  id: number;
  user_id: string;
  council: string;
  text: string;
  intent: string;
  confidence: number;
  at: string;
}

function toUnanswered(row: UnansweredRow): UnansweredRecord {
  return { id: row.id, userId: row.user_id, council: row.council, text: row.text, intent: row.intent, confidence: row.confidence, at: row.at };
}
