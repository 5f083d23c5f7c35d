import { newRequest } from '../../../../queue/forms';
import { FIELDS } from '../../blocks';
import type { SlackContext } from '../../context';
import { councilOf } from '../../modals';
import type { SubmissionListener } from '../shared';
import { fileAndConfirm } from './file-request';
import { readMetadata, readQuestion } from './forms';

/** "Ask the Clerk", submitted: filed as a question, with what the bot already answered. */
export const submitQuestion =
  (ctx: SlackContext): SubmissionListener =>
  async (args) => {
    const { ack, view, body } = args;
    const form = readQuestion(view, ctx.now());
    if (!form.ok) {
      await ack({ response_action: 'errors', errors: form.errors });
      return;
    }
    const metadata = readMetadata(view);
    const council = councilOf(ctx, metadata.council);
    const requester = ctx.identity.personNow(body.user.id, body.user.name);
    const value = { question: form.value.question, ...(metadata.botAnswer ? { botAnswer: metadata.botAnswer } : {}) };
    await fileAndConfirm(ctx, args, newRequest('question', council, requester, value), FIELDS.question);
  };
