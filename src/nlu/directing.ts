import type { QuestionParts } from './question';
import type { ReadingRule } from './readingRules';
import { judgedOutOfScopeForWantOfEvidence } from './scope';

/**
 * Who does what to whom in a story: a member telling staff what to do, and the asker asking
 * whether that was proper. "The dog bins on the towpath were overflowing, so I messaged the
 * street scene lad and asked him to empty them. That alright?" is about instructing officers,
 * but every word of it but "lad" and "asked" is a council service, which is what the
 * out-of-scope examples are made of; a near miss told the same way ("I parked on the verge by
 * the pavilion. Was that ok?") has no one directing anyone. The classifier reads words, not who
 * acts on whom, so the engine asks this when a story reads weakly out of scope (engine.ts).
 */

/** Someone who may direct staff: the asker when a councillor, or a member named as the one acting. */
const MEMBER = /\b(?:chair(?:man|woman|person)?|vice[- ]?chair|mayor|cllrs?|councillors?|members?)\b/i;
const ASKER = /\b(?:i|i'?ve|i'?d)\b/i;
/** Verbs of directing or of getting hold of someone to direct them. */
const DIRECTING =
  /\b(?:told|tells|telling|tell|asked|asks|asking|got|gets|getting|had|instructed|instructs|directed|directs|directing|ordered|orders|sent|rang|rings|ringing|phoned|phones|messaged|texted|emailed)\b/gi;
/** The staff a member might direct (a council's officers, its outdoor and office staff). */
const STAFF =
  /\b(?:lads?|guys|team|caretakers?|groundsm[ae]n|grounds|depot|supervisors?|handym[ae]n|handyperson|lengthsm[ae]n|officers?|clerk(?:'s)?|assistants?|staff|litter ?pickers?|maintenance|crew|admin|office|workers?|wardens?)\b/i;
const ME = /\b(?:me|us)\b/i;
/**
 * A question about the act's propriety or the asker's duty ("Was that ok?", "do I have to?",
 * "can she do that?"), not about the service itself ("What's the hire charge?").
 */
const PROPRIETY =
  /\b(?:ok|okay|alright|all right|allowed|acceptable|appropriate|fine|right to|(?:do|did) (?:i|we) do wrong|wrong|overst\w*|out of order|kosher|(?:do|did) i (?:have|need) to|have i got to|must i|should i|can (?:he|she|they|i) do that|is that how)\b/i;

/**
 * Whether a sentence tells of a member directing staff: a member (or the asker, when a councillor)
 * before a verb of directing, and staff (or "me", when the asker is staff) after it.
 */
function tellsOfDirecting(sentence: string, askerIsMember: boolean, askerIsStaff: boolean): boolean {
  DIRECTING.lastIndex = 0;
  for (let verb = DIRECTING.exec(sentence); verb; verb = DIRECTING.exec(sentence)) {
    const before = sentence.slice(0, verb.index);
    const after = sentence.slice(verb.index + verb[0].length);
    const director = MEMBER.test(before) || (askerIsMember && ASKER.test(before));
    if (director && (STAFF.test(after) || (askerIsStaff && ME.test(after)))) return true;
  }
  return false;
}

/**
 * Whether a message tells of a member directing staff and asks whether that was proper:
 * for a story the classifier reads weakly as a council service (see the comment above).
 */
export function asksAboutDirectingStaff(parts: QuestionParts, role?: string): boolean {
  const askerIsMember = role === undefined || role === 'councillor';
  const askerIsStaff = role === 'officer' || role === 'clerk';
  let proper = false;
  for (let i = 0; i < parts.asking.length && !proper; i++) proper = PROPRIETY.test(parts.asking[i]);
  if (!proper) return false;
  const said = parts.backstory.concat(parts.asking);
  for (let i = 0; i < said.length; i++) if (tellsOfDirecting(said[i], askerIsMember, askerIsStaff)) return true;
  return false;
}

/** The intent of a member directing staff. */
const DIRECTING_STAFF = 'instructing_officers';
/** Below this out-of-scope confidence, a story of a member directing staff is read so. */
const DIRECTING_OUT_OF_SCOPE = 0.5;
/**
 * Below this, another topic's reading of a story of a member directing staff gives way to it: a reading this weak
 * is one the engine would answer as unsure anyway (engine.ts `UNSURE_THRESHOLD`). 0.3 and 0.4 also turned "Who
 * should I tell if a councillor asks me to shred some papers before an audit?" (a complaint) into one (docs/messy-round16.md).
 */
const DIRECTING_OVERRULES_TOPIC_BELOW = 0.25;

/**
 * A story of services in which a member directs staff, asking whether that was proper, read weakly: judged out
 * of scope for want of evidence (by the classifier, or a topic too weak or explaining too little of it), or read
 * as another topic under 0.25. Instructing officers, answered as unsure with the Clerk offered (engine.ts,
 * readingRules.ts).
 */
export const DIRECTING_STAFF_RULE: ReadingRule = {
  name: 'directing_staff',
  gate: ({ judged, reading, hasIntent }) =>
    ((judgedOutOfScopeForWantOfEvidence(judged) && reading.confidence < DIRECTING_OUT_OF_SCOPE) ||
      (!judged.reason && judged.label !== DIRECTING_STAFF && judged.confidence < DIRECTING_OVERRULES_TOPIC_BELOW)) &&
    hasIntent(DIRECTING_STAFF),
  matches: ({ parts, role }) => asksAboutDirectingStaff(parts, role),
  decides: () => ({ intent: DIRECTING_STAFF }),
};
