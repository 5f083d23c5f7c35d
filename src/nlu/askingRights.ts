import type { ReadingRule } from './readingRules';
import { weakOrUnevidencedReading } from './scope';

/**
 * A member asking what they may ask officers for: "what am I allowed to ask the clerk for?", "what can councillors
 * request from staff?". The words "ask the clerk" are the hand-over's (ask_the_clerk: "ask the clerk for me whether …")
 * and "ask an officer" the instructing examples', so the classifier read a new councillor's question of their rights as
 * a request to pass something on (0.50) or as directing staff. But asking *what* one may ask *for* or *request* is a
 * question of a member's right to information and papers from officers, what the protocols' document-access clauses
 * set out (members may ask for what they need for their role; need to know), not a request for work: that is asked
 * "to" do something ("what can I ask the clerk to do?", instructing officers, which this rule leaves alone).
 *
 * So when the reading is another topic or a convention under `ASKING_RIGHTS_OVERRULES_BELOW`, or out of scope for want
 * of evidence, and the asking words say it, the engine reads it as document_access, answered as unsure with the Clerk
 * offered (engine.ts, readingRules.ts; docs/messy-round36.md).
 */

const DOCUMENT_ACCESS = 'document_access';

/** Below this, another reading of such a message gives way (the design row read ask_the_clerk at 0.50). */
export const ASKING_RIGHTS_OVERRULES_BELOW = 0.7;

/** Who is asked: an officer, the clerk, staff, the office, the council (no member: that is another question). */
const OFFICERS = String.raw`(?:the |an? |any |our |council |town |parish )*(?:clerk|officers?|staff|office|council|employees?|rfo|deputy clerk|head of service|team)`;

/**
 * What may a member ask for: "what am I (allowed|entitled) to ask (the clerk) for", "what can I/we/councillors ask
 * (officers) for", "what (sort of things) can a member request from (staff)", "what exactly am I …". A question word first, the thing asked
 * for left open ("what"), and "for" or "from" closing it, never "to" + a verb.
 */
const ASKING_RIGHTS = new RegExp(
  String.raw`\bwhat(?: (?:sort|kind|type)s? of (?:things?|stuff|information|help|requests?))?(?: exactly| actually| precisely)? (?:am i|are (?:we|members|councillors)|is an? (?:member|councillor)|can (?:i|we|an? (?:member|councillor)|members|councillors)|may (?:i|we|an? (?:member|councillor)|members|councillors))(?: (?:allowed|entitled|permitted|able))?(?: to)? (?:ask|request)(?: ${OFFICERS})? (?:for|from ${OFFICERS})\b`,
  'i',
);

/** Whether a message asks what a member may ask officers for (see above). */
export function asksWhatMayBeAskedFor(text: string): boolean {
  return ASKING_RIGHTS.test(text);
}

/** What a member may ask officers for, read as a hand-over, directing staff or out of scope: document access. */
export const ASKING_RIGHTS_RULE: ReadingRule = {
  name: 'asking_rights',
  gate: ({ judged, hasIntent, role }) =>
    role !== 'officer' && role !== 'clerk' && weakOrUnevidencedReading(judged, (label) => label === DOCUMENT_ACCESS, ASKING_RIGHTS_OVERRULES_BELOW) && hasIntent(DOCUMENT_ACCESS),
  matches: ({ text }) => asksWhatMayBeAskedFor(text),
  decides: () => ({ intent: DOCUMENT_ACCESS }),
};
