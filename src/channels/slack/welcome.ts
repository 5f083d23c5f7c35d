import type { webApi } from '@slack/bolt';
import { welcomeMessage } from './blocks';
import type { SlackContext } from './context';

const CHANNEL = 'slack';

/**
 * The first time someone opens the bot's Messages tab the chat is empty: say what the bot does,
 * how to ask and its commands, once. The welcome is claimed in the queue before it is posted, so
 * two quick visits never post it twice; if Slack refuses it, the claim is given back and the next
 * visit tries again.
 */
export async function welcomeOnce(
  ctx: Pick<SlackContext, 'identity' | 'queue' | 'library' | 'assistant' | 'logger'>,
  client: Pick<webApi.WebClient, 'chat' | 'users'>,
  slackId: string,
  dmChannel: string,
): Promise<void> {
  const person = await ctx.identity.person(slackId, client);
  if (!ctx.queue.claimWelcome(person.userId, CHANNEL)) return;
  try {
    const council = ctx.library.get(ctx.assistant.defaultCouncil).council;
    await client.chat.postMessage({ channel: dmChannel, ...welcomeMessage({ council, isClerk: person.role === 'clerk' }) });
    ctx.logger.info('slack.welcomed', { user: person.userId });
  } catch (error) {
    ctx.queue.forgetWelcome(person.userId, CHANNEL);
    ctx.logger.warn('slack.welcome_failed', { user: person.userId, error: (error as Error).message });
  }
}
