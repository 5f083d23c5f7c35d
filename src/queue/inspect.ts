import fs from 'node:fs';
import Database from 'better-sqlite3';
import { SCHEMA_VERSION } from './db';

/** What `doctor` reads from the queue's database, without writing a byte to it. */
export interface DatabaseReport {
  exists: boolean;
  schemaVersion?: number;
  expectedVersion: number;
  /** "ok", or SQLite's first complaint. */
  integrity?: string;
  journalMode?: string;
  /** Notifications not yet delivered. */
  undelivered?: number;
  /** Undelivered notifications that have failed at least once. */
  failing?: number;
  /** When the oldest undelivered notification was written (ISO), if any. */
  oldestUndeliveredAt?: string;
  /** The last error of the oldest failing notification (first line). */
  lastError?: string;
  /** Whether a Teams Clerks' channel was registered (a conversation reference is kept). */
  teamsClerksChannel?: boolean;
  /** Of the Teams keys asked about, those with no conversation reference (no personal chat known). */
  teamsWithoutChat?: string[];
}

/** Opens the database read-only and reports on it; throws with SQLite's message if it cannot. */
export function inspectDatabase(file: string, options: { teamsClerksChannelKey?: string; teamsPersonalChatKeys?: readonly string[] } = {}): DatabaseReport {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return { exists: false, expectedVersion: SCHEMA_VERSION };
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    const integrity = String(db.pragma('integrity_check(1)', { simple: true }));
    const journalMode = String(db.pragma('journal_mode', { simple: true }));
    const report: DatabaseReport = { exists: true, schemaVersion, expectedVersion: SCHEMA_VERSION, integrity, journalMode };
    if (schemaVersion < 1) return report;
    const outbox = db
      .prepare<[], { undelivered: number; failing: number; oldest: string | null }>(
        `SELECT count(*) AS undelivered, coalesce(sum(attempts > 0), 0) AS failing, min(created_at) AS oldest
           FROM outbox WHERE delivered_at IS NULL`,
      )
      .get()!;
    const lastError = db
      .prepare<[], { last_error: string | null }>(`SELECT last_error FROM outbox WHERE delivered_at IS NULL AND attempts > 0 ORDER BY id LIMIT 1`)
      .get()?.last_error;
    const clerksChannel = options.teamsClerksChannelKey
      ? db.prepare<[string], { n: number }>(`SELECT count(*) AS n FROM conversation_refs WHERE platform = 'teams' AND key = ?`).get(options.teamsClerksChannelKey)!.n > 0
      : undefined;
    const hasReference = db.prepare<[string], { n: number }>(`SELECT count(*) AS n FROM conversation_refs WHERE platform = 'teams' AND key = ?`);
    const withoutChat = options.teamsPersonalChatKeys?.filter((key) => hasReference.get(key)!.n === 0);
    return {
      ...report,
      ...(withoutChat ? { teamsWithoutChat: withoutChat } : {}),
      undelivered: outbox.undelivered,
      failing: outbox.failing,
      ...(outbox.oldest ? { oldestUndeliveredAt: outbox.oldest } : {}),
      ...(lastError ? { lastError: lastError.split('\n')[0].slice(0, 200) } : {}),
      ...(clerksChannel !== undefined ? { teamsClerksChannel: clerksChannel } : {}),
    };
  } finally {
    db.close();
  }
}
