import { clerkQueueMessage } from '../../blocks';
import type { SlackContext } from '../../context';
import { CommandListener, replyPrivately } from '../shared';

export const NOT_A_CLERK =
  "Sorry, the Clerk's queue is only open to the Clerk's team. `/my-requests` shows your own requests and where they are.";

/** `/clerk-queue`: the open queue, overdue first, for Clerks; a polite refusal for anyone else. */
export const clerkQueueCommand =
  (ctx: SlackContext): CommandListener =>
  async ({ command, ack, respond }) => {
    await ack();
    const person = ctx.identity.personNow(command.user_id, command.user_name);
    if (!ctx.identity.isClerk(command.user_id)) {
      ctx.logger.info('slack_clerk_queue_refused', { user: command.user_id });
      await replyPrivately(respond, NOT_A_CLERK);
      return;
    }
    await replyPrivately(respond, clerkQueueMessage(ctx.queue.list({ status: 'open' }, person)));
  };
