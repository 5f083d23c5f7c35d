import type { SlackContext } from '../../context';
import { councilOf, questionView } from '../../modals';
import type { ButtonListener } from '../shared';
import { readOffer } from './offer-payload';

/** "Ask the Clerk" under an answer: the question form, with the question and the bot's answer. */
export const openQuestion =
  (ctx: SlackContext): ButtonListener =>
  async ({ ack, action, body, client }) => {
    await ack();
    const offer = readOffer(action.value);
    await client.views.open({ trigger_id: body.trigger_id, view: questionView(ctx, councilOf(ctx, offer.c), { question: offer.q, botAnswer: offer.b }) });
  };
