import { newRequest } from '../../../../queue/forms';
import { FIELDS } from '../../blocks';
import type { SlackContext } from '../../context';
import { councilOf } from '../../modals';
import type { SubmissionListener } from '../shared';
import { fileAndConfirm } from './file-request';
import { readDocumentRequest, readMetadata } from './forms';

/** The document request form, submitted: validated, then filed for the Clerk. */
export const submitDocumentRequest =
  (ctx: SlackContext): SubmissionListener =>
  async (args) => {
    const { ack, view, body } = args;
    const form = readDocumentRequest(view, ctx.now());
    if (!form.ok) {
      await ack({ response_action: 'errors', errors: form.errors });
      return;
    }
    const council = councilOf(ctx, readMetadata(view).council);
    const requester = ctx.identity.personNow(body.user.id, body.user.name);
    await fileAndConfirm(ctx, args, newRequest('document_access', council, requester, form.value), FIELDS.what);
  };
