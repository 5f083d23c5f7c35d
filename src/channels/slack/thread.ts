import type { ThreadRef } from '../../conversation/context';

/** In a DM whose messages are not threaded, a new message continues the last one this recently. */
export const DM_CONTINUES_WITHIN_MS = 10 * 60 * 1000;

/**
 * The conversation a Slack message belongs to: its thread (`thread_ts`), or for a message that
 * starts one, the thread the bot's reply opens under it. A top-level DM also carries on the DM's
 * running conversation if its last turn was within 10 minutes, since people often type
 * follow-ups as new messages rather than in the thread.
 */
export function slackThread(message: { channel: string; ts: string; threadTs?: string; isDirectMessage: boolean }): ThreadRef {
  const key = `slack:${message.channel}:${message.threadTs ?? message.ts}`;
  if (message.threadTs || !message.isDirectMessage) return { key };
  return { key, continues: { key: `slack:${message.channel}`, withinMs: DM_CONTINUES_WITHIN_MS } };
}
