import { Feedback, feedbackSchema, parseOrThrow } from './schemas';
import type { Sql } from './statements';

export interface FeedbackRecord extends Feedback {
  at: string;
}

interface FeedbackRow {
  user_id: string;
  council: string;
  intent: string;
  helpful: number;
  clause_refs: string;
  at: string;
}

/** The `feedback` table: "was this helpful?" answers, by intent and clauses quoted. */
export class FeedbackStore {
  constructor(
    private readonly sql: Sql,
    private readonly now: () => Date,
  ) {}

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

  /** Everything one person answered, oldest first (subject access request). */
  forUser(userId: string): FeedbackRecord[] {
    return this.sql<[string], FeedbackRow>('SELECT * FROM feedback WHERE user_id = ? ORDER BY id')
      .all(userId)
      .map((row) => ({
        userId: row.user_id,
        council: row.council,
        intent: row.intent,
        helpful: row.helpful === 1,
        clauseRefs: JSON.parse(row.clause_refs) as string[],
        at: row.at,
      }));
  }
}
