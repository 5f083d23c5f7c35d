import { FIELDS } from '../../blocks';
import type { SlackContext } from '../../context';
import { explain, isQueueError, mayActAsClerk, refusalFor, SubmissionListener } from '../shared';
import { readMetadata, readRefusal } from './forms';

/** The Refuse modal, submitted: the request is refused with the reason, which the requester is sent. */
export const submitRefusal =
  (ctx: SlackContext): SubmissionListener =>
  async ({ ack, view, body }) => {
    const form = readRefusal(view);
    if (!form.ok) {
      await ack({ response_action: 'errors', errors: form.errors });
      return;
    }
    const id = readMetadata(view).requestId;
    if (id === undefined) {
      await ack({ response_action: 'errors', errors: { [FIELDS.refuseReason]: 'This form is out of date: close it and press Refuse again.' } });
      return;
    }
    if (!mayActAsClerk(ctx, id, body.user.id)) {
      const refusal = refusalFor(ctx, id, body.user.id, "Only the Clerk's team can refuse requests; nothing was changed.");
      await ack({ response_action: 'errors', errors: { [FIELDS.refuseReason]: refusal } });
      return;
    }
    const actor = ctx.identity.personNow(body.user.id, body.user.name);
    try {
      ctx.queue.move(id, 'refused', actor, form.value.reason);
    } catch (error) {
      if (!isQueueError(error)) ctx.logger.error('slack.refuse_failed', { request: id, error: (error as Error).message });
      await ack({ response_action: 'errors', errors: { [FIELDS.refuseReason]: explain(error) } });
      return;
    }
    await ack();
    ctx.logger.info('slack.request_moved', { user: body.user.id, request: id, to: 'refused' });
  };
