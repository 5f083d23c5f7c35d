import { QueueError } from '../../../../queue/types';
import { clerkQueueMessage, QUEUE_PAGE } from '../../blocks';
import type { SlackContext } from '../../context';
import { CommandListener, replyPrivately } from '../shared';
import { defaultClerkTitle } from '../../home';
import { queueOnlyForClerks } from '../../../labels';


/** `/clerk-queue [cursor]`: the open queue a page at a time, overdue first, for Clerks; a polite refusal for anyone else. */
export const clerkQueueCommand =
  (ctx: SlackContext): CommandListener =>
  async ({ command, ack, respond }) => {
    await ack();
    const person = ctx.identity.personNow(command.user_id, command.user_name);
    if (!ctx.identity.isClerk(command.user_id)) {
      ctx.logger.info('slack.clerk_queue_refused', { user: command.user_id });
      await replyPrivately(respond, queueOnlyForClerks(defaultClerkTitle(ctx), '`/my-requests`'));
      return;
    }
    // `/clerk-queue <cursor>` is the next page, as the previous page named it.
    const cursor = command.text.trim() || undefined;
    try {
      const page = ctx.queue.page({ status: 'open' }, person, { cursor, limit: QUEUE_PAGE.message });
      await replyPrivately(respond, clerkQueueMessage(page.requests, page, defaultClerkTitle(ctx)));
    } catch (error) {
      if (!(error instanceof QueueError)) throw error;
      await replyPrivately(respond, `${error.message}: \`/clerk-queue\` shows the first page.`);
    }
  };
