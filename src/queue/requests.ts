import { z } from 'zod';
import type { ProtocolLibrary } from '../protocols/library';
import type { Db } from './db';
import { DueTargets, dueDates, isOverdue } from './due';
import { checkMove, isOpen, OPEN_STATUSES } from './lifecycle';
import { OutboxStore } from './outbox-store';
import type { PeopleStore } from './people';
import { isAboutTheClerk, isClerk, Roles } from './roles';
import { idSchema } from './references';
import { routeRequest } from './routing';
import { ListFilter, listFilterSchema, noteSchema, parseOrThrow, statusSchema, validNewRequest, validPerson } from './schemas';
import type { Sql } from './statements';
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

export type RequestWithHistory = ClerkRequest & { history: HistoryEntry[] };

export interface RequestRow {
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

export interface HistoryRow {
  request_id: number;
  at: string;
  by_user: string;
  from_status: RequestStatus | null;
  to_status: RequestStatus;
  note: string | null;
}

const keySchema = z.string().trim().min(1).max(200);

const OPEN_SQL = OPEN_STATUSES.map((s) => `'${s}'`).join(', ');

/** One page of requests (see `RequestStore.page`). */
export interface RequestPage {
  requests: ClerkRequest[];
  /** How many requests match the filter, on every page. */
  total: number;
  /** The next page's cursor, when there is one. */
  next?: string;
}

const DEFAULT_PAGE = 50;
const pageLimitSchema = z.number({ error: 'a page size is a whole number' }).int('a page size is a whole number').min(1, 'a page holds at least 1 request').max(1000, 'a page holds at most 1000 requests');

/** What a list reads: its WHERE clause and, where one serves its order, the index to read. */
interface Where {
  sql: string;
  params: Array<string | number>;
  index?: string;
}

/** Where a page ended: which part (0 overdue, 1 the rest) and the last row's place in it. */
interface Cursor {
  part: 0 | 1;
  createdAt: string;
  id: number;
}

const cursorSchema = z.tuple([z.union([z.literal(0), z.literal(1)]), z.string().min(1).max(40), z.number().int().positive()]);

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.part, cursor.createdAt, cursor.id])).toString('base64url');
}

function decodeCursor(text: string): Cursor {
  try {
    const [part, createdAt, id] = cursorSchema.parse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    return { part, createdAt, id };
  } catch {
    throw new QueueError('invalid', 'that page cursor is not one this queue gave out: start again from the first page');
  }
}

/**
 * Requests with their history and outbox: the only way requests are filed, moved and read.
 * Every write is one IMMEDIATE transaction holding the change, its history row and its outbox
 * row(s), and it is committed before the method returns — so anything a user is told was
 * filed is on disk. IMMEDIATE takes the write lock up front, so a second process waits
 * (busy_timeout) instead of failing with SQLITE_BUSY when its read turns into a write.
 */
export class RequestStore {
  readonly outbox: OutboxStore;

  constructor(
    private readonly db: Db,
    private readonly sql: Sql,
    private readonly now: () => Date,
    private readonly library: ProtocolLibrary,
    private readonly targets: DueTargets,
    private readonly people: PeopleStore,
    private readonly roles: Roles,
  ) {
    this.outbox = new OutboxStore(db, now);
  }

