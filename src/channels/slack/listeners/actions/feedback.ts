import { z } from 'zod';
import { ACTIONS } from '../../blocks';
import type { SlackContext } from '../../context';
import { slackUserId } from '../../identity';
import { ButtonListener, tellPresser } from '../shared';
import { clerkTitleOf, feedbackThanks, OFFER_KINDS } from '../../../labels';

const feedbackSchema = z.object({ c: z.string().min(1).max(40), i: z.string().min(1).max(100), r: z.array(z.string().max(100)).max(50), o: z.array(z.enum(OFFER_KINDS)).max(10).optional() });

/** 👍 / 👎 under an answer: stored with the intent and the clauses it cited. */
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
    ctx.queue.recordFeedback({ userId: slackUserId(body.user.id), council: payload.c, intent: payload.i, helpful, clauseRefs: payload.r });
    ctx.logger.info('slack.feedback', { user: body.user.id, intent: payload.i, helpful });
    // 👎 names only a hand-off this answer offered (a button from before `o` existed: none).
    await tellPresser(ctx, args, feedbackThanks(helpful, payload.o ?? [], clerkTitleOf(ctx.library, payload.c)));
  };
