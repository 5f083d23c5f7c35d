import { z } from 'zod';
import { ACTIONS } from '../../blocks';
import type { SlackContext } from '../../context';
import { slackUserId } from '../../identity';
import { ButtonListener, tellPresser } from '../shared';
import { clerkTitleOf, feedbackThanks, OFFER_KINDS } from '../../../labels';

const clauseRefs = z.array(z.string().max(100)).max(50);
const feedbackSchema = z.object({
  c: z.string().min(1).max(40),
  i: z.string().min(1).max(100),
  r: clauseRefs,
  o: z.array(z.enum(OFFER_KINDS)).max(10).optional(),
  /** A further question's answer, rated with the first (absent on one-question replies and older buttons). */
  a: z.array(z.object({ i: z.string().min(1).max(100), r: clauseRefs })).max(5).optional(),
});

/** 👍 / 👎 under an answer: stored with the intent and the clauses it cited, one row for each question it answered. */
export const recordFeedback =
  (ctx: SlackContext): ButtonListener =>
  async (args) => {
    const { ack, action, body } = args;
    await ack();
    let payload: z.infer<typeof feedbackSchema>;
    try {
      payload = feedbackSchema.parse(JSON.parse(action.value ?? ''));
    } catch {
      await tellPresser(ctx, args, 'Sorry, that feedback button is out of date; nothing was recorded.');
      return;
    }
    const helpful = action.action_id === ACTIONS.feedbackHelpful;
    for (const rated of [{ i: payload.i, r: payload.r }, ...(payload.a ?? [])]) {
      ctx.queue.recordFeedback({ userId: slackUserId(body.user.id), council: payload.c, intent: rated.i, helpful, clauseRefs: rated.r });
    }
    ctx.logger.info('slack.feedback', { user: body.user.id, intent: payload.i, helpful });
    // 👎 names only a hand-off this answer offered (a button from before `o` existed: none).
    await tellPresser(ctx, args, feedbackThanks(helpful, payload.o ?? [], clerkTitleOf(ctx.library, payload.c)));
  };
