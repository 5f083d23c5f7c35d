import { truncate } from '../../text';
import type { SlackContext } from '../../context';
import { councilOf, documentRequestView } from '../../modals';
import type { CommandListener } from '../shared';

/** `/request-documents [what]`: the document request form, prefilled with the text typed. */
export const requestDocumentsCommand =
  (ctx: SlackContext): CommandListener =>
  async ({ command, ack, client }) => {
    await ack();
    const what = truncate((command.text ?? '').trim(), 2000) || undefined;
    await client.views.open({ trigger_id: command.trigger_id, view: documentRequestView(ctx, councilOf(ctx), { what }) });
  };
