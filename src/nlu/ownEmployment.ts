import type { ReadingRule } from './readingRules';
import { weakOrUnevidencedReading } from './scope';

/**
 * An officer asking about a term of their own employment in a few everyday words. "my overtime claim keeps getting
 * ignored" read out of scope at 0.80, "who actually carries out my annual review these days" response_times, "my leave
 * got turned down, can a councillor sort it" complaint_about_councillor, "my manager keeps refusing my training requests"
 * request_status: short messages carry one or two words, and "review", "claim", "requests" and "hours" lean to other
 * intents' examples. But an officer's own appraisal, pay, leave, overtime, hours, contract or training is, by
 * ../shared/INTENTS.md, "an officer's own employment matters": staff_personal_matters, whose clauses keep such matters to
 * the council's procedures and away from members (alsager 35, cottingham 7.1–7.2, halstead fn1, flitwick 38).
 *
 * So when an officer or the Clerk writes, the reading is out of scope for want of evidence or another topic under
 * `OWN_EMPLOYMENT_OVERRULES_BELOW` (not staff matters or the employment machinery themselves, nor a personal tie, which
 * names such terms too), and the message names a term of the asker's own employment
 * (`OWN_TERM`, "my appraisal", "my pay review", or `OWN_PAY_TROUBLE`, "I'm underpaid", "working late unpaid"), the engine
 * reads it as staff_personal_matters, answered as unsure with the Clerk offered (engine.ts, readingRules.ts;
 * docs/messy-round32.md), when it asks something or tells of trouble (`ASKED_OR_TROUBLE`: "I've just booked my holiday
 * to Spain" is small talk). Three kinds stay with the classifier:
 * - a question of payroll or leave administration (`ADMINISTRATION`: what date is payday, how many days, how do I book
 *   it, a flexi sheet or a payslip), which no protocol answers and which stays out of scope, as messy-probe-52's near
 *   misses are labelled;
 * - contact in the asker's own time (`CONTACT_IN_OWN_TIME`: "can they ring me on my day off"), out-of-hours contact,
 *   response_times by INTENTS.md;
 * - a member told acting (`MEMBER_ACTS`: "a councillor keeps bringing up my sick leave"): the member may be the one
 *   complained of, or directing the asker.
 */

const STAFF_MATTERS = 'staff_personal_matters';
/** Readings that already name the matter, or read the same words for a reason of their own, stand. */
const KEEPS = new Set([STAFF_MATTERS, 'employment_and_appointments', 'personal_relationships']);

/** Below this, another topic's reading of such a message gives way (the design rows read 0.17–0.45). */
export const OWN_EMPLOYMENT_OVERRULES_BELOW = 0.6;

/** A term of the asker's own employment, named as theirs. */
const OWN_TERM =
  /\b(?:my|me) (?:own )?(?:(?:annual|yearly|end[- ]of[- ]year|mid[- ]year|six[- ]monthly|performance) )?(?:appraisals?|reviews?|pay|wages?|salary|overtime|extra hours|hours|(?:annual )?leave|holidays?|time off|days? off|contract|training|courses?|grading|job grade|grade|sick(?:ness)? (?:leave|absence|record)|flexi(?:time)?)\b/i;

/** Pay trouble told of the asker without "my": underpaid, unpaid late working, whether they get a rise, no review in years. */
const OWN_PAY_TROUBLE =
  /\b(?:i(?:'m| am)|i've been|i'm being|i am being) (?:being )?underpaid\b|\b(?:working|work|stay(?:ing)?) (?:late|on|weekends?|extra)(?: \w+)? (?:unpaid|for nothing|without (?:pay|overtime))\b|\b(?:whether|if) i (?:get|am getting|'ll get|will get) (?:a )?(?:pay ?rise|raise|regrade|regrading)\b|\bi (?:haven'?t|have not|never|still haven'?t) (?:had|got|been given) (?:a|an|any) (?:pay review|pay rise|raise|appraisal|review)\b/i;

/** Payroll or leave administration asked as a fact, a form or a sheet: no protocol answers it (out of scope). */
const ADMINISTRATION =
  /\b(?:(?:flexi|time|overtime|leave|holiday|expenses?|mileage) ?(?:sheet|form|card|claim form)s?|payslips?|what (?:date|day|time)|which (?:date|day)|how (?:many|much)|how do i (?:book|fill|claim|submit|log|request|apply|put in|sign up)|where(?:'s| is| do i find| can i find| do i get) (?:the|a) (?:form|sheet|portal|system)|what(?:'s| is) the (?:rate|policy|form|procedure for booking))\b/i;

/** A member told acting: the member may be the one complained of or directing the asker, and the reading stands. */
const MEMBER_ACTS =
  /\b(?:councillors?|cllrs?|members?(?! of (?:staff|the team|the office))|chair(?:man|woman|person)?|vice[- ]chair\w*|mayor|leader)\b(?: \w+)? (?:keeps?|has|have|had|is|was|were|said|says|told|tells|shouted|bring|brings|brought|asked|asks|wants|wanted|criticised|mocked|made|makes|won'?t|refuses?|refused|demanded|demands|cancelled|stopped|blocked)\b/i;

/** A question asked, or trouble told: "I've just booked my holiday" is news, not a matter to take anywhere. */
const ASKED_OR_TROUBLE =
  /\?|^\s*(?:who|whom|whose|what|when|where|why|how|can|could|should|shall|may|might|must|is|are|am|do|does|did|will|would|have|has)\b|\b(?:ignored|refus\w*|turned down|rejected|declined|cut|cancel\w*|overdue|put off|delayed|unpaid|underpaid|wrong|unfair\w*|never|nobody|no[- ]one|haven'?t|hasn'?t|won'?t|isn'?t|doesn'?t|didn'?t|not (?:been|had|paid|done|given)|keeps?|still|blocked|stopped|denied|dispute\w*|problem|issue|complain\w*|grievance|unhappy|worried)\b/i;

/** Contact in the asker's own time: a call on their day off or outside their hours is response_times' (out-of-hours contact). */
const CONTACT_IN_OWN_TIME =
  /\b(?:ring\w*|rang|rung|call\w*|phon\w*|text\w*|email\w*|messag\w*|contact\w*|bother\w*|disturb\w*|repl(?:y|ies|ied)|respon\w*)\b[^.?!]*\b(?:hours|leave|holidays?|time off|days? off|weekends?|evenings?)\b|\b(?:outside|out of|after) (?:my )?(?:working |office )?hours\b/i;

/** Whether the message names a term of the asker's own employment, asking or telling of trouble, not as payroll administration, contact in their own time, or with a member acting (see above). */
export function asksAboutOwnEmployment(text: string): boolean {
  return (
    (OWN_TERM.test(text) || OWN_PAY_TROUBLE.test(text)) &&
    ASKED_OR_TROUBLE.test(text) &&
    !ADMINISTRATION.test(text) && !CONTACT_IN_OWN_TIME.test(text) && !MEMBER_ACTS.test(text)
  );
}

/** An officer's own appraisal, pay, leave, overtime, hours or training read as something else: their own matter (see above). */
export const OWN_EMPLOYMENT_RULE: ReadingRule = {
  name: 'own_employment',
  gate: ({ role, judged, hasIntent }) =>
    (role === 'officer' || role === 'clerk') &&
    hasIntent(STAFF_MATTERS) &&
    weakOrUnevidencedReading(judged, (label) => KEEPS.has(label), OWN_EMPLOYMENT_OVERRULES_BELOW),
  matches: ({ text }) => asksAboutOwnEmployment(text),
  decides: () => ({ intent: STAFF_MATTERS }),
};
