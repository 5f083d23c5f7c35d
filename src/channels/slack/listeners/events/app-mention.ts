import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackContext } from '../../context';
import { answerInThread } from './answer';
import { slackThread } from '../../thread';

/** An @mention in a channel: answered in the thread of the mention. */
export const appMention =
  (ctx: SlackContext) =>
  async ({ event, client }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs): Promise<void> => {
    // DMs are answered by the message listener; answering the mention too would answer twice.
    if (!event.user || event.bot_id || event.channel.startsWith('D')) return;
    const thread = slackThread({ channel: event.channel, ts: event.ts, threadTs: event.thread_ts, isDirectMessage: false });
    await answerInThread(ctx, client, { user: event.user, channel: event.channel, threadTs: event.thread_ts ?? event.ts, text: event.text, thread });
  };
