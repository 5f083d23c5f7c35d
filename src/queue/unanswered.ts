import type { Db } from './db';
import { parseOrThrow, Unanswered, unansweredSchema } from './schemas';
import { DAY_MS, Sql } from './statements';

export interface UnansweredRecord extends Unanswered {
  id: number;
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

/** The `unanswered` table: messages the bot could not answer, kept for the Clerk's review for a while. */
export class UnansweredStore {
  constructor(
    private readonly db: Db,
    private readonly sql: Sql,
    private readonly now: () => Date,
    private readonly retentionDays: number,
  ) {}

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

  /** Everything one person left unanswered, oldest first (subject access request). */
  forUser(userId: string): UnansweredRecord[] {
    return this.sql<[string], UnansweredRow>('SELECT * FROM unanswered WHERE user_id = ? ORDER BY id').all(userId).map(toUnanswered);
  }

  /** Deletes unanswered questions older than the retention period; returns how many. */
  purgeExpiredUnanswered(): number {
    return this.db.transaction(() => this.deleteExpiredUnanswered()).immediate();
  }

  /** The deletion itself, for a caller already inside a transaction. */
  deleteExpiredUnanswered(): number {
    const cutoff = new Date(this.now().getTime() - this.retentionDays * DAY_MS).toISOString();
    return this.sql('DELETE FROM unanswered WHERE at <= ?').run(cutoff).changes;
  }
}

function toUnanswered(row: UnansweredRow): UnansweredRecord {
  return { id: row.id, userId: row.user_id, council: row.council, text: row.text, intent: row.intent, confidence: row.confidence, at: row.at };
}
