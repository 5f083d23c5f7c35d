import { newRequest } from '../../../../queue/forms';
import { clerkTitleOf } from '../../../labels';
import { FIELDS } from '../../blocks';
import type { SlackContext } from '../../context';
import { councilOf } from '../../modals';
import type { SubmissionListener } from '../shared';
import { fileAndConfirm } from './file-request';
import { readComplaint, readMetadata } from './forms';

/**
 * The complaint form, submitted. Confidential: the subject is a fixed phrase, never the
 * complainant's words, and the confirmation goes only to the complainant (modal and DM).
 */
export const submitComplaint =
  (ctx: SlackContext): SubmissionListener =>
  async (args) => {
    const { ack, view, body } = args;
    const form = readComplaint(view, ctx.now());
    if (!form.ok) {
      await ack({ response_action: 'errors', errors: form.errors });
      return;
    }
    const council = councilOf(ctx, readMetadata(view).council);
    const requester = ctx.identity.personNow(body.user.id, body.user.name);
    await fileAndConfirm(ctx, args, newRequest('complaint', council, requester, form.value, clerkTitleOf(ctx.library, council)), FIELDS.whatHappened);
  };
