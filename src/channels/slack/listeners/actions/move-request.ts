import { ACTIONS, MOVE_TARGETS } from '../../blocks';
import { clerkOnlyRefusal, clerkTitleOf, movedLine } from '../../../labels';
import type { SlackContext } from '../../context';
import { publishHome } from '../../home';
import { ButtonListener, explain, isQueueError, mayActAsClerk, refusalFor, requestIdOf, tellPresser } from '../shared';

/** A Map, since the key comes from the request (an action_id such as `constructor` must find nothing). */
const MOVES_BY_ACTION = new Map<string, keyof typeof MOVE_TARGETS>([
  [ACTIONS.acknowledge, 'acknowledge'],
  [ACTIONS.start, 'start'],
]);

/** The core's refusal of a Clerk's move (`clerkOnlyRefusal`), with Slack's way to withdraw one's own request. */
export const notAClerk = (move: keyof typeof MOVE_TARGETS): string => clerkOnlyRefusal(MOVE_TARGETS[move], '/my-requests lets you withdraw it');

/**
 * Acknowledge / Start on a request (Resolve and Refuse open a modal first: close-request.ts). Only Clerks may press them; anyone else is told
 * why and nothing changes. The Clerks' channel message and the requester's DM follow through
 * the outbox, never from here.
 */
export const moveRequest =
  (ctx: SlackContext): ButtonListener =>
  async (args) => {
    const { ack, action, body, client } = args;
    await ack();
    const move = MOVES_BY_ACTION.get(action.action_id);
    const id = requestIdOf(action.value);
    if (!move || id === undefined) {
      await tellPresser(ctx, args, 'Sorry, that button is out of date; nothing was changed.');
      return;
    }
    if (!mayActAsClerk(ctx, id, body.user.id)) {
      ctx.logger.warn('slack.move_refused', { user: body.user.id, request: id, move });
      await tellPresser(ctx, args, refusalFor(ctx, id, body.user.id, notAClerk(move)));
      return;
    }
    const actor = await ctx.identity.person(body.user.id, client);
    try {
      const moved = ctx.queue.move(id, MOVE_TARGETS[move], actor);
      ctx.logger.info('slack.request_moved', { user: body.user.id, request: id, to: moved.status });
      if (body.view?.type === 'home') {
        await publishHome(ctx, client, body.user.id, movedLine(moved, clerkTitleOf(ctx.library, moved.council)));
      }
    } catch (error) {
      if (!isQueueError(error)) ctx.logger.error('slack.move_failed', { request: id, error: (error as Error).message });
      await tellPresser(ctx, args, explain(error));
    }
  };
