import { FIELDS } from '../../blocks';
import type { SlackContext } from '../../context';
import { councilOf } from '../../modals';
import { oneLine, truncate } from '../../text';
import type { SubmissionListener } from '../shared';
import { fileAndConfirm } from './file-request';
import { readMetadata, readQuestion } from './forms';

/** "Ask the Clerk", submitted: filed as a question, with what the bot already answered. */
export const submitQuestion =
  (ctx: SlackContext): SubmissionListener =>
  async (args) => {
    const { ack, view, body } = args;
    const form = readQuestion(view);
    if (!form.ok) {
      await ack({ response_action: 'errors', errors: form.errors });
      return;
    }
    const metadata = readMetadata(view);
    const council = councilOf(ctx, metadata.council);
    const requester = ctx.identity.personNow(body.user.id, body.user.name);
    await fileAndConfirm(
      ctx,
      args,
      {
        kind: 'question',
        council,
        requester,
        subject: truncate(oneLine(form.value.question), 200),
        details: { question: form.value.question, ...(metadata.botAnswer ? { botAnswer: metadata.botAnswer } : {}) },
      },
      FIELDS.question,
    );
  };
