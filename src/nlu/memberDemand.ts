import type { Role } from '../domain/types';
import type { ReadingRule } from './readingRules';
import type { QuestionParts } from './question';
import { asksForARemedy, namesAMember, tellsOfMistreatment } from './mistreatedOfficer';

/**
 * A member's demand on staff, told by an officer who asks whether they must go along with it. "one of the cllrs keeps
 * turning up at my desk with 'quick jobs' that take half a day. how do I push back", "Cllr Barnes wrote: 'I expect you to
 * drop everything and sort the car park signs today.' Can a councillor order me about like that?", "Forwarding this from
 * a member: 'I want the draft minutes changed...' Am I obliged to do what she says??" read complaint_about_councillor
 * (0.12–0.68): an officer telling of a member is how that intent's examples are told (99 of its 163 examples carry the
 * officer's role, the most of any intent), so the story and the asker's role outvote the question. But the question is
 * not where to take a complaint; it asks whether the member may ask it or the officer must do it, which the protocols
 * answer in their clauses on members instructing officers (docs/messy-round38.md).
 *
 * So when the asker is an officer or the clerk, the classifier reads the complaint, the message names a member and no
 * mistreatment (rudeness, shouting, threats: those are the complaint's, `mistreatedOfficer.ts`), and an asking sentence
 * asks the officer's duty or the member's power (`DUTY`) and none asks for a remedy or a route (what can I do, who do I
 * tell, how do I complain), the engine reads it as instructing officers, answered as unsure with the Clerk offered.
 */

const COMPLAINT = 'complaint_about_councillor';
const INSTRUCTING = 'instructing_officers';

/** The askers whose message about a member reads as the complaint about a councillor. */
const STAFF_ROLES: ReadonlySet<Role> = new Set<Role>(['officer', 'clerk']);

/**
 * The officer's duty or the member's power: do I have to, must I, am I obliged (not "what am I supposed to do", a
 * remedy), can a councillor order / make / tell me, is he allowed to, how do I push back or say no.
 */
const DUTY = new RegExp(
  [
    String.raw`\b(?:do|must|should) (?:i|we) (?:have to|need to|do (?:it|that|this|what))\b`,
    String.raw`\bdo i have to\b`,
    String.raw`(?<!\b(?:what|who|where|how) )\b(?:am i|are we) (?:obliged|expected|meant|supposed|required) to\b`,
    String.raw`\b(?:can|could|may) (?:he|she|they|a (?:councill?or|cllr|member)|councill?ors|cllrs|members|the (?:chair|mayor|leader|vice[- ]chair)|cllr \w+) (?:\w+ )?(?:do that|tell|order|make|insist|demand|expect|instruct)\b`,
    String.raw`\b(?:is|are) (?:he|she|they|a councill?or|a cllr|a member|members|councill?ors) (?:allowed|entitled) to\b`,
    String.raw`\b(?:push back|say no|refuse)\b`,
  ].join('|'),
  'i',
);

/** Whether a staff member's message tells of a member's demand and asks only whether it must be met (see above). */
export function asksWhetherToMeetAMembersDemand(text: string, parts: QuestionParts): boolean {
  if (!namesAMember(text) || tellsOfMistreatment(text)) return false;
  if (parts.asking.some(asksForARemedy)) return false;
  return parts.asking.some((sentence) => DUTY.test(sentence));
}

/** A member's demand on staff, read as the complaint about that member: instructing officers (see above). */
export const MEMBER_DEMAND_RULE: ReadingRule = {
  name: 'member_demand',
  gate: ({ judged, reading, role, hasIntent }) =>
    role !== undefined && STAFF_ROLES.has(role) && !judged.reason && reading.label === COMPLAINT && hasIntent(INSTRUCTING),
  matches: ({ text, parts }) => asksWhetherToMeetAMembersDemand(text, parts),
  decides: () => ({ intent: INSTRUCTING }),
};
