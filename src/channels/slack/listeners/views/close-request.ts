import { FIELDS } from '../../blocks';
import type { SlackContext } from '../../context';
import type { RequestStatus } from '../../../../queue/types';
import { explain, isQueueError, mayActAsClerk, refusalFor, SubmissionListener } from '../shared';
import { readMetadata, readRefusal, readResolution } from './forms';

/**
 * The Refuse and Resolve modals, submitted: the request is closed with the reason (required)
 * or the note (optional), which the requester is sent with the news.
 */
const closeWith =
  (to: Extract<RequestStatus, 'refused' | 'resolved'>) =>
  (ctx: SlackContext): SubmissionListener =>
  async ({ ack, view, body }) => {
    const field = to === 'refused' ? FIELDS.refuseReason : FIELDS.resolveNote;
    const verb = to === 'refused' ? 'refuse' : 'resolve';
    const form = to === 'refused' ? readRefusal(view) : readResolution(view);
    if (!form.ok) {
      await ack({ response_action: 'errors', errors: form.errors });
      return;
    }
    const note = 'reason' in form.value ? form.value.reason : form.value.note;
    const id = readMetadata(view).requestId;
    // The button is named for the kind ("Not upheld" on a complaint, not "Refuse"); a form too old to say which request
    // it is for cannot say which kind either, so it names no button.
    if (id === undefined) {
      await ack({ response_action: 'errors', errors: { [field]: 'This form is out of date: close it and press the button on the request again.' } });
      return;
    }
    if (!mayActAsClerk(ctx, id, body.user.id)) {
      const refusal = refusalFor(ctx, id, body.user.id, `Only the Clerk's team can ${verb} requests; nothing was changed.`);
      await ack({ response_action: 'errors', errors: { [field]: refusal } });
      return;
    }
    const actor = ctx.identity.personNow(body.user.id, body.user.name);
    try {
      ctx.queue.move(id, to, actor, note);
    } catch (error) {
      if (!isQueueError(error)) ctx.logger.error(`slack.${verb}_failed`, { request: id, error: (error as Error).message });
      await ack({ response_action: 'errors', errors: { [field]: explain(error) } });
      return;
    }
    await ack();
    ctx.logger.info('slack.request_moved', { user: body.user.id, request: id, to });
  };

/** The Refuse modal, submitted: the request is refused with the reason, which the requester is sent. */
export const submitRefusal = closeWith('refused');
/** The Resolve modal, submitted: resolved, with the note (if any) sent to the requester. */
export const submitResolution = closeWith('resolved');
