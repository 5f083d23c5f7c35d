import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

/**
 * How hard SQLite works to make each commit durable.
 *
 * - `normal` (the default): in WAL mode a commit is appended to the WAL file before the call
 *   returns, and the WAL is fsynced at each checkpoint. A request the user was told is filed
 *   survives the process being killed (SIGKILL, OOM, a crash in a channel library) — that is
 *   the failure a chat bot meets, and what the crash test checks. What it does not survive is
 *   the machine losing power or the kernel crashing before the WAL reaches the disk — at the
 *   next checkpoint (with the BackgroundCheckpointer, within about half a second of a request
 *   being filed or changed; within 4 s for other writes) or when the kernel
 *   writes dirty pages back (~30 s on Linux). The database is never corrupted by that, but the
 *   last commits can be missing.
 * - `full`: every commit also fsyncs the WAL, so it survives power loss too. On this project's
 *   shared build machine that made filing depend on everyone else's disk traffic: measured
 *   between ~70 filings/s with p99 250 ms and ~1,400/s with p99 4 ms, against a steady p99
 *   under 1 ms for `normal`. Issue 4's target (≥ 1,000 filings/s, p99 ≤ 5 ms) needs `normal`.
 *
 * A council files a handful of requests a week, so `full` is affordable in production on a
 * machine whose disk or power is not trusted; it is an option, not the default, because the
 * default must meet the published target and the failure the bot meets is a killed process.
 */
export type Durability = 'normal' | 'full';

/** Concurrent writers (two bot processes, the CLI beside the bot) wait this long for the lock. */
export const BUSY_TIMEOUT_MS = 15_000;

/** WAL pages between automatic checkpoints; see openDatabase. */
const WAL_AUTOCHECKPOINT_PAGES = 4_000;
/** With a BackgroundCheckpointer: ~160 MB, reached only if that thread has stopped working. */
const SAFETY_NET_CHECKPOINT_PAGES = 40_000;

interface Migration {
  version: number;
  description: string;
  sql: string;
}

/**
 * Versioned schema, applied in order; `PRAGMA user_version` records the last one applied.
 * Never edit a shipped migration: add the next one.
 */
