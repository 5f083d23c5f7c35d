import type { Role } from '../domain/types';
import type { ReadingRule } from './readingRules';
import type { QuestionParts } from './question';
import { asksForARemedy, namesAMember, tellsOfMistreatment } from './mistreatedOfficer';
import { weakOrUnevidencedReading } from './scope';

/**
 * Whether a member's harsh words to staff were acceptable, asked by the officer who took them. "the chair told me off in
 * front of the meeting, is that allowed" read chairs_and_committees, "Cllr slated my report on social media as amateurish
 * drivel. Is that allowed?" officer_impartiality, "Is it normal for a councillor to raise his voice at staff across the
 * office" response_times, "cllr called me "love" in the meeting 🙄 is that ok" the complaint about a councillor: the
 * story's words (the chair, a report, the office, a meeting) belong to other intents' examples, and "is that allowed" is
 * too few words to outweigh them. What is asked is the standard of conduct a member owes staff, which the protocols
 * answer in their clauses on respect and courtesy; asking what to do or whom to tell is the complaint instead
 * (`mistreatedOfficer.ts`), and the two never share a message here: this rule needs no remedy asked.
 *
 * So when the asker is an officer or the clerk, the reading is another topic under `MEMBER_CONDUCT_OVERRULES_BELOW` (or
 * out of scope for want of evidence), the message names a member and tells of mistreatment or harsh words (`HARSH_WORDS`:
 * the mistreatment of `mistreatedOfficer.ts` and everyday criticism, "told me off", "raised his voice", "slated"), and an
 * asking sentence asks whether it was acceptable (`STANDARD`) while none asks for a remedy or a route, the engine reads it
 * as respect_and_courtesy, answered as unsure with the Clerk offered (engine.ts, readingRules.ts; docs/messy-round39.md).
 * A member's late call or demand without harsh words stays the classifier's (response times, instructing officers).
 */

const RESPECT = 'respect_and_courtesy';

/** Below this, another topic's reading of such a message gives way (as for the mistreated officer's rule). */
export const MEMBER_CONDUCT_OVERRULES_BELOW = 0.6;

/** Readings that stand: respect itself and breaches of the protocol (what happens to the member). */
const KEEPS_ITS_READING: ReadonlySet<string> = new Set([RESPECT, 'protocol_breaches']);

/** The askers who take a member's harsh words as staff. */
const STAFF_ROLES: ReadonlySet<Role> = new Set<Role>(['officer', 'clerk']);

/**
 * Harsh words short of the mistreatment `mistreatedOfficer.ts` names: being told off, slated or slagged off, a raised
 * voice, being torn into or snapped at, rolled eyes, and the everyday names for an officer's work ("a waste of paper",
 * "drivel", "a shambles", "incompetent").
 */
const HARSH_WORDS =
  /\b(?:told (?:me|her|him|us|them) off|tell(?:s|ing)? (?:me|her|him|us|them) off|slat(?:e|es|ed|ing)|slag\w* (?:me|her|him|us|them) of+|rais(?:e|es|ed|ing) (?:his|her|their) voice|(?:had|has|having|have) a go at|(?:tore|tear|tears|tearing|ripped|rips|ripping|laid|laying) into|snap(?:s|ped|ping)? at|roll(?:s|ed|ing)? (?:his|her|their) eyes|criticis\w*|criticiz\w*|a waste of|drivel|rubbish|disgrace|useless|incompeten\w*|shambles|amateur\w*|lazy|pathetic|clown)\b/i;

/**
 * Whether it was acceptable: is that ok/allowed/acceptable/normal, is a member allowed to, can members talk to staff like
 * that, out of line, crossing a line, the standard, within the rules, am I oversensitive.
 */
const STANDARD = new RegExp(
  [
    String.raw`\b(?:is|was|isn'?t|wasn'?t) (?:that|this|it) (?:really |even |actually )?(?:ok|okay|alright|acceptable|allowed|aloud|appropriate|reasonable|normal|fair|on|right|proper)\b`,
    String.raw`\b(?:is|are) (?:he|she|they|a councill?or|a cllr|a member|members|councill?ors|cllrs|the (?:chair|mayor|leader)) (?:allowed|aloud|entitled|permitted) to\b`,
    String.raw`\b(?:can|should|may) (?:he|she|they|a councill?or|a cllr|a member|members|councill?ors|cllrs) (?:\w+ ){0,3}like that\b`,
    String.raw`\bout of line\b|\bcross(?:es|ed|ing)? (?:a|the) line\b|\bthe standard\b|\bwithin the (?:rules|protocol)\b|\bover[- ]?sensitive\b`,
  ].join('|'),
  'i',
);

/** Whether a message tells of a member's harsh words or mistreatment (see `HARSH_WORDS`). */
export function tellsOfHarshWords(text: string): boolean {
  return tellsOfMistreatment(text) || HARSH_WORDS.test(text);
}

/** Whether a staff member's message tells of a member's harsh words and asks only whether they were acceptable. */
export function asksWhetherAMembersConductWasAcceptable(text: string, parts: QuestionParts): boolean {
  if (!namesAMember(text) || !tellsOfHarshWords(text)) return false;
  if (parts.asking.some(asksForARemedy)) return false;
  return parts.asking.some((sentence) => STANDARD.test(sentence));
}

/** A member's harsh words to staff, asked about as a standard and read as another topic: respect and courtesy. */
export const MEMBER_CONDUCT_RULE: ReadingRule = {
  name: 'member_conduct',
  gate: ({ judged, role, hasIntent }) =>
    role !== undefined &&
    STAFF_ROLES.has(role) &&
    weakOrUnevidencedReading(judged, (label) => KEEPS_ITS_READING.has(label), MEMBER_CONDUCT_OVERRULES_BELOW) &&
    hasIntent(RESPECT),
  matches: ({ text, parts }) => asksWhetherAMembersConductWasAcceptable(text, parts),
  decides: () => ({ intent: RESPECT }),
};
