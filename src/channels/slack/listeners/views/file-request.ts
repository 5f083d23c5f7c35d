import type { NewRequest } from '../../../../queue/types';
import { filedModal, filedReceiptMessage } from '../../blocks';
import type { SlackContext } from '../../context';
import { sendDirectMessage } from '../../sender';
import { explain, isQueueError, SubmissionArgs } from '../shared';
import { clerkTitleOf } from '../../../labels';

/**
 * Files a submitted form and acknowledges the submission with the request's id, routing and due
 * dates in place of the form. The request is in SQLite before the modal says so. The modal's
 * view id is the idempotency key: a submission Slack delivers twice files once.
 * `errorBlock` is the field a refusal from the queue is shown next to.
 */
export async function fileAndConfirm(ctx: SlackContext, args: SubmissionArgs, request: NewRequest, errorBlock: string): Promise<void> {
  const { ack, view, body, client } = args;
  let filed;
  try {
    filed = ctx.queue.file(request, { idempotencyKey: `slack:view:${view.id}` });
  } catch (error) {
    if (!isQueueError(error)) ctx.logger.error('slack.file_failed', { user: body.user.id, kind: request.kind, error: (error as Error).message });
    await ack({ response_action: 'errors', errors: { [errorBlock]: explain(error) } });
    return;
  }
  const notice = ctx.queue.filedNotice(filed);
  const clerkTitle = clerkTitleOf(ctx.library, filed.council);
  await ack({ response_action: 'update', view: filedModal(filed, notice, clerkTitle) });
  ctx.logger.info('slack.request_filed', { user: body.user.id, request: filed.id, kind: filed.kind });
  // A copy of the receipt in their DMs, to keep once the modal is closed. Best effort: the
  // modal already told them, and the Clerks' channel hears through the outbox regardless.
  try {
    await sendDirectMessage(client, body.user.id, filedReceiptMessage(filed, notice, clerkTitle));
  } catch (error) {
    ctx.logger.warn('slack.receipt_failed', { user: body.user.id, request: filed.id, error: (error as Error).message });
  }
}
