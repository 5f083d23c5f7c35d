import type { Role } from '../domain/types';
import type { ReadingRule } from './readingRules';
import type { QuestionParts } from './question';
import { weakOrUnevidencedReading } from './scope';

/**
 * A member's mistreatment of staff, told by an officer who asks where to take it. "Cllr Featherstone-Haugh called Rosalind
 * a 'jumped-up typist' at Tuesday's working group. Rosalind is our admin officer and was in tears. What's the route for her
 * to raise it?" read staff_personal_matters, "Cllr Sutherland-Baines forwarded my email to the Echo with 'look at this
 * clown' on it. Options?" correspondence, "Tbh the FC on Weds was grim. Cllr Nkemelu called Siobhan a 'jobsworth' across
 * the table. Siobhan's in bits. Wot now" decisions_and_agendas: the story's words (a colleague, an email, a meeting) are
 * those of other intents' examples, and "options?", "wot now" are too few to outweigh them. But who does what is plain: a
 * member was rude, abusive or belittling to staff, and an officer asks what to do about it or who to go to. That is an
 * officer's complaint about a councillor, which the protocols answer in their clauses on raising concerns about members.
 *
 * So when the asker is an officer or the clerk, the reading is another topic under `MISTREATED_OFFICER_OVERRULES_BELOW`
 * (or out of scope for want of evidence), the message names a member (`MEMBER`) and mistreatment (`MISTREATMENT`), and an
 * asking sentence asks for a remedy or a route (`REMEDY`), the engine reads it as complaint_about_councillor, answered as
 * unsure with the Clerk offered (engine.ts, readingRules.ts; docs/messy-round28.md). "is it aloud for a cllr to slag me
 * of on facebok" asks whether it is allowed, not what to do (respect and courtesy), and stays the classifier's; so does a
 * councillor's message (a member's complaint is about an officer), a reading of breaches of the protocol and one of
 * pressure on an officer's advice.
 */

const COMPLAINT = 'complaint_about_councillor';

/** Below this, another topic's reading of such a message gives way (the design rows read 0.14–0.55). */
export const MISTREATED_OFFICER_OVERRULES_BELOW = 0.6;

/**
 * Readings that stand: the complaint itself, breaches of the protocol (what happens to the member), and pressure on an
 * officer's advice ("Group leader cornered me: 'you'll be recommending approval, won't you?' Felt like a threat.").
 */
const KEEPS_ITS_READING: ReadonlySet<string> = new Set([COMPLAINT, 'protocol_breaches', 'officer_impartiality']);

/** The askers whose complaint about a member is complaint_about_councillor (a councillor's would be about an officer). */
const STAFF_ROLES: ReadonlySet<Role> = new Set<Role>(['officer', 'clerk']);

/** A member: a councillor, a cllr, a member, the chair, the mayor, the leader. */
const MEMBER = /\b(?:councill?ors?|cllrs?|members?|chair(?:man|woman)?|vice[- ]chair|mayor|leader)\b/i;

/**
 * Mistreatment: rudeness, abuse, insults, shouting or a raised voice, belittling names in quotation marks, threats, and the distress they
 * leave ("in tears", "in bits", "at the end of my tether").
 */
const MISTREATMENT = new RegExp(
  [
    String.raw`\b(?:rude(?:ly|ness)?|abus(?:e|ed|ive)|aggressive(?:ly)?|offensive|insult(?:s|ed|ing)?|shout(?:s|ed|ing)?|yell(?:s|ed|ing)?|swor(?:e|ing)|swears|threat(?:s|en|ening|ened)?|nasty|belittl\w*|humiliat\w*|patronis\w*|patroniz\w*|sarcastic|bull(?:y|ying|ied|ies)|harass(?:ed|es|ing|ment)?|intimidat\w*|demean\w*|undermin\w*|slag(?:s|ged|ging)? (?:me|her|him|them|us) off|ridicul\w*|mock(?:s|ed|ing)?|sneer\w*)\b`,
    // A raised voice and its everyday words (messy-round40: "the chairman raised his voice at me in front of the public gallery").
    String.raw`\b(?:rais(?:e|es|ed|ing) (?:his|her|their) voice|bellow(?:s|ed|ing)?|scream(?:s|ed|ing)?|(?:had|has|have|having) a go at|(?:tore|tears?|tearing|laid|lays?|laying) into|snap(?:s|ped|ping)? at|(?:went|goes|going|kicked|kicks|kicking) off at)\b`,
    String.raw`\bcall(?:s|ed|ing)? (?:me|her|him|them|us|[A-Z]\w+) (?:a |an )?["'“‘]`,
    String.raw`\b(?:(?:was|is|left|been) in tears|in bits|shaking|(?:at|near) the end of (?:my|her|his) tether|(?:better|best) watch (?:herself|himself|yourself|myself))\b`,
  ].join('|'),
  'i',
);

/**
 * A remedy or a route: what can I do, what now, options, who do I (even) go to or tell, where do I take it, what's the route or
 * the process, raise it, put something formal in, complain, report it.
 */
const REMEDY =
  /\b(?:what (?:can|do|should|shall) (?:i|we|she|he|they) do|what (?:do|should) (?:we|i) do|(?:what|wot) now|options|who (?:do|does|can|should|would) (?:i|we|she|he|they) (?:even |actually )?(?:go to|tell|report|speak to|talk to|take (?:it|this) to|raise (?:it|this) with|complain to)|who (?:do|can|should) (?:i|we|she|he) (?:even )?raise (?:it|this) with|where (?:do|can|should) (?:i|we|she|he) (?:take|report|raise|go)|(?:the|what'?s the|what is the) (?:route|process|procedure)|raise (?:it|this|a concern|a complaint|something)|(?:put|make) (?:something|a complaint|it) formal|something formal|formal (?:complaint|grievance)|complain\w*|report (?:it|him|her|them|this))\b/i;

/** Whether an asking sentence asks for a remedy or a route: what to do, who to go to, how to complain (see `REMEDY`). */
export function asksForARemedy(sentence: string): boolean {
  return REMEDY.test(sentence);
}

/** Whether a message names a member: a councillor, a cllr, a member, the chair, the mayor, the leader (see `MEMBER`). */
export function namesAMember(text: string): boolean {
  return MEMBER.test(text);
}

/** Whether a message tells of mistreatment: rudeness, abuse, shouting, belittling, threats, distress (see `MISTREATMENT`). */
export function tellsOfMistreatment(text: string): boolean {
  return MISTREATMENT.test(text);
}

/** Whether the message tells of a member mistreating staff and asks what to do or where to take it (see above). */
export function asksWhereToTakeAMembersMistreatment(text: string, parts: QuestionParts): boolean {
  if (!namesAMember(text) || !tellsOfMistreatment(text)) return false;
  return parts.asking.some(asksForARemedy);
}

/** A member's mistreatment of staff, told by an officer asking what to do, read as another topic: the complaint (see above). */
export const MISTREATED_OFFICER_RULE: ReadingRule = {
  name: 'mistreated_officer',
  gate: ({ judged, role, hasIntent }) =>
    role !== undefined &&
    STAFF_ROLES.has(role) &&
    weakOrUnevidencedReading(judged, (label) => KEEPS_ITS_READING.has(label), MISTREATED_OFFICER_OVERRULES_BELOW) &&
    hasIntent(COMPLAINT),
  matches: ({ text, parts }) => asksWhereToTakeAMembersMistreatment(text, parts),
  decides: () => ({ intent: COMPLAINT }),
};
