import type { ReadingRule } from './readingRules';
import type { QuestionParts } from './question';
import { weakOrUnevidencedReading } from './scope';

/**
 * A matter the asker wants brought before a meeting. "Can I get the dog mess on the rec talked about at the next meeting?"
 * was judged out of scope: dog mess and the rec are the words of services, and "talked about at the next meeting" is too
 * few words to outweigh them. But what is asked is how an item gets onto a meeting's agenda, which the protocols answer in
 * their clauses on agendas and who decides (the Clerk prepares the agenda, a member may ask for an item).
 *
 * So when the reading is another topic under `AGENDA_ITEM_OVERRULES_BELOW`, or out of scope for want of evidence, and an
 * asking sentence asks to get, put, bring or raise something so that it is discussed, debated or looked at by a meeting or
 * committee, or onto the agenda (`BROUGHT_BEFORE_A_MEETING`), the engine reads it as decisions_and_agendas, answered as
 * unsure with the Clerk offered (engine.ts, readingRules.ts; docs/messy-round28.md). "on meeting nights", "not on the
 * committee" and "What's on the agenda for Thursday?" are not asked to be brought before one, and stay the classifier's;
 * so does a chair's or a committee's own reading ("can the chair keep my item off the agenda?").
 */

const AGENDAS = 'decisions_and_agendas';

/** Below this, another topic's reading of such a message gives way (the design row was judged out of scope at 0.51). */
export const AGENDA_ITEM_OVERRULES_BELOW = 0.5;

/** Readings that stand: agendas themselves, and chairs and committees (a chair's part in the agenda is theirs). */
const KEEPS_ITS_READING: ReadonlySet<string> = new Set([AGENDAS, 'chairs_and_committees']);

/**
 * Getting something before a meeting: get, put, bring, raise, add… then, within a few words, discussed, talked about,
 * debated, looked at or considered at a meeting, a committee or the council, or on (to) the agenda; or a motion tabled,
 * put down or proposed.
 */
const BROUGHT_BEFORE_A_MEETING = new RegExp(
  [
    String.raw`\b(?:get|have|put|bring|raise|table|add|stick|pop)\b[^.?!\n]{0,60}?\b(?:(?:discussed|talked about|debated|looked at|considered|raised|brought up|added to|tabled) (?:at|by|in|to)? ?(?:the |a |our |next |this |that )*(?:next |full |parish |town |council |planning |finance )*(?:meeting|council meeting|full council|council(?!'s)|agenda|committee|cttee|mtg|fc)|on(?:to)? (?:the|an|next month'?s|the next|a) ?(?:next )?agenda)\b`,
    // A motion put down for a meeting: "I want to table a motion about the lights", "motion deadline for the next meeting?"
    String.raw`\b(?:table|tabling|put (?:down|forward|in)|propose|bring|move|want|submit)\b[^.?!\n]{0,20}?\b(?:a |my |the |our )?motion\b|\bmotion (?:on|about|for|to|deadline)\b|\b(?:get|have)\b[^.?!\n]{0,40}?\btabled\b`,
  ].join('|'),
  'i',
);

/** Writing a motion, not bringing one: "draft me a motion about twinning" asks for words, "can the clerk write my motion?" asks staff. */
const WRITING_A_MOTION = /\b(?:draft|write|word|help me with)\b[^.?!\n]{0,12}?\bmotion\b/i;

/** Whether an asking sentence asks to bring a matter before a meeting or onto its agenda (see above). */
export function asksToBringAMatterBeforeAMeeting(parts: QuestionParts): boolean {
  return parts.asking.some((sentence) => BROUGHT_BEFORE_A_MEETING.test(sentence) && !WRITING_A_MOTION.test(sentence));
}

/** A matter asked to be brought before a meeting, read as another topic or out of scope: agendas (see above). */
export const AGENDA_ITEM_RULE: ReadingRule = {
  name: 'agenda_item',
  gate: ({ judged, hasIntent }) =>
    weakOrUnevidencedReading(judged, (label) => KEEPS_ITS_READING.has(label), AGENDA_ITEM_OVERRULES_BELOW) && hasIntent(AGENDAS),
  matches: ({ parts }) => asksToBringAMatterBeforeAMeeting(parts),
  decides: () => ({ intent: AGENDAS }),
};
