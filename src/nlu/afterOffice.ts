import type { ReadingRule } from './readingRules';
import { weakOrUnevidencedReading } from './scope';

/**
 * A member asking whether what they learned as a councillor may be told once they have left office. "do I have to keep
 * secrets after my term ends" read out of scope at 0.60, "when I'm no longer a cllr, can I share what I know" the
 * councillors' role: leaving office is told in words ("my term ends", "stand down", "no longer a cllr") that the
 * examples of the councillors' role and of elections use, and "secrets" or "what I know" in words no example of
 * confidential information uses. What is asked is whether a confidence outlives the office, which the protocols' clauses
 * on confidential information answer as far as they go (alsager 55–56, halstead 5, tewkesbury 3.7, flitwick 61–64):
 * confidential_information by ../shared/INTENTS.md ("using, keeping or disclosing confidential/exempt information").
 *
 * So when the reading is out of scope for want of evidence or another topic under `AFTER_OFFICE_OVERRULES_BELOW` (not
 * confidential information itself, nor the protocol's status, papers asked for, or a personal tie), and the message tells
 * of the asker's leaving office (`LEAVING_OFFICE`) and of keeping or telling what they know (`A_CONFIDENCE`), the engine
 * reads it as confidential_information, answered as unsure with the Clerk offered (engine.ts, readingRules.ts;
 * docs/messy-round32.md). Leaving office with no confidence in it ("once I stand down, can I apply for the clerk's job")
 * is left to the classifier.
 */

const CONFIDENTIAL = 'confidential_information';
/** Readings that answer such a question from clauses of their own stand. */
const KEEPS = new Set([CONFIDENTIAL, 'protocol_status_and_interpretation', 'document_access', 'personal_relationships']);

/** Below this, another topic's reading gives way (the design rows read 0.10). */
export const AFTER_OFFICE_OVERRULES_BELOW = 0.5;

/** The asker's leaving office: standing down, resigning, losing the seat, the term ending, no longer a councillor. */
const LEAVING_OFFICE =
  /\b(?:(?:after|once|when|if)\s+(?:i|we)(?:'m|'ve|'ll| am| have| will)?\s+(?:no longer (?:a |on the )?(?:councillor|cllr|member|council)|(?:stand|stood|standing|step|stepped|stepping) down|resign\w*|retire\w*|quit\w*|leave the council|left the council|lose (?:my|our) seats?|lost (?:my|our) seats?|(?:am |are )?not re-?elected)|(?:after|once|when) my (?:term|time) (?:of office )?(?:ends|is up|finishes|runs out|is over)|(?:after|once) (?:i'?m|i am) out of office|as a former (?:councillor|cllr|member))\b/i;

/** Keeping or telling what they know: secrets, confidences, closed session, sharing or disclosing it. */
const A_CONFIDENCE =
  /\b(?:secrets?|confiden\w*|closed session|in private|private (?:session|papers?|matters?)|exempt|part (?:2|ii|two)|what (?:i|we) (?:know|knew|learned|learnt|heard|saw|was told)|share|sharing|disclos\w*|reveal\w*|tell (?:people|anyone|everyone|the press|residents)|talk about|keep (?:quiet|schtum|it to myself))\b/i;

/** Whether the message tells of the asker leaving office and of keeping or telling what they know (see above). */
export function asksOfConfidencesAfterOffice(text: string): boolean {
  return LEAVING_OFFICE.test(text) && A_CONFIDENCE.test(text);
}

/** A confidence asked of after leaving office, read as the councillors' role or out of scope: confidential information (see above). */
export const AFTER_OFFICE_RULE: ReadingRule = {
  name: 'after_office',
  gate: ({ role, judged, hasIntent }) =>
    role !== 'officer' && hasIntent(CONFIDENTIAL) && weakOrUnevidencedReading(judged, (label) => KEEPS.has(label), AFTER_OFFICE_OVERRULES_BELOW),
  matches: ({ text }) => asksOfConfidencesAfterOffice(text),
  decides: () => ({ intent: CONFIDENTIAL }),
};
