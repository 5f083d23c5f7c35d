import { myRequestsMessage } from '../../blocks';
import { clerkTitleOf, whoIsTold } from '../../../labels';
import type { SlackContext } from '../../context';
import { defaultClerkTitle, publishHome } from '../../home';
import { ButtonListener, explain, isQueueError, requestIdOf, tellPresser } from '../shared';

/** Withdraw on one's own open request (from /my-requests or the App Home). */
export const withdrawRequest =
  (ctx: SlackContext): ButtonListener =>
  async (args) => {
    const { ack, action, body, client, respond } = args;
    await ack();
    const id = requestIdOf(action.value);
    if (id === undefined) {
      await tellPresser(ctx, args, 'Sorry, that button is out of date; nothing was changed.');
      return;
    }
    const person = await ctx.identity.person(body.user.id, client);
    let told: string;
    try {
      const withdrawn = ctx.queue.move(id, 'withdrawn', person);
      told = whoIsTold(withdrawn, clerkTitleOf(ctx.library, withdrawn.council));
    } catch (error) {
      if (!isQueueError(error)) ctx.logger.error('slack.withdraw_failed', { request: id, error: (error as Error).message });
      await tellPresser(ctx, args, explain(error));
      return;
    }
    ctx.logger.info('slack.request_withdrawn', { user: body.user.id, request: id });
    const notice = `Request #${id} is withdrawn; ${told} has been told.`;
    if (body.view?.type === 'home') {
      await publishHome(ctx, client, body.user.id, notice);
    } else if (body.response_url) {
      const list = myRequestsMessage(ctx.queue.list({ requesterId: person.userId }, person), defaultClerkTitle(ctx));
      await respond({ response_type: 'ephemeral', replace_original: true, text: notice, blocks: list.blocks });
    }
  };