/** Exported for tests that build a database as an older version left it. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'requests, history, outbox, people, feedback, unanswered questions, channel references',
    sql: `
      CREATE TABLE people (
        user_id    TEXT PRIMARY KEY,
        name       TEXT NOT NULL,
        role       TEXT NOT NULL CHECK (role IN ('councillor', 'officer', 'clerk')),
        updated_at TEXT NOT NULL
      );

      -- AUTOINCREMENT so that an id, once told to a user, never names another request after a purge.
      CREATE TABLE requests (
        id              INTEGER PRIMARY KEY AUTOINCREMENT,
        kind            TEXT NOT NULL CHECK (kind IN ('document_access', 'complaint', 'question')),
        council         TEXT NOT NULL,
        status          TEXT NOT NULL CHECK (status IN ('new', 'acknowledged', 'in_progress', 'resolved', 'refused', 'withdrawn')),
        requester_id    TEXT NOT NULL,
        requester_name  TEXT NOT NULL,
        requester_role  TEXT NOT NULL,
        subject         TEXT NOT NULL,
        details         TEXT NOT NULL,
        route_recipient TEXT NOT NULL,
        route_clause    TEXT,
        route_note      TEXT,
        confidential    INTEGER NOT NULL CHECK (confidential IN (0, 1)),
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        acknowledge_by  TEXT NOT NULL,
        resolve_by      TEXT NOT NULL,
        closed_at       TEXT,
        idempotency_key TEXT UNIQUE
      );
      CREATE INDEX requests_by_status ON requests (status, created_at);
      CREATE INDEX requests_by_requester ON requests (requester_id, created_at);
      CREATE INDEX requests_by_closed ON requests (closed_at) WHERE closed_at IS NOT NULL;

      CREATE TABLE request_history (
        id          INTEGER PRIMARY KEY,
        request_id  INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
        at          TEXT NOT NULL,
        by_user     TEXT NOT NULL,
        from_status TEXT,
        to_status   TEXT NOT NULL,
        note        TEXT
      );
      CREATE INDEX history_by_request ON request_history (request_id, id);

      -- AUTOINCREMENT: a notification id is delivered at most once, so it must never be reused.
      CREATE TABLE outbox (
        id              INTEGER PRIMARY KEY AUTOINCREMENT,
        request_id      INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
        audience        TEXT NOT NULL CHECK (audience IN ('clerks', 'requester')),
        recipient       TEXT,
        event           TEXT NOT NULL CHECK (event IN ('filed', 'status_changed')),
        payload         TEXT NOT NULL,
        created_at      TEXT NOT NULL,
        attempts        INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        claimed_by      TEXT,
        claimed_until   TEXT,
        last_error      TEXT,
        delivered_at    TEXT,
        delivered_via   TEXT
      );
      CREATE INDEX outbox_pending ON outbox (next_attempt_at, id) WHERE delivered_at IS NULL;
      CREATE INDEX outbox_by_request ON outbox (request_id, audience, id);

      CREATE TABLE feedback (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id     TEXT NOT NULL,
        council     TEXT NOT NULL,
        intent      TEXT NOT NULL,
        helpful     INTEGER NOT NULL CHECK (helpful IN (0, 1)),
        clause_refs TEXT NOT NULL,
        at          TEXT NOT NULL
      );
      CREATE INDEX feedback_by_user ON feedback (user_id);

      CREATE TABLE unanswered (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id    TEXT NOT NULL,
        council    TEXT NOT NULL,
        text       TEXT NOT NULL,
        intent     TEXT NOT NULL,
        confidence REAL NOT NULL,
        at         TEXT NOT NULL
      );
      CREATE INDEX unanswered_by_at ON unanswered (at);
      CREATE INDEX unanswered_by_user ON unanswered (user_id);

      -- Where a request's notice was posted in the Clerks' channel, to update it in place.
      CREATE TABLE channel_posts (
        request_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
        platform   TEXT NOT NULL,
        reference  TEXT NOT NULL,
        PRIMARY KEY (request_id, platform)
      );

      -- How to reach a user or channel proactively (Teams needs a stored conversation reference).
      CREATE TABLE conversation_refs (
        platform   TEXT NOT NULL,
        key        TEXT NOT NULL,
        reference  TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (platform, key)
      );
    `,
  },
  {
    version: 2,
    description: 'complaints about the Clerk go to their own audience; a Clerk role saved by filing is not a grant',
    sql: `
      -- Before version 2, filing saved the requester's role as given, so a Clerk listed in
      -- CLERK_USER_IDS who filed anything was saved as a clerk and stayed one after being
      -- taken off the list. Those roles were never granted: the operator grants them again.
      UPDATE people SET role = 'councillor'
       WHERE role = 'clerk' AND user_id IN (SELECT requester_id FROM requests WHERE requester_role = 'clerk');

      -- A CHECK constraint cannot be altered in SQLite: the outbox is rebuilt with the new
      -- audience, keeping its ids and its AUTOINCREMENT high-water mark (an id is never reused).
      CREATE TABLE outbox_v2 (
        id              INTEGER PRIMARY KEY AUTOINCREMENT,
        request_id      INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
        audience        TEXT NOT NULL CHECK (audience IN ('clerks', 'requester', 'clerk_complaints')),
        recipient       TEXT,
        event           TEXT NOT NULL CHECK (event IN ('filed', 'status_changed')),
        payload         TEXT NOT NULL,
        created_at      TEXT NOT NULL,
        attempts        INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        claimed_by      TEXT,
        claimed_until   TEXT,
        last_error      TEXT,
        delivered_at    TEXT,
        delivered_via   TEXT
      );
      -- A complaint about the Clerk is never the Clerks' channel's: notices not yet sent there are dropped.
      INSERT INTO outbox_v2 SELECT * FROM outbox
       WHERE NOT (audience = 'clerks' AND delivered_at IS NULL AND request_id IN
                  (SELECT id FROM requests WHERE kind = 'complaint' AND json_extract(details, '$.about') = 'clerk'));
      INSERT INTO sqlite_sequence (name, seq) SELECT 'outbox_v2', seq FROM sqlite_sequence WHERE name = 'outbox'
        AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'outbox_v2');
      UPDATE sqlite_sequence SET seq = max(seq, (SELECT seq FROM sqlite_sequence WHERE name = 'outbox')) WHERE name = 'outbox_v2';
      DROP TABLE outbox;
      ALTER TABLE outbox_v2 RENAME TO outbox;
      CREATE INDEX outbox_pending ON outbox (next_attempt_at, id) WHERE delivered_at IS NULL;
      CREATE INDEX outbox_by_request ON outbox (request_id, audience, id);
    `,
  },
  {
    version: 3,
    description: 'the outbox poll reads pending rows only, through an index; a delivered notification keeps its record, not a copy of the request; the open queue is ordered by an index',
    sql: `
      -- What a pending notification will say (the request as it was, and the change) lives in
      -- its own table until it is delivered, then is deleted: the outbox row stays as the
      -- record of who was told what, when and how, at a hundred-odd bytes, and freed pages are
      -- reused by later notifications instead of leaving every outbox page mostly empty.
      CREATE TABLE outbox_payloads (
        outbox_id INTEGER PRIMARY KEY REFERENCES outbox (id) ON DELETE CASCADE,
        payload   TEXT NOT NULL
      );
      INSERT INTO outbox_payloads (outbox_id, payload) SELECT id, payload FROM outbox WHERE delivered_at IS NULL;
      DROP INDEX outbox_pending;
      ALTER TABLE outbox DROP COLUMN payload;
      -- The poll wants pending rows oldest first: a partial index in that order holds only them,
      -- so the poll never visits a delivered row, however many there are.
      CREATE INDEX outbox_pending ON outbox (id) WHERE delivered_at IS NULL;
      -- "Is an earlier notification for this request and audience still pending?", answered
      -- from pending rows only.
      CREATE INDEX outbox_pending_by_request ON outbox (request_id, audience, id) WHERE delivered_at IS NULL;
      -- Retention finds delivered records past their time without reading the whole table.
      CREATE INDEX outbox_delivered ON outbox (delivered_at) WHERE delivered_at IS NOT NULL;
      -- The Clerk's open queue, oldest first, with what decides "overdue" and who may see a
      -- request (a complaint about the Clerk; whose it is): a page and its total are read from
      -- this index alone. It holds open requests only, so it stays small.
      CREATE INDEX requests_open ON requests (created_at, id, status, acknowledge_by, resolve_by, kind, json_extract(details, '$.about'), requester_id)
        WHERE status IN ('new', 'acknowledged', 'in_progress');
    `,
  },
  {
    version: 4,
    description: 'who has been welcomed, so a chat says hello to each person once',
    sql: `
      -- Slack's Messages tab opens an empty chat: the bot says what it does the first time, and
      -- this row stops it saying so at every visit. user_id is the queue's id (slack:U…).
      CREATE TABLE welcomed (
        user_id TEXT NOT NULL,
        channel TEXT NOT NULL,
        at      TEXT NOT NULL,
        PRIMARY KEY (user_id, channel)
      );
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

export interface OpenDatabaseOptions {
  durability?: Durability;
  /**
   * Set when a BackgroundCheckpointer keeps the WAL short: this connection then checkpoints
   * only as a safety net, should that thread fail.
   */
  checkpointsInBackground?: boolean;
}

