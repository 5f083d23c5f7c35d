import { QueueError } from '../../../../queue/types';
import { clerkQueueMessage, QUEUE_PAGE } from '../../blocks';
import type { SlackContext } from '../../context';
import { CommandListener, replyPrivately } from '../shared';
import { defaultClerkTitle } from '../../home';

export const NOT_A_CLERK =
  "Sorry, the Clerk's queue is only open to the Clerk's team. `/my-requests` shows your own requests and where they are.";

/** `/clerk-queue [cursor]`: the open queue a page at a time, overdue first, for Clerks; a polite refusal for anyone else. */
export const clerkQueueCommand =
  (ctx: SlackContext): CommandListener =>
  async ({ command, ack, respond }) => {
    await ack();
    const person = ctx.identity.personNow(command.user_id, command.user_name);
    if (!ctx.identity.isClerk(command.user_id)) {
      ctx.logger.info('slack.clerk_queue_refused', { user: command.user_id });
      await replyPrivately(respond, NOT_A_CLERK);
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
