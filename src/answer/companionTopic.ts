/**
 * Whose instructions staff take is one question two topics claim. A chair (the Chairman, the Mayor, a committee chair)
 * setting an officer's work is read as about chairs and committees or as about instructing officers, and a protocol
 * often says the rule under the other one: "officers work to the instructions of their senior officers, not the
 * Chairman" sits with the chair's clauses in one protocol, "councillors are not authorised to instruct officers" with
 * the instructing ones in another. The classifier, sure of one reading, gives the other too little weight for the
 * runner-up's place (src/assistant/assistant.ts), so a reply quoted only committee procedure to "the chair keeps
 * giving me jobs, is that allowed?" (docs/messy-round35.md). When a message names a chair and asks about someone's
 * work being set, the other topic is its companion: its best clause is cited too, as a close runner-up's is.
 */

const CHAIRS = 'chairs_and_committees';
const INSTRUCTING = 'instructing_officers';

/** A chair by any of its names: the Chairman, a chairwoman or chairperson, a vice-chair, the Mayor. */
const NAMES_A_CHAIR = /\b(?:chair(?:man|woman|person)?|vice[- ]?chair(?:man|woman|person)?|mayor)\b/i;

/**
 * Someone's work being set or directed, in everyday words: told or asked to do something, orders, jobs, tasks, to-do
 * lists, priorities, being bossed about or managed. Written from general usage, not from any evaluation message.
 */
const SETS_SOMEONE_S_WORK =
  /\b(?:tell(?:s|ing)?|told|direct(?:s|ing|ed)?|instruct\w*|orders?|order(?:s|ing|ed) (?:me|him|her|them|staff|the)|boss(?:es|ing|ed)?|bossy|manag(?:es?|ing)|in charge of|priorit\w+|tasks?|jobs?|to-?do|wants? (?:me|him|her|them|us|the \w+) to|(?:asked|asks|getting|got|had|has|makes?|made) (?:me|him|her|them|us|staff|the staff|the clerk) (?:to )?\w+)\b/i;

/**
 * The topic whose best clause a reply on `intent` should also cite for this message, or undefined: the instructing
 * officers' topic for a message read as about chairs that asks about someone's work being set, and the chairs' topic
 * for one read as about instructing officers that names a chair.
 */
export function companionTopic(intent: string, message: string): string | undefined {
  if (!NAMES_A_CHAIR.test(message)) return undefined;
  if (intent === INSTRUCTING) return CHAIRS;
  if (intent === CHAIRS && SETS_SOMEONE_S_WORK.test(message)) return INSTRUCTING;
  return undefined;
}