  /**
   * Files a request, routed by the council's protocol; the Clerks' channel is notified. With
   * `receiptByOutbox`, the requester's receipt is a notification too (a channel whose receipt is a
   * message of its own, Slack's DM): committed with the request, so an outage delays it rather than
   * loses it, and written once however often the same form is sent.
   */
  file(request: NewRequest, options: { idempotencyKey?: string; receiptByOutbox?: boolean } = {}): ClerkRequest {
    const valid = validNewRequest(request);
    if (!this.library.has(valid.council)) {
      throw new QueueError('invalid', `unknown council "${valid.council}"; known councils: ${this.library.ids().join(', ')}`);
    }
    // A key is the requester's own: the same form sent again returns their request, and a key
    // someone else already used (a copied Teams form id, a reused view id) never returns theirs.
    const key = options.idempotencyKey === undefined ? null : `${valid.requester.userId} ${parseOrThrow(keySchema, options.idempotencyKey)}`;
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
        const routing = routeRequest(council, valid.kind, about, valid.requester.role);
        const due = dueDates(now, this.targets);
        this.people.recordRequester(valid.requester, at);
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
        this.notify(filed, 'filed');
        if (options.receiptByOutbox) this.outbox.add(filed, 'requester', 'filed');
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
        this.hideFromOthers(current, who);
        checkMove(current, target, who, why, this.roles.actsAsClerk(current, who));
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
        this.notify(moved, 'status_changed', change);
        return moved;
      })
      .immediate();
  }

  /**
   * One request with its history; clerks see any, everyone else only their own. A complaint
   * about the Clerk is for the person the protocol routes it to (CLERK_COMPLAINTS_USER_IDS), its
   * complainant and the command line (the server's operator): to a Clerk it does not exist.
   */
  get(id: number, viewer: Person, options: { operator?: boolean } = {}): RequestWithHistory {
    const requestId = parseOrThrow(idSchema, id);
    const who = validPerson(viewer);
    const request = this.toRequest(this.requireRow(requestId));
    if (!options.operator) {
      this.hideFromOthers(request, who);
      if (!this.roles.actsAsClerk(request, who) && who.userId !== request.requester.userId) {
        throw new QueueError('forbidden', `request #${requestId} is not yours: only the Clerk and the person who filed it can see it`);
      }
    }
    return { ...request, history: this.history(requestId) };
  }

  /**
   * Whether `actor` may act on request `id` with the Clerk's authority (the buttons a channel shows). A complaint about
   * the Clerk is not there for anyone `get` and `move` hide it from (not_found), as they say: a Clerk pressing a stale
   * or forged Acknowledge on one was told "Only the Clerk's team can acknowledge requests …" in Slack (uat18), where
   * the console's /move and Teams' card said "There is no request #…".
   */
  actsAsClerk(id: number, actor: Person): boolean {
    const request = this.toRequest(this.requireRow(parseOrThrow(idSchema, id)));
    const who = validPerson(actor);
    this.hideFromOthers(request, who);
    return this.roles.actsAsClerk(request, who);
  }

  /** A complaint about the Clerk is reported as not there to anyone but its complainant and handler. */
  private hideFromOthers(request: ClerkRequest, who: Person): void {
    if (isAboutTheClerk(request) && who.userId !== request.requester.userId && !this.roles.handlesClerkComplaints(who.userId)) {
      throw new QueueError('not_found', `there is no request #${request.id}`);
    }
  }

  /**
   * Open complaints about the Clerk that a configured recipient has never been told of (filed
   * while nobody was configured, or before they were added) are sent to them now, so that
   * configuring CLERK_COMPLAINTS_USER_IDS later still delivers what was waiting. Returns how many
   * notifications were added.
   */
  notifyWaitingClerkComplaints(): number {
    const recipients = this.roles.clerkComplaintsRecipients;
    if (recipients.length === 0) return 0;
    return this.db
      .transaction((): number => {
        const waiting = this.sql<[], RequestRow>(
          `SELECT * FROM requests WHERE status IN (${OPEN_SQL}) AND kind = 'complaint' AND json_extract(details, '$.about') = 'clerk' ORDER BY id`,
        ).all();
        let added = 0;
        for (const row of waiting) {
          for (const recipient of recipients) {
            const told = this.sql<[number, string], { id: number }>(
              "SELECT id FROM outbox WHERE request_id = ? AND audience = 'clerk_complaints' AND recipient = ? LIMIT 1",
            ).get(row.id, recipient);
            if (told) continue;
            this.outbox.add(this.toRequest(row), 'clerk_complaints', 'filed', undefined, recipient);
            added += 1;
          }
        }
        return added;
      })
      .immediate();
  }

  /** Whether a complaint about the Clerk is addressed to anyone (a notification for them exists); else it waits, undeliverable. */
  addressedToSomeone(id: number): boolean {
    return this.sql<[number], { id: number }>("SELECT id FROM outbox WHERE request_id = ? AND audience = 'clerk_complaints' LIMIT 1").get(id) !== undefined;
  }

  /**
   * Who hears of a request besides its requester: the Clerks' channel, or for a complaint about
   * the Clerk each person configured to receive it, privately — and nobody if none is (the
   * complainant was told so, and `queue list` flags it).
   */
  private notify(request: ClerkRequest, event: 'filed' | 'status_changed', change?: HistoryEntry): void {
    if (!isAboutTheClerk(request)) {
      this.outbox.add(request, 'clerks', event, change);
      return;
    }
    for (const recipient of this.roles.clerkComplaintsRecipients) this.outbox.add(request, 'clerk_complaints', event, change, recipient);
  }

  /**
   * Requests matching the filter that `viewer` may see, overdue first, then oldest first: a
   * Clerk sees every request but complaints about the Clerk, the person configured for those
   * sees them too, anyone else only their own; the command line (`operator`) sees all.
   */
  list(filter: ListFilter, viewer: Person, options: { operator?: boolean } = {}): ClerkRequest[] {
    const valid = parseOrThrow(listFilterSchema, filter);
    return this.ordered(this.visible(valid, viewer, options), valid.limit ?? -1).requests;
  }

  /**
   * One page of `list`, in the same order, with how many requests match in all and, when there
   * are more, the cursor of the next page (opaque; pass it back as given).
   */
  page(filter: ListFilter, viewer: Person, options: { operator?: boolean; limit?: number; cursor?: string } = {}): RequestPage {
    const valid = parseOrThrow(listFilterSchema, filter);
    const limit = parseOrThrow(pageLimitSchema, options.limit ?? DEFAULT_PAGE);
    const where = this.visible(valid, viewer, options);
    const after = options.cursor === undefined ? undefined : decodeCursor(options.cursor);
    const { requests, last } = this.ordered(where, limit + 1, after);
    const more = requests.length > limit;
    const shown = more ? requests.slice(0, limit) : requests;
    const from = where.index ? `requests INDEXED BY ${where.index}` : 'requests';
    const total = this.sql<Array<string | number>, { n: number }>(`SELECT count(*) AS n FROM ${from} ${where.sql}`).get(...where.params)?.n ?? 0;
    return { requests: shown, total, ...(more ? { next: encodeCursor(last[limit - 1]) } : {}) };
  }

  /** The WHERE clause for what `viewer` may see of what the filter asks for. */
  private visible(valid: z.output<typeof listFilterSchema>, viewer: Person, options: { operator?: boolean }): Where {
    const who = validPerson(viewer);
    const where: string[] = [];
    const params: Array<string | number> = [];
    if (!options.operator) {
      const handler = this.roles.handlesClerkComplaints(who.userId);
      const clerk = isClerk(who);
      const aboutClerk = `(kind = 'complaint' AND json_extract(details, '$.about') = 'clerk')`;
      if (clerk && handler) {
        // sees everything
      } else if (clerk) {
        where.push(`(NOT ${aboutClerk} OR requester_id = ?)`);
        params.push(who.userId);
      } else if (handler) {
        where.push(`(${aboutClerk} OR requester_id = ?)`);
        params.push(who.userId);
      } else {
        where.push('requester_id = ?');
        params.push(who.userId);
      }
    }
    // Written exactly as the partial index requests_open (migration 3) is, so SQLite uses it.
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
    return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params, ...(valid.status === 'open' ? { index: 'requests_open' } : {}) };
  }

  /**
   * Overdue first, then the rest, each oldest first. Two reads in index order (created_at, id),
   * one for each part, each stopping at the limit: no sort of every matching row. `after` is
   * where the previous page ended.
   */
  private ordered(where: Where, limit: number, after?: Cursor): { requests: ClerkRequest[]; last: Cursor[] } {
    const at = this.now().toISOString();
    const overdue = `((status = 'new' AND acknowledge_by < ?) OR (status IN (${OPEN_SQL}) AND resolve_by < ?))`;
    const rows: { row: RequestRow; part: 0 | 1 }[] = [];
    for (const part of [0, 1] as const) {
      if (after && after.part > part) continue;
      const wanted = limit < 0 ? -1 : limit - rows.length;
      if (wanted === 0) break;
      const conditions = [where.sql ? where.sql.slice('WHERE '.length) : '', part === 0 ? overdue : `NOT ${overdue}`];
      const params: Array<string | number> = [...where.params, at, at];
      if (after && after.part === part) {
        conditions.push('(created_at, id) > (?, ?)');
        params.push(after.createdAt, after.id);
      }
      // Named for the open queue: left to itself, SQLite reads the status index and sorts.
      const sql = `SELECT * FROM requests ${where.index ? `INDEXED BY ${where.index} ` : ''}WHERE ${conditions.filter(Boolean).join(' AND ')} ORDER BY created_at, id LIMIT ?`;
      for (const row of this.sql<Array<string | number>, RequestRow>(sql).all(...params, wanted)) rows.push({ row, part });
    }
    return {
      requests: rows.map(({ row }) => this.toRequest(row)),
      last: rows.map(({ row, part }) => ({ part, createdAt: row.created_at, id: row.id })),
    };
  }

  /** Requests one person filed, confidential ones included, each with its full history. */
  filedBy(userId: string): RequestWithHistory[] {
    return this.sql<[string], RequestRow>('SELECT * FROM requests WHERE requester_id = ? ORDER BY id')
      .all(userId)
      .map((row) => ({ ...this.toRequest(row), history: this.history(row.id) }));
  }

  /** Moves one person made on other people's requests (notes left out: they concern others). */
  actionsBy(userId: string): Array<{ requestId: number; at: string; from: RequestStatus | null; to: RequestStatus }> {
    return this.sql<[string, string], HistoryRow>(
      `SELECT h.* FROM request_history h JOIN requests r ON r.id = h.request_id
        WHERE h.by_user = ? AND r.requester_id <> ? ORDER BY h.id`,
    )
      .all(userId, userId)
      .map((row) => ({ requestId: row.request_id, at: row.at, from: row.from_status, to: row.to_status }));
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

  history(requestId: number): HistoryEntry[] {
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

  requireRow(id: number): RequestRow {
    const row = this.sql<[number], RequestRow>('SELECT * FROM requests WHERE id = ?').get(id);
    if (!row) throw new QueueError('not_found', `there is no request #${id}`);
    return row;
  }

  toRequest(row: RequestRow): ClerkRequest {
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
}
