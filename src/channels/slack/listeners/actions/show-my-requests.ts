import { myRequestsMessage } from '../../blocks';
import type { SlackContext } from '../../context';
import type { ButtonListener } from '../shared';
import { defaultClerkTitle } from '../../home';

/** "My requests" under a request_status answer: the list, seen only by whoever pressed it. */
export const showMyRequests =
  (ctx: SlackContext): ButtonListener =>
  async ({ ack, body, respond }) => {
    await ack();
    const person = ctx.identity.personNow(body.user.id, body.user.name);
    const requests = ctx.queue.list({ requesterId: person.userId }, person);
    await respond({ response_type: 'ephemeral', replace_original: false, ...myRequestsMessage(requests, defaultClerkTitle(ctx)) });
  };
