import { clerkMoves, refuseModal } from '../../blocks';
import type { SlackContext } from '../../context';
import { ButtonListener, explain, requestIdForClerk, tellPresser } from '../shared';
import { notAClerk } from './move-request';

/** Refuse on a request: a modal asking the Clerk for the reason, which the requester is sent. */
export const refuseRequest =
  (ctx: SlackContext): ButtonListener =>
  async (args) => {
    const { ack, body, client } = args;
    await ack();
    const id = await requestIdForClerk(ctx, args, notAClerk('refuse'), 'slack.move_refused');
    if (id === undefined) return;
    const actor = await ctx.identity.person(body.user.id, client);
    let request;
    try {
      request = ctx.queue.get(id, actor);
    } catch (error) {
      await tellPresser(ctx, args, explain(error));
      return;
    }
    if (!clerkMoves(request.status).includes('refuse')) {
      await tellPresser(ctx, args, `Request #${id} is ${request.status.replace('_', ' ')}: it cannot be refused now.`);
      return;
    }
    await client.views.open({ trigger_id: body.trigger_id, view: refuseModal(request) });
  };
