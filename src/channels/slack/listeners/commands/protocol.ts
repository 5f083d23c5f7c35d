import { z } from 'zod';
import { replyMessages } from '../../blocks';
import type { SlackContext } from '../../context';
import { answerFor } from '../events/answer';
import { CommandListener, replyPrivately } from '../shared';

const questionSchema = z
  .string()
  .trim()
  .min(1, 'Ask me a question after the command, e.g. `/protocol can I give the groundsman instructions?`')
  .max(2000, 'That question is too long for me: please keep it under 2,000 characters.');

/** `/protocol <question>`: the answer, seen only by the asker. */
export const protocolCommand =
  (ctx: SlackContext): CommandListener =>
  async ({ command, ack, respond, client }) => {
    await ack();
    const question = questionSchema.safeParse(command.text ?? '');
    if (!question.success) {
      await replyPrivately(respond, question.error.issues[0].message);
      return;
    }
    const person = await ctx.identity.person(command.user_id, client);
    const reply = answerFor(ctx, question.data, person);
    if (!reply) {
      await replyPrivately(respond, 'Sorry, I could not answer that just now. Please try again in a minute.');
      return;
    }
    for (const message of replyMessages(reply)) await replyPrivately(respond, message);
  };
