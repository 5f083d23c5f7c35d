import type { webApi } from '@slack/bolt';
import type { Reply } from '../../../../assistant/reply';
import type { ThreadRef } from '../../../../conversation/context';
import type { Person } from '../../../../queue/types';
import { KnownBlock, replyMessages } from '../../blocks';
import type { SlackContext } from '../../context';
import { ASK_WHAT } from '../../../labels';

/** `<@U123>` mentions (the bot's own, in an @mention) are not part of the question. */
export function stripMentions(text: string): string {
  return text.replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The core's answer. The Assistant itself keeps out-of-scope and unsure questions for the
 * Clerk's review (`recordUnanswered`), so the channel does not record them a second time.
 */
export function answerFor(ctx: Pick<SlackContext, 'assistant' | 'logger'>, text: string, person: Person, thread?: ThreadRef): Reply | undefined {
  try {
    return ctx.assistant.answer(text, { id: person.userId, name: person.name, role: person.role }, thread ? { thread } : {});
  } catch (error) {
    ctx.logger.error('slack.answer_failed', { user: person.userId, error: (error as Error).message });
    return undefined;
  }
}

export const ANSWER_FAILED = 'Sorry, I could not answer that just now. Please try again in a minute.';

/** Answers a DM or an @mention in its thread, as Block Kit, reading it as a turn of `thread`. */
export async function answerInThread(
  ctx: Pick<SlackContext, 'assistant' | 'identity' | 'logger'>,
  client: Pick<webApi.WebClient, 'chat' | 'users'>,
  message: { user: string; channel: string; threadTs: string; text: string; thread?: ThreadRef },
): Promise<void> {
  const post = (content: { text: string; blocks?: KnownBlock[] }) =>
    client.chat.postMessage({ channel: message.channel, thread_ts: message.threadTs, unfurl_links: false, unfurl_media: false, ...content });
  const question = stripMentions(message.text);
  if (question === '') {
    await post({ text: ASK_WHAT });
    return;
  }
  const person = await ctx.identity.person(message.user, client);
  const reply = answerFor(ctx, question, person, message.thread);
  if (!reply) {
    await post({ text: ANSWER_FAILED });
    return;
  }
  for (const part of replyMessages(reply)) await post(part);
  ctx.logger.info('slack.answered', { user: message.user, intent: reply.intent, confidence: reply.confidence, clauses: reply.clauses.length, followUp: reply.followUp ?? false });
}