/**
 * A database that cannot be used: missing folder, no permission, damaged, or from a newer
 * version. The message is one line naming the file and what to do.
 */
export class DatabaseError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'DatabaseError';
  }
}

/** Opens (creating folder and file on first run) and migrates the queue's database. */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Db {
  const onDisk = file !== ':memory:';
  const existing = onDisk ? sizeOf(file) : undefined;
  // A file the deployer created empty is as new as a missing one: it must be made private too.
  const isNew = onDisk && !existing;
  if (onDisk && existing) checkBeforeWriting(file);
  if (onDisk) {
    try {
      fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true, mode: 0o700 });
    } catch (error) {
      throw new DatabaseError(file, `cannot create the database's folder (${describe(error)}); set DATABASE_PATH to a writable place`);
    }
  }
  let db: Db;
  try {
    db = new Database(file);
  } catch (error) {
    throw new DatabaseError(file, `cannot open the database (${describe(error)}); check DATABASE_PATH and the file's owner`);
  }
  try {
    // Complaints are confidential: only the bot's own user may read the file. SQLite gives the
    // -wal and -shm files the database file's permissions.
    if (isNew) restrictToOwner(file);
    // busy_timeout first: every later statement, including the switch to WAL, may meet a lock.
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // Switching a new database to WAL takes an exclusive lock that SQLite does not wait for:
    // two processes opening it together would see "database is locked". Retry instead.
    retryWhileBusy(() => db.pragma('journal_mode = WAL'));
    db.pragma(`synchronous = ${options.durability === 'full' ? 'FULL' : 'NORMAL'}`);
    db.pragma('foreign_keys = ON');
    // A checkpoint copies the WAL into the database and fsyncs it: 10–250 ms on a slow disk,
    // paid by whichever commit triggers it. A filing writes ~12 pages, so SQLite's default of
    // 1,000 pages makes one filing in ~80 pay — the p99. At 4,000 pages (a WAL of ~16 MB) it is
    // one in ~300. journal_size_limit trims the WAL file back after a burst.
    db.pragma(`wal_autocheckpoint = ${options.checkpointsInBackground ? SAFETY_NET_CHECKPOINT_PAGES : WAL_AUTOCHECKPOINT_PAGES}`);
    db.pragma(`journal_size_limit = ${64 * 1024 * 1024}`);
    retryWhileBusy(() => migrate(db));
    return db;
  } catch (error) {
    db.close();
    if (onDisk && !(error instanceof DatabaseError) && isDamage(error)) throw damaged(file, error);
    throw error;
  }
}

