import type { ReadingRule } from './readingRules';

/**
 * A member of staff leaving, and who takes their place. "Clerk's retiring in the spring. Who sorts out
 * the hiring of her replacement?" read out of scope: "retiring" is in no example but a poem for a
 * clerk's retirement (out of scope), and hiring is hall hire. Mapping "her replacement" to recruiting
 * for every message was measured and dropped (docs/messy-round11.md): a vicar's or a head teacher's
 * successor then read as the council's recruitment too. So the engine reads the message so only when
 * the one leaving is council staff (engine.ts): named by their job, or by first name alone with no
 * other body or post named ("Sheila's retiring… hiring her replacement?"). The classifier's
 * out-of-scope confidence is no guide here: "retiring", "in the spring", "after twenty years" are
 * words no example uses, which leave it near its out-of-scope prior (0.6-0.8), so it is not gated on
 * (docs/messy-round12.md).
 */

/**
 * Someone's place to be filled: "her replacement", "his successor", "replace her", "who replaces him",
 * "advertise his job". "Her job" or "his role" alone is not a place to fill ("the clerk isn't doing her job"):
 * only with a verb of filling it.
 */
const SUCCESSION = new RegExp(
  [
    String.raw`\b(?:her|his) (?:replacement|successor)\b`,
    String.raw`\breplac(?:e|es|ing) (?:her|him)\b`,
    String.raw`\badvertis(?:e|es|ing) (?:her|his) (?:post|job|role|position)\b`,
  ].join('|'),
  'i',
);

/**
 * Ways of asking who fills a place that are also ways of asking who covers an absence: "takes over from her",
 * "take his place", "fill her shoes / his post", "step into her role" (messy-round13). "The clerk's on holiday
 * next week. Who takes over from her?" is not recruitment; so these count only when the message says the one
 * named is leaving, and names no absence.
 */
const TAKING_THE_PLACE = new RegExp(
  [
    String.raw`\btak(?:e|es|ing|en) over from (?:her|him)\b`,
    String.raw`\btak(?:e|es|ing) (?:her|his) place\b`,
    String.raw`\b(?:fill|fills|filling|step|steps|stepping) (?:into )?(?:her|his) (?:shoes|post|job|role|place|position)\b`,
  ].join('|'),
  'i',
);
const LEAVING =
  /\b(?:retir(?:e|es|ed|ing)|leav(?:es|ing)|left us|resign(?:s|ed|ing)?|quit(?:s|ting)?|stepping down|steps? down|handed in|handing in|notice|moving (?:away|on)|pastures new|finishing|packing it in)\b/i;
const ABSENCE =
  /\b(?:holiday|holidays|sick|illness|jury|maternity|paternity|suspended|meanwhile|temporarily|in hospital|on (?:\w+ )?leave)\b/i;

/** Whether the message asks who takes the place of someone leaving. */
function asksWhoTakesThePlace(text: string): boolean {
  return SUCCESSION.test(text) || (TAKING_THE_PLACE.test(text) && LEAVING.test(text) && !ABSENCE.test(text));
}

/** The council's staff, by job (the people a parish or town council employs). */
export const COUNCIL_STAFF =
  /\b(?:clerks?|clerk's|rfo|officers?|officer's|caretakers?|caretaker's|groundsm[ae]n|handym[ae]n|administrators?|admin|assistants?|staff|the office|gardeners?|cleaners?|litter[- ]?pickers?|lengthsm[ae]n|receptionists?|bookkeepers?|deputy)\b/i;

/**
 * Someone named by first name alone as the one leaving: "Sheila's retiring", "Dave is leaving",
 * "Now that Anita has handed in her notice", "Since Priya resigned". Told to a council's protocol bot with no one else's
 * organisation named, that is a colleague. The name opens a sentence or follows a joining word:
 * "Our postman Terry is retiring" or "Auntie Val is leaving" says who else they are. (Case-sensitive:
 * a name is capitalised.)
 */
const NAMED_LEAVER =
  /(?:^|[.!?;:,(]\s*|\b(?:[Tt]hat|[Ww]ith|[Ss]ince|[Aa]s|[Ss]o|[Aa]nd|[Bb]ut|[Nn]ow|[Bb]ecause|[Ww]hen|[Oo]nce|[Nn]ow that)\s+)([A-Z][a-z]+)(?:(?:'s| is| has| will be)\s+(?:\w+\s+)?(?:retir(?:ing|es)|leaving|off\b|going\b|moving\b|stepping down|resign(?:ing|ed)|handed in|handing in|finishing|packing it in|quitting)|\s+(?:retire[sd]|resign(?:s|ed)|quits)\b)/;

/** Capitalised words that open a sentence but name nobody. */
const NOT_A_NAME = new Set(['She', 'He', 'It', 'Everyone', 'Everybody', 'Someone', 'Somebody', 'Nobody', 'That', 'This', 'Who', 'What', 'There', 'Here', 'Our', 'Mum', 'Dad']);

/**
 * A body other than the council, that the one leaving may belong to: "the school caretaker", "from
 * the WI", "at the village shop", "at Tesco", "who runs the football club" (not "at the end of the
 * month"). Either way it is someone else's place to fill.
 */
export const SOMEONE_ELSES_BODY =
  /\b(?:school|academy|church|chapel|club|team|society|association|wi|shop|pub|surgery|practice|diocese|scouts|guides|brownies|charity|hospital|nursery)\b|\b(?:from|at|runs|running|with)\s+(?:the|our|a)\s+(?!(?:council|end|start|beginning|weekend|moment|time|last|next)\b)\w+/i;
export const AT_A_NAMED_PLACE =
  /\b(?:at|from|for)\s+(?!(?:Christmas|Easter|Whitsun|New Year|Michaelmas|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z]\w+/;

/** A title or post outside the council, said of someone named: "Father Michael", "Dr Hughes", "as treasurer". */
const SOMEONE_ELSES_POST =
  /\b(?:father|reverend|rev|vicar|dr|doctor|gp|mrs|mr|miss|ms|head|headteacher|teacher|treasurer|captain|secretary|landlord|landlady)\b/i;

/** Whether a message asks about filling the place of a member of the council's staff who is leaving. */
export function asksAboutReplacingStaff(text: string): boolean {
  if (!asksWhoTakesThePlace(text) || SOMEONE_ELSES_BODY.test(text) || AT_A_NAMED_PLACE.test(text)) return false;
  if (COUNCIL_STAFF.test(text)) return true;
  const named = NAMED_LEAVER.exec(text);
  return named !== null && !NOT_A_NAME.has(named[1]) && !SOMEONE_ELSES_POST.test(text);
}

/** The intent of filling a place on the staff. */
const RECRUITING = 'employment_and_appointments';
/** Below this, a topic reading of a message about replacing leaving staff gives way to recruitment (docs/messy-round13.md). */
const LEAVING_OVERRULES_BELOW = 0.4;

/**
 * Council staff leaving, and who takes their place: recruitment, answered as unsure (engine.ts, readingRules.ts).
 * It overrules an out-of-scope reading however sure (its words of leaving are in no example), or a weak reading
 * of another topic ("…Who replaces her?" read as a complaint about an officer at 0.25).
 */
export const STAFF_LEAVING_RULE: ReadingRule = {
  name: 'staff_leaving',
  gate: ({ judged, hasIntent }) =>
    (judged.reason === 'classified' || (!judged.reason && judged.label !== RECRUITING && judged.confidence < LEAVING_OVERRULES_BELOW)) && hasIntent(RECRUITING),
  matches: ({ text }) => asksAboutReplacingStaff(text),
  decides: () => ({ intent: RECRUITING }),
};
