import type { ReadingRule } from './readingRules';
import type { QuestionParts } from './question';
import { judgedOutOfScopeForWantOfEvidence } from './scope';

/**
 * An officer asking whom they answer to. "quick one - who do I report to? the clerk or the chair of the council" read
 * complaint_about_councillor at 0.75: "report" and "the chair" are the words of the examples of an officer reporting a
 * member's behaviour. But what is asked is to whom the officer is accountable, which the protocols answer in their
 * clauses on the officers' role (officers are accountable to the council as a whole, led and managed by the Clerk or their
 * managers: alsager 22, cottingham 6.1, halstead 1.1, tewkesbury 2.13, flitwick 25).
 *
 * So when an officer or the Clerk writes, the reading is a complaint about a councillor (however sure), another topic
 * under `ANSWERABLE_TO_OVERRULES_BELOW` (not instructing staff, whose clauses also say whose instructions an officer
 * works to), or out of scope for want of evidence, and an asking sentence asks whom the asker reports or answers to,
 * who their boss is or who is in charge of them (`WHOM_I_ANSWER_TO`), the engine reads it as roles_of_officers,
 * answered as unsure with the Clerk offered (engine.ts, readingRules.ts; docs/messy-round29.md). Reporting someone
 * ("who do I report him to?") is not asked in these words, and stays a complaint.
 */

const OFFICERS_ROLE = 'roles_of_officers';
const INSTRUCTING = 'instructing_officers';
const COMPLAINT_ABOUT_COUNCILLOR = 'complaint_about_councillor';

/** Below this, another topic's reading of such a question gives way. */
export const ANSWERABLE_TO_OVERRULES_BELOW = 0.6;

/** Whom the asker reports or answers to, who their boss is, who is in charge of them. */
const WHOM_I_ANSWER_TO =
  /\b(?:who (?:do|should|shall|must) (?:i|we) (?:report|answer) to|who (?:am i|are we) (?:actually |really )?(?:answerable|accountable|responsible) to|who(?:'s| is) (?:actually |really )?(?:my|me|our) (?:actual |real )?(?:boss|line manager|manager)|who(?:'s| is) (?:actually |really )?in charge of (?:me|us|the staff)|who (?:manages|supervises) (?:me|us|the staff))\b/i;

/** Whether an asking sentence asks whom the asker answers to (see above). */
export function asksWhomTheyAnswerTo(parts: QuestionParts): boolean {
  for (let i = 0; i < parts.asking.length; i++) if (WHOM_I_ANSWER_TO.test(parts.asking[i])) return true;
  return false;
}

/** An officer asking whom they answer to, read as a complaint or another weak topic: the officers' role (see above). */
export const ANSWERABLE_TO_RULE: ReadingRule = {
  name: 'answerable_to',
  gate: ({ role, judged, hasIntent }) =>
    (role === 'officer' || role === 'clerk') &&
    hasIntent(OFFICERS_ROLE) &&
    (judgedOutOfScopeForWantOfEvidence(judged) ||
      (!judged.reason && judged.label === COMPLAINT_ABOUT_COUNCILLOR) ||
      (!judged.reason && judged.label !== OFFICERS_ROLE && judged.label !== INSTRUCTING && judged.confidence < ANSWERABLE_TO_OVERRULES_BELOW)),
  matches: ({ parts }) => asksWhomTheyAnswerTo(parts),
  decides: () => ({ intent: OFFICERS_ROLE }),
};
