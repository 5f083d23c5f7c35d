/** Personal chats: where complaints and complaint details go, remembered from each person's first contact. */
import { Activity, TurnContext } from 'botbuilder';
import type { Asker } from '../../../assistant/reply';
import { teamsUserId } from '../identity';
import { parseReference, Reference, serializeReference } from '../proactive';
import { cardActivity, complaintFormFor, isPersonal, PLATFORM, TeamsTurnTools } from './turn';

/**
 * A complaint form, never in a channel: in a shared conversation it goes to the asker's
 * personal chat, and the channel only hears that it did. Returns what to tell the channel.
 */
export async function offerComplaintForm(t: TeamsTurnTools, context: TurnContext, asker: Asker, council: string, about?: string): Promise<string> {
  const form = cardActivity(complaintFormFor(t, council, asker.role, { about }));
  if (isPersonal(context.activity)) {
    await context.sendActivity(form);
    return 'The form is below.';
  }
  const sent = await sendPrivately(t, context, asker, form);
  const note = sent
    ? "I've sent you the complaint form in our personal chat, so it stays private."
    : "Complaints stay private, so I take them only in a personal chat: open a chat with me (select my name, then Chat) and type 'complaint'.";
  if (context.activity.type === 'message') await context.sendActivity(note);
  return note;
}

export async function ensurePersonalChat(t: TeamsTurnTools, context: TurnContext, asker: Asker): Promise<void> {
  const { queue, messenger, logger } = t.deps;
  if (isPersonal(context.activity) || queue.conversationReference(PLATFORM, asker.id)) return;
  try {
    const reference = await messenger.openPersonalChat(context);
    if (reference) queue.setConversationReference(PLATFORM, asker.id, serializeReference(reference));
  } catch (error) {
    logger.warn('teams.personal_chat_failed', { user: asker.id, error: (error as Error).name });
  }
}

export async function sendPrivately(t: TeamsTurnTools, context: TurnContext, asker: Asker, activity: Partial<Activity>): Promise<boolean> {
  const { queue, messenger, logger } = t.deps;
  try {
    let reference: Reference | undefined = parseReference(queue.conversationReference(PLATFORM, asker.id));
    if (!reference) {
      reference = await messenger.openPersonalChat(context);
      if (reference) queue.setConversationReference(PLATFORM, asker.id, serializeReference(reference));
    }
    if (!reference) return false;
    await messenger.send(reference, activity);
    return true;
  } catch (error) {
    logger.warn('teams.personal_chat_failed', { user: asker.id, error: (error as Error).name });
    return false;
  }
}

/** Keeps where to reach each person privately, from their first contact on. */
export function rememberPersonalChat(t: TeamsTurnTools, context: TurnContext): void {
  const activity = context.activity;
  if (!isPersonal(activity) || !activity.from?.id || !activity.conversation?.id || !activity.serviceUrl) return;
  if (activity.from.id === activity.recipient?.id) return;
  const key = teamsUserId(activity.from);
  const reference = serializeReference(TurnContext.getConversationReference(activity));
  if (t.deps.queue.conversationReference(PLATFORM, key) !== reference) t.deps.queue.setConversationReference(PLATFORM, key, reference);
}
