import { requestDetailsModal } from '../../blocks';
import type { SlackContext } from '../../context';
import { ButtonListener, explain, requestIdForClerk, tellPresser } from '../shared';
import { clerkTitleOf } from '../../../labels';

/** "View details": a request's details and history in a modal. Clerks only (how complaints are read). */
export const viewDetails =
  (ctx: SlackContext): ButtonListener =>
  async (args) => {
    const { ack, body, client } = args;
    await ack();
    const id = await requestIdForClerk(ctx, args, "A complaint's details are confidential: only the Clerk's team can open them.", 'slack.details_refused');
    if (id === undefined) return;
    const viewer = await ctx.identity.person(body.user.id, client);
    try {
      const request = ctx.queue.get(id, viewer);
      ctx.logger.info('slack.details_opened', { user: body.user.id, request: id });
      await client.views.open({ trigger_id: body.trigger_id, view: requestDetailsModal(request, clerkTitleOf(ctx.library, request.council)) });
    } catch (error) {
      await tellPresser(ctx, args, explain(error));
    }
  };
