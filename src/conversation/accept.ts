import type { OfferedAction } from '../assistant/reply';
import type { IntentFile } from '../nlu/intents';
import type { OfferedQuestion, Slots, Subject, ThreadContext } from './context';

/** Whom a complaint form is about, for a person the conversation named: the Clerk, an officer, or else a councillor (a chair is one). */
export const complaintAbout = (person: Subject): 'clerk' | 'officer' | 'councillor' => (person === 'clerk' || person === 'officer' ? person : 'councillor');

/**
 * The form the asker said yes to, pre-filled as the offer's button fills it: the documents the offer named (else the
 * thread's documents), whom a complaint is about, the question offered.
 */
export function acceptedOffer(kind: NonNullable<ThreadContext['offer']>, slots: Slots, intent: IntentFile | undefined, clerkTitle: string, question?: OfferedQuestion, documents?: string): OfferedAction {
  if (kind === 'document_request') {
    const subject = documents ?? slots.document;
    return { kind, label: 'Request these documents', prefill: subject ? { subject } : {} };
  }
  if (kind === 'complaint') {
    const about = slots.about ? complaintAbout(slots.about) : intent?.complaint_about;
    return { kind, label: 'Make a complaint', prefill: about ? { about } : {} };
  }
  const prefill = question ? { question: question.text, ...(question.botAnswer ? { botAnswer: question.botAnswer } : {}) } : {};
  return { kind, label: `Ask the ${clerkTitle}`, prefill };
}

