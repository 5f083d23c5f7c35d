import type { ReadingRule } from './readingRules';
import type { QuestionParts } from './question';
import { weakOrUnevidencedReading } from './scope';

/**
 * Contact in someone's own time. "Can I ring the deputy clerk at home on a Sunday about a blocked drain?" was judged out of
 * scope, "Should councillors contact me in my own time?" read staff_personal_matters, "a councillor sent me six texts
 * after midnight wanting the agenda changed. is that ok?" decisions_and_agendas, "While I was away in Spain a councillor
 * kept ringing me about the playground" instructing_officers: the matter the contact was about (a drain, the agenda, the
 * playground) or "my own time" carries the reading. But what is asked is whether a member may contact an officer (or an
 * officer must answer) at home, at night, at the weekend or on leave, which the protocols answer in their clauses on
 * reasonable contact and response (response_times' own description names "contacting people in their free time").
 *
 * So when the reading is another topic under `OUT_OF_HOURS_OVERRULES_BELOW`, or out of scope for want of evidence, the
 * message tells or asks of contact (`CONTACT`: ringing, texting, emailing, messaging, turning up, answering) at a time or
 * place outside work (`OUT_OF_HOURS`), names a member or the council's staff, and asks something, the engine reads it as
 * response_times, answered as unsure with the Clerk offered (engine.ts, readingRules.ts; docs/messy-round27.md). Late
 * contact that insults or threatens ("a foul-mouthed text at midnight calling me useless") is a complaint
 * (`ABUSE`), so is asking for a remedy against the caller (`REMEDY`: "what can I do?"), and a reporter ringing at home is
 * the press's (`KEEPS_ITS_READING`): all left to the classifier; so is a member telling staff to work on a Sunday or
 * directing them by a late call (`DIRECTING`: instructing).
 */

const RESPONSE_TIMES = 'response_times';

/** Below this, another topic's reading of such a message gives way (the design rows read 0.12–0.61). */
export const OUT_OF_HOURS_OVERRULES_BELOW = 0.7;

/** Readings that stand: abuse told with a time is a complaint, a reporter's call the press's. */
const KEEPS_ITS_READING: ReadonlySet<string> = new Set([RESPONSE_TIMES, 'media_relations', 'personal_relationships', 'protocol_breaches', 'ward_matters_and_public_meetings']);

/** Contact: ringing, texting, emailing, messaging, a voicemail, turning up at the door; answering or replying to it. */
const CONTACT =
  /\b(?:contact(?:s|ed|ing)?|ring(?:s|ing)?|rang|phon(?:e|es|ed|ing)|call(?:s|ed|ing)?|text(?:s|ed|ing)?|messag(?:e|es|ed|ing)|whatsapp(?:s|ed|ing)?|e-?mail(?:s|ed|ing)?|voicemails?|turn(?:s|ed)? up|knock(?:s|ed|ing)?|answer(?:s|ed|ing)?|repl(?:y|ies|ied|ying)|pick up|get hold of)\b/i;

/**
 * A time or place outside work: at home or the house, a personal mobile, a day off, the weekend, a Saturday or Sunday, a
 * bank holiday, leave or holiday, "while I'm away", one's own time, out of hours, at night or in the evening, after
 * midnight, or an hour of the early morning or late evening ("at 6am", "at 11pm", "before 7").
 */
const OUT_OF_HOURS = new RegExp(
  [
    String.raw`\b(?:at (?:my |his |her |their )?home|home (?:phone|number|address|landline)|(?:at|to|round(?: to)?|on) (?:my|his|her) (?:house|front door|doorstep)|personal (?:mobile|phone|number))\b`,
    String.raw`\b(?:days? off|(?:at|over|on) (?:the |a )?weekends?|weekends|on (?:a )?(?:saturdays?|sundays?)|bank holidays?|on (?:annual )?leave|on holiday|while (?:i'?m|i was|she'?s|he'?s|they'?re|she was|he was) (?:away|off)|away in|(?:my|his|her|their|your) own time|out of hours|outside (?:office|working) hours|after hours|all hours)\b`,
    String.raw`\b(?:at night|late (?:at night|in the evening|evening)|in the evenings?|evenings|(?:after|before|past) midnight|at midnight|(?:at|before|after) (?:[5-7]|1[01])(?::\d\d)? ?(?:am|pm|o'?clock|at night|in the (?:morning|evening))?)\b`,
    String.raw`\b(?:[5-6] ?am|1[01] ?pm)\b`,
  ].join('|'),
  'i',
);

