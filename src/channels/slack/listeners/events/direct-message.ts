import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackContext } from '../../context';
import { answerInThread } from './answer';
import { slackThread } from '../../thread';

/** A DM to the bot: answered in a thread under it. Edits, joins and bots' messages are ignored. */
export const directMessage =
  (ctx: SlackContext) =>
  async ({ event, client }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs): Promise<void> => {
    if (event.subtype !== undefined) return;
    if (event.channel_type !== 'im' || event.bot_id || !event.user) return;
    const thread = slackThread({ channel: event.channel, ts: event.ts, threadTs: event.thread_ts, isDirectMessage: true });
    await answerInThread(ctx, client, { user: event.user, channel: event.channel, threadTs: event.thread_ts ?? event.ts, text: event.text ?? '', thread });
  };
