import type { OfferedAction } from '../assistant/reply';
import type { IntentFile } from '../nlu/intents';
import type { Slots, ThreadContext } from './context';

/** The form the asker said yes to, pre-filled from the thread (no message text is kept to fill in a question). */
export function acceptedOffer(kind: NonNullable<ThreadContext['offer']>, slots: Slots, intent: IntentFile | undefined, clerkTitle: string): OfferedAction {
  if (kind === 'document_request') return { kind, label: 'Request these documents', prefill: slots.document ? { subject: slots.document } : {} };
  if (kind === 'complaint') {
    const about = slots.about === 'clerk' || slots.about === 'officer' ? slots.about : slots.about ? 'councillor' : intent?.complaint_about;
    return { kind, label: 'Make a complaint', prefill: about ? { about } : {} };
  }
  return { kind, label: `Ask the ${clerkTitle}`, prefill: {} };
}

