import { myRequestsMessage } from '../../blocks';
import type { SlackContext } from '../../context';
import { slackUserId } from '../../identity';
import type { ButtonListener } from '../shared';

/** "My requests" under a request_status answer: the list, seen only by whoever pressed it. */
export const showMyRequests =
  (ctx: SlackContext): ButtonListener =>
  async ({ ack, body, respond }) => {
    await ack();
    const requests = ctx.queue.list({ requesterId: slackUserId(body.user.id) });
    await respond({ response_type: 'ephemeral', replace_original: false, ...myRequestsMessage(requests) });
  };
