import { COMPLAINT_SUBJECTS, ComplaintSubject } from '../../../../queue/types';
import type { SlackContext } from '../../context';
import { complaintView, councilOf } from '../../modals';
import { truncate } from '../../text';
import type { CommandListener } from '../shared';

/**
 * `/complaint [officer|councillor|clerk | what happened]`: the confidential complaint form.
 * The command's text is never echoed anywhere but the form, which only the complainant sees.
 */
export const complaintCommand =
  (ctx: SlackContext): CommandListener =>
  async ({ command, ack, client }) => {
    await ack();
    const text = (command.text ?? '').trim();
    const about = (COMPLAINT_SUBJECTS as readonly string[]).includes(text.toLowerCase()) ? (text.toLowerCase() as ComplaintSubject) : undefined;
    const whatHappened = about || text === '' ? undefined : truncate(text, 3000);
    await client.views.open({ trigger_id: command.trigger_id, view: complaintView(ctx, councilOf(ctx), ctx.identity.role(command.user_id), { about, whatHappened }) });
  };
