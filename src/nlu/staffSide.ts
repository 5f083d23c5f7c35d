import type { ReadingRule } from './readingRules';
import { judgedOutOfScopeForWantOfEvidence } from './scope';

/**
 * An officer's trouble with their own manager or a colleague. "my line manager keeps shouting at me in front of everyone,
 * what do i do" read complaint_about_councillor at 0.95, "fell out with the deputy in the office and it's getting nasty"
 * roles_of_officers: shouting, bullying and falling out are the words of the examples of an officer's complaint about a
 * member, and an officer asking is most often asking about one. But when no member is named and the one who acts is the
 * asker's own manager or a colleague, it is the officer's own employment matter, which the protocols send to the grievance
 * procedure and keep away from members (staff_personal_matters: alsager 35, cottingham 7.1–7.2, halstead fn1, flitwick 38).
 *
 * So when an officer or the Clerk writes, the reading is a complaint about a councillor (however sure: the classifier
 * reads the words of trouble, not who made it), another topic under `STAFF_SIDE_OVERRULES_BELOW`, or out of scope for want
 * of evidence, and the message names someone on the staff side over or beside the asker (`STAFF_SIDE`: my line manager,
 * me boss, my supervisor, a colleague, the deputy), trouble between them (`TROUBLE`), and no member (`MEMBER`), the engine
 * reads it as staff_personal_matters, answered as unsure with the Clerk offered (engine.ts, readingRules.ts;
 * docs/messy-round29.md). A message naming a member ("my manager says I should take the councillor's abuse further") is
 * left to the classifier: the member may be the one complained of.
 */

const STAFF_MATTERS = 'staff_personal_matters';
const COMPLAINT_ABOUT_COUNCILLOR = 'complaint_about_councillor';

/** Below this, another topic's reading of such a message gives way (the design rows read 0.37). */
export const STAFF_SIDE_OVERRULES_BELOW = 0.6;

/** Someone on the staff side over or beside the asker: their own manager, a colleague, the deputy. */
const STAFF_SIDE =
  /\b(?:(?:my|me|our) (?:line manager|manager|boss|supervisor|team leader|senior officer|head of service|colleague|co-?worker|workmate)s?|(?:a|one of my|the other) (?:colleague|co-?worker|workmate)s?|the deputy(?: clerk)?|the office manager)\b/i;

/** Trouble between the asker and that person: shouting, bullying, unfairness, falling out, a grievance. */
const TROUBLE =
  /\b(?:shout\w*|yell\w*|scream\w*|bull(?:y|ies|ied|ying)|pick(?:s|ing)? on|belittl\w*|having a go|had a go|has a go|fell out|falling out|fallen out|(?:don'?t|doesn'?t|do not) get on|grievance|unfair\w*|nasty|undermin\w*|harass\w*|rude|humiliat\w*|intimidat\w*|treat(?:s|ed|ing)? me badly|snap(?:s|ped|ping)? at|rais\w* (?:his|her|their) voice)\b/i;

/** A member named anywhere: then the member may be the one complained of, and the classifier's reading stands. */
const MEMBER =
  /\b(?:councillors?|cllrs?|members?(?! of (?:staff|the team|the office))|chair(?:man|woman|person)?|vice[- ]chair\w*|mayor|leader|alderman)\b/i;

/** Whether the message tells of trouble with the asker's own manager or a colleague, and names no member (see above). */
export function tellsOfTroubleWithOwnManagerOrColleague(text: string): boolean {
  return STAFF_SIDE.test(text) && TROUBLE.test(text) && !MEMBER.test(text);
}

/** An officer's trouble with their own manager or a colleague, read as a complaint about a member: their own matter (see above). */
export const STAFF_SIDE_RULE: ReadingRule = {
  name: 'staff_side_trouble',
  gate: ({ role, judged, hasIntent }) =>
    (role === 'officer' || role === 'clerk') &&
    hasIntent(STAFF_MATTERS) &&
    (judgedOutOfScopeForWantOfEvidence(judged) ||
      (!judged.reason && judged.label === COMPLAINT_ABOUT_COUNCILLOR) ||
      (!judged.reason && judged.label !== STAFF_MATTERS && judged.confidence < STAFF_SIDE_OVERRULES_BELOW)),
  matches: ({ text }) => tellsOfTroubleWithOwnManagerOrColleague(text),
  decides: () => ({ intent: STAFF_MATTERS }),
};