/** A member or the council's staff named: "can I ring my mum at the weekend?" is no contact between them. */
const COUNCIL_PERSON = /\b(?:councillors?|cllrs?|members?|chair(?:man|woman)?|mayor|clerks?|rfo|officers?|staff|caretaker|groundsman)\b/i;

/** Insults, threats or distress: a complaint about a councillor, whatever the hour. */
const ABUSE =
  /\b(?:rude|abus(?:e|ive)|offensive|threat(?:s|en|ening|ened)?|nasty|foul|swor(?:e|ing)|shout(?:s|ed|ing)?|insult(?:s|ed|ing)?|calling me|called me|useless|disgrace|bull(?:y|ying|ied)|harass(?:ed|ing|ment)?|intimidat\w*|sarcastic|uncomfortable|arsey|moan\w*|rattled|picking holes|wearing me down|upset|in tears|scared|frightened)\b/i;

/**
 * A member directing staff by phone or text out of hours ("rang me at home on Sunday and told me to reprint the programme",
 * "Can I just text him and tell him to get it done?"): whether they may direct staff is instructing_officers' matter.
 */
const DIRECTING =
  /\b(?:told|tell (?:him|her|them|me|the \w+) to|telling|gets? (?:him|her|them|someone) to|had me|have me|(?:ask|asks|asking|asked) (?:him|her|them|me) to|demand\w*|instruct\w*|lists? of jobs|get it done)\b/i;

/**
 * Asking for a remedy against the caller ("A councillor keeps ringing me on my day off. What can I do?", "who do I
 * report it to?"): a complaint about a councillor, whatever the hour; what is reasonable is asked otherwise.
 */
const REMEDY =
  /\b(?:what (?:can|do|should) (?:i|we) do|what now|options|who (?:do|can|should) (?:i|we) (?:tell|go to|report|complain|speak to|talk to)|complain\w*|report (?:it|him|her|them|this)|raise (?:it|this) with|stop (?:him|her|them|this))\b/i;

/**
 * Being told or asked not to make the contact itself ("the new clerk has told me not to call her mobile at weekends"): the
 * telling is about the contact out of hours, which is the question, not a member directing staff to do a job.
 */
const TOLD_NOT_TO_CONTACT =
  /\b(?:told|asked|tells|asks|telling|asking) (?:me|us|him|her|them|members|councillors)(?: (?:politely|nicely|firmly|kindly|very clearly))? not to (?:contact|ring|phone|call|text|email|e-mail|message|whatsapp)\b/gi;

/** Whether the message asks of contact at a time or place outside work between members and staff (see above). */
export function asksAboutContactOutOfHours(text: string, parts: QuestionParts): boolean {
  if (parts.asking.length === 0 || ABUSE.test(text) || REMEDY.test(text) || DIRECTING.test(text.replace(TOLD_NOT_TO_CONTACT, ' ')) || !CONTACT.test(text) || !OUT_OF_HOURS.test(text)) return false;
  return COUNCIL_PERSON.test(text);
}

/** Contact out of hours read as another topic or out of scope: response times (see above). */
export const OUT_OF_HOURS_RULE: ReadingRule = {
  name: 'out_of_hours',
  gate: ({ judged, hasIntent }) =>
    weakOrUnevidencedReading(judged, (label) => KEEPS_ITS_READING.has(label), OUT_OF_HOURS_OVERRULES_BELOW) && hasIntent(RESPONSE_TIMES),
  matches: ({ text, parts }) => asksAboutContactOutOfHours(text, parts),
  decides: () => ({ intent: RESPONSE_TIMES }),
};
