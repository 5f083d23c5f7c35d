import { myRequestsMessage } from '../../blocks';
import type { SlackContext } from '../../context';
import { CommandListener, replyPrivately } from '../shared';
import { defaultClerkTitle } from '../../home';

/** `/my-requests`: the asker's own requests, with Withdraw on the open ones. */
export const myRequestsCommand =
  (ctx: SlackContext): CommandListener =>
  async ({ command, ack, respond }) => {
    await ack();
    const person = ctx.identity.personNow(command.user_id, command.user_name);
    const requests = ctx.queue.list({ requesterId: person.userId }, person);
    await replyPrivately(respond, myRequestsMessage(requests, defaultClerkTitle(ctx)));
  };
