import type { NewRequest } from '../../../../queue/types';
import { filedModal } from '../../blocks';
import type { SlackContext } from '../../context';
import { explain, isQueueError, SubmissionArgs } from '../shared';
import { clerkTitleOf } from '../../../labels';

/**
 * Files a submitted form and acknowledges the submission with the request's id, routing and due
 * dates in place of the form. The request is in SQLite before the modal says so. The modal's
 * view id is the idempotency key: a submission Slack delivers twice files once. The copy of the
 * receipt by DM, the one kept once the modal is closed, goes through the outbox with the request
 * (uat20): a Slack outage at that moment delays it, and a submission delivered twice sends it once.
 * `errorBlock` is the field a refusal from the queue is shown next to.
 */
export async function fileAndConfirm(ctx: SlackContext, args: SubmissionArgs, request: NewRequest, errorBlock: string): Promise<void> {
  const { ack, view, body } = args;
  let filed;
  try {
    filed = ctx.queue.file(request, { idempotencyKey: `slack:view:${view.id}`, receiptByOutbox: true });
  } catch (error) {
    if (!isQueueError(error)) ctx.logger.error('slack.file_failed', { user: body.user.id, kind: request.kind, error: (error as Error).message });
    await ack({ response_action: 'errors', errors: { [errorBlock]: explain(error) } });
    return;
  }
  const notice = ctx.queue.filedNotice(filed);
  const clerkTitle = clerkTitleOf(ctx.library, filed.council);
  await ack({ response_action: 'update', view: filedModal(filed, notice, clerkTitle) });
  ctx.logger.info('slack.request_filed', { user: body.user.id, request: filed.id, kind: filed.kind });
}