/** Bytes in `file`, or undefined when there is no such file. */
function sizeOf(file: string): number | undefined {
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) throw new DatabaseError(file, 'is a folder, not a database file; set DATABASE_PATH to a file name such as var/protocol-bot.sqlite');
    return stat.size;
  } catch (error) {
    if (error instanceof DatabaseError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new DatabaseError(file, `cannot read the database (${describe(error)}); check DATABASE_PATH and the file's owner`);
  }
}

/**
 * Reads an existing database without writing to it: its schema version (a newer one is
 * refused untouched, not even switched to WAL) and SQLite's quick check of every page (a
 * damaged file stops start-up instead of failing later, request by request).
 */
function checkBeforeWriting(file: string): void {
  let db: Db | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    const found = schemaVersion(db);
    if (found > SCHEMA_VERSION) {
      throw new DatabaseError(file, `the database's schema (version ${found}) is newer than this program's (${SCHEMA_VERSION}); upgrade protocol-bot (the file was not changed)`);
    }
    const check = String(db.pragma('quick_check(1)', { simple: true }));
    if (check !== 'ok') throw damaged(file, new Error(check));
  } catch (error) {
    if (error instanceof DatabaseError) throw error;
    if (isDamage(error)) throw damaged(file, error);
    throw new DatabaseError(file, `cannot read the database (${describe(error)}); check DATABASE_PATH and the file's owner`);
  } finally {
    db?.close();
  }
}

const isDamage = (error: unknown): boolean => /^SQLITE_(CORRUPT|NOTADB)/.test((error as { code?: string }).code ?? '');

const damaged = (file: string, error: unknown): DatabaseError =>
  new DatabaseError(file, `the database is damaged (${describe(error)}); nothing was written: restore it from a backup (see "db backup" in the README)`);

/** An error's first line, without a stack. */
function describe(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const message = String(e?.message ?? error).split('\n')[0].slice(0, 200);
  return e?.code && !message.includes(e.code) ? `${e.code}: ${message}` : message;
}

/** Runs `work` again, with growing pauses, while another connection holds a lock it cannot wait for. */
function retryWhileBusy<T>(work: () => T): T {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (let attempt = 1; ; attempt++) {
    try {
      return work();
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (!code.startsWith('SQLITE_BUSY') || Date.now() >= deadline) throw error;
      Atomics.wait(PAUSE, 0, 0, Math.min(10 * attempt, 200));
    }
  }
}
const PAUSE = new Int32Array(new SharedArrayBuffer(4));

/** Makes a database or backup file readable and writable by its owner only (where supported). */
export function restrictToOwner(file: string): void {
  try {
    fs.chmodSync(file, 0o600);
  } catch {
    // Not every filesystem has Unix permissions (e.g. some Windows or network mounts).
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies the migrations this file is missing. Two processes may open a new file at the same
 * moment, so the version is read again inside an IMMEDIATE transaction: the second waits for
 * the first and then finds nothing to do.
 */
function migrate(db: Db): void {
  const found = schemaVersion(db);
  if (found > SCHEMA_VERSION) {
    // An older program must not write to a schema it does not know.
    throw new DatabaseError(db.name, `the database's schema (version ${found}) is newer than this program's (${SCHEMA_VERSION}); upgrade protocol-bot`);
  }
  if (found === SCHEMA_VERSION) return;
  db.transaction(() => {
    const current = schemaVersion(db);
    for (const migration of MIGRATIONS) {
      if (migration.version <= current) continue;
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }
  }).immediate();
}
