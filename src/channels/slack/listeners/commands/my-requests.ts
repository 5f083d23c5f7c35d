import { myRequestsMessage } from '../../blocks';
import type { SlackContext } from '../../context';
import { slackUserId } from '../../identity';
import { CommandListener, replyPrivately } from '../shared';

/** `/my-requests`: the asker's own requests, with Withdraw on the open ones. */
export const myRequestsCommand =
  (ctx: SlackContext): CommandListener =>
  async ({ command, ack, respond }) => {
    await ack();
    const requests = ctx.queue.list({ requesterId: slackUserId(command.user_id) });
    await replyPrivately(respond, myRequestsMessage(requests));
  };
