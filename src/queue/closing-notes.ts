import type { RequestStatus } from './types';

/**
 * What a Clerk writes to the requester on closing a request: the reason for a refusal (required,
 * and sent to the requester, so "no" or "x" is not a reason) and the note on a resolution
 * (optional). One rule and one set of words for Slack's modal, Teams' card, the console's /move
 * and the command line's `queue move`, which used to take different lengths (Slack 3–1,000
 * characters, Teams and the console any non-empty text up to 2,000) and to say so differently.
 */
export const CLOSING_NOTE_MAX = 1000;
/** Shorter than this is not a reason a requester can act on ("no", "x"). */
export const REFUSAL_REASON_MIN = 3;

export const CLOSING_NOTE_WORDS = {
  // Names no act: beside a complaint's "Why it is not upheld" box, "the reason for refusing" was the wrong word (uat25), and
  // the form that shows it (Slack's modal, Teams' card) has no other way to know the kind than the box it sits under.
  reasonMissing: 'Please give the reason: the requester is sent it.',
  reasonTooLong: `Please keep the reason under ${CLOSING_NOTE_MAX.toLocaleString('en-GB')} characters.`,
  noteTooLong: `Please keep the note under ${CLOSING_NOTE_MAX.toLocaleString('en-GB')} characters.`,
} as const;

/**
 * What is wrong with the note given with a move to `to`, in the words a form shows next to its
 * field; undefined when it will do (or the move takes no note to the requester).
 */
export function closingNoteProblem(to: RequestStatus, note: string | undefined): string | undefined {
  const text = note?.trim() ?? '';
  if (to === 'refused') {
    if (text.length < REFUSAL_REASON_MIN) return CLOSING_NOTE_WORDS.reasonMissing;
    if (text.length > CLOSING_NOTE_MAX) return CLOSING_NOTE_WORDS.reasonTooLong;
  }
  if (to === 'resolved' && text.length > CLOSING_NOTE_MAX) return CLOSING_NOTE_WORDS.noteTooLong;
  return undefined;
}
