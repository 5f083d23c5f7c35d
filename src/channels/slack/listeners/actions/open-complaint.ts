import type { SlackContext } from '../../context';
import { complaintView, councilOf } from '../../modals';
import type { ButtonListener } from '../shared';
import { readOffer } from './offer-payload';

/** "Make a complaint" under an answer: the confidential form, with whom it is about preselected. */
export const openComplaint =
  (ctx: SlackContext): ButtonListener =>
  async ({ ack, action, body, client }) => {
    await ack();
    const offer = readOffer(action.value);
    await client.views.open({ trigger_id: body.trigger_id, view: complaintView(ctx, councilOf(ctx, offer.c), ctx.identity.role(body.user.id), { about: offer.a }) });
  };
