import { clerkMoves, refuseModal, resolveModal } from '../../blocks';
import type { ClerkMove } from '../../blocks';
import type { SlackContext } from '../../context';
import { clerkTitleOf, kindLabel, refusalWords, statusLabel } from '../../../labels';
import { ButtonListener, explain, requestIdForClerk, tellPresser } from '../shared';
import { notAClerk } from './move-request';

/**
 * A move that closes a request and says something to the requester opens a modal first:
 * Refuse asks for the reason (required), Resolve for a note (optional: where the papers are,
 * what was decided). The move itself is made when the modal is sent (views/close-request.ts).
 */
const askBeforeClosing =
  (move: Extract<ClerkMove, 'refuse' | 'resolve'>, pastTense: (kind: string) => string) =>
  (ctx: SlackContext): ButtonListener =>
  async (args) => {
    const { ack, body, client } = args;
    await ack();
    const id = await requestIdForClerk(ctx, args, notAClerk(move), 'slack.move_refused');
    if (id === undefined) return;
    const actor = await ctx.identity.person(body.user.id, client);
    let request;
    try {
      request = ctx.queue.get(id, actor);
    } catch (error) {
      await tellPresser(ctx, args, explain(error));
      return;
    }
    if (!clerkMoves(request.status).includes(move)) {
      await tellPresser(ctx, args, `${kindLabel(request.kind, clerkTitleOf(ctx.library, request.council))} #${id} is ${statusLabel(request.status, request.kind).toLowerCase()}: it cannot be ${pastTense(request.kind)} now.`);
      return;
    }
    const clerkTitle = clerkTitleOf(ctx.library, request.council);
    await client.views.open({ trigger_id: body.trigger_id, view: move === 'refuse' ? refuseModal(request) : resolveModal(request, clerkTitle) });
  };

/** Refuse on a request: a modal asking the Clerk for the reason, which the requester is sent. */
export const refuseRequest = askBeforeClosing('refuse', (kind) => refusalWords(kind).done);
/** Resolve on a request: a modal for an optional note, which the requester is sent with the news. */
export const resolveRequest = askBeforeClosing('resolve', () => 'resolved');
