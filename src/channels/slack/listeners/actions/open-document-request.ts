import type { SlackContext } from '../../context';
import { councilOf, documentRequestView } from '../../modals';
import type { ButtonListener } from '../shared';
import { readOffer } from './offer-payload';

/** "Request these documents" under an answer: the form, prefilled with what was asked. */
export const openDocumentRequest =
  (ctx: SlackContext): ButtonListener =>
  async ({ ack, action, body, client }) => {
    await ack();
    const offer = readOffer(action.value);
    await client.views.open({ trigger_id: body.trigger_id, view: documentRequestView(ctx, councilOf(ctx, offer.c), { what: offer.s }) });
  };
