import { z } from 'zod';
import { parseOrThrow } from './schemas';
import type { Sql } from './statements';

const welcomeSchema = z.object({
  userId: z.string().trim().min(1).max(200),
  channel: z.string().trim().min(1).max(40),
});

/**
 * The `welcomed` table: whom a channel has already greeted, so a welcome is said once per person
 * and channel, across restarts and however many bot processes share the database.
 */
export class WelcomeBook {
  constructor(
    private readonly sql: Sql,
    private readonly now: () => Date,
  ) {}

  /**
   * Claims the welcome for this person: true the first time only. Claimed before it is sent, so
   * two events arriving together never both send it; `forgetWelcome` gives the claim back when
   * sending fails, so the next visit tries again.
   */
  claimWelcome(userId: string, channel: string): boolean {
    const valid = parseOrThrow(welcomeSchema, { userId, channel });
    return (
      this.sql(`INSERT INTO welcomed (user_id, channel, at) VALUES (?, ?, ?) ON CONFLICT (user_id, channel) DO NOTHING`).run(
        valid.userId,
        valid.channel,
        this.now().toISOString(),
      ).changes === 1
    );
  }

  forgetWelcome(userId: string, channel: string): void {
    this.sql('DELETE FROM welcomed WHERE user_id = ? AND channel = ?').run(userId, channel);
  }

  /** For a subject access request: when each channel welcomed this person. */
  forUser(userId: string): Array<{ channel: string; at: string }> {
    return this.sql<[string], { channel: string; at: string }>('SELECT channel, at FROM welcomed WHERE user_id = ? ORDER BY at').all(userId);
  }
}
