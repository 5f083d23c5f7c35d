import { z } from 'zod';
import { parseOrThrow, referenceSchema } from './schemas';
import type { Sql } from './statements';

export const idSchema = z
  .number({ error: 'a request id is a whole number' })
  .int('a request id is a whole number')
  .positive('a request id is a whole number above 0');

/**
 * The `channel_posts` and `conversation_refs` tables: where a channel posted a request (to
 * update the post in place) and how to reach a conversation again (Teams' proactive messages).
 * Opaque strings to the queue; each channel knows what its own mean.
 */
export class ChannelReferences {
  constructor(
    private readonly sql: Sql,
    private readonly now: () => Date,
    /** Throws QueueError('not_found') for an unknown request id. */
    private readonly requireRequest: (id: number) => unknown,
  ) {}

  setChannelPost(requestId: number, platform: string, reference: string): void {
    const id = parseOrThrow(idSchema, requestId);
    const valid = parseOrThrow(referenceSchema, { platform, key: String(id), reference });
    this.requireRequest(id);
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
}
