import { asks } from './question';
import type { ReadingRule } from './readingRules';

/**
 * A thing in the office (or on the way to it) gone wrong, and how to put it right. "The office kettle's
 * packed up and the staff are on strike without tea. Ideas?" read roles_of_officers (0.41), and "the
 * printer's jammed again right before the agenda goes out. Who fixes it?" decisions_and_agendas (0.49):
 * the story's words (staff, the clerk, the agenda, the minutes) are the protocol's, but what is asked is
 * how to mend a machine, buy a cartridge or get round a late bus, which no protocol covers.
 *
 * So the engine reads a message as out of scope (engine.ts) when: a sentence tells of a thing failing (a
 * machine, the wifi, the heating, a bus; `THING` with `FAILING`), what it asks is of putting the thing right
 * (`REMEDY`: fix, repair, recommend, the cheapest, who runs the route) or nothing of its own ("Ideas?"),
 * it names no member (whose conduct towards staff is the protocol's), its question asks no leave or conduct
 * ("can I", "do I have to", "is that acceptable") and names no council person or matter (the clerk, staff,
 * the minutes, spending), and the classifier's topic reading is weak. A question
 * of the protocol told with such a story keeps its reading: "The printer died so the agenda went out a day
 * late. Is the meeting still valid?" asks no remedy; "the kettle's broken so a councillor told me to buy him
 * a coffee. Is that part of my job?" names a member (docs/messy-round14.md).
 *
 * A message that only tells of the fault ("the office heating is broken again", no question in it) asks for it to be put
 * right without saying so: every sentence tells of a thing failing and none asks (docs/messy-round33.md). "The clerk's
 * office" and "the council office" are the place the thing is in, not a council person or matter asked about.
 */

/** A thing that breaks, runs out or runs late: office equipment, the building's services, transport. */
const THING = new RegExp(
  String.raw`\b(?:kettle|printer|photocopier|copier|toner|cartridge|ink|shredder|franking machine|scanner|laminator|wi-?fi|internet|broadband|router|server|laptop|computer|pc|monitor|projector|screen|phone line|phones?|boiler|heating|radiators?|air con|lights?|bulbs?|lift|alarm|locks?|door|keys?|blinds|microwave|fridge|freezer|dishwasher|coffee machine|vending machine|toilets?|loo|sink|tap|roof|gutters?|clock|barrier|buses|bus|trains?|tube|roadworks|gritters?|car|van)\b`,
  'i',
);

/** The thing failing: broken, jammed, packed up, run out, gone off, late, cancelled. */
const FAILING = new RegExp(
  String.raw`\b(?:broken|broke|breaks|jam(?:med|s)?|packed up|pack(?:ed|s)? in|died|dead|stopped|out of order|not working|isn'?t working|aren'?t working|stone cold|won'?t (?:work|start|print|connect|open|lock|talk)|drops? out|dropping out|keeps? (?:crashing|dropping|freezing|jamming|breaking|tripping|turning up late)|crash(?:ed|es|ing)|froze|freezes|frozen|leak(?:s|ing|ed)?|run out|ran out|running out|tripp(?:ing|ed)|seized|stuck|streaks?|error|smashed|cancell?ed|late|delayed|flooded|blocked|off again|gone off|went off|faulty|playing up|on the blink|kaput|bust)\b`,
  'i',
);

/**
 * What is asked is of putting the thing right: mending, replacing, buying, who to ring, who runs the
 * service. "Fix" and "sort" alone are not enough when a person is the one to be sorted; a member named
 * anywhere, or leave asked, stops the reading first.
 */
const REMEDY = new RegExp(
  String.raw`\b(?:fix(?:es|ed|ing)?|repair(?:s|ed|ing)?|mend(?:s|ed|ing)?|reset|unjam|unblock|clean|service[ds]?|replac(?:e|ement)|buy|purchase|cheap(?:est|er)?|recommend|decent|a good one|a new one|plumber|engineer|technician|call out|provider|route|timetable|run (?:later|earlier|on time)|tips?)\b`,
  'i',
);

/** A question that says nothing of its own after a story: the story says what it is about. */
const BARE = /^\s*(?:ideas|thoughts|any (?:ideas|thoughts|tips|advice|suggestions)|help|suggestions|advice)\s*[?!.]*\s*$/i;

/** A member named anywhere: the message may be about their conduct towards staff (the protocol's). */
const MEMBER = /\b(?:cllrs?|councillors?|members?|chair(?:man|woman|person)?|vice[- ]?chair|mayor|leader)\b/i;

/** Leave or conduct asked of: a question of the protocol, whatever the story. */
const LEAVE_OR_CONDUCT =
  /\b(?:can i|could i|may i|am i (?:allowed|able|entitled|expected|obliged)|should i|do i have to|have i got to|must i|is (?:that|it|this) (?:ok|okay|alright|all right|acceptable|allowed|appropriate|proper|fair|reasonable|right|part of)|my job|my role|complain|valid|vote|reconsider|minutes? (?:still|be)|allowed)\b/i;

/**
 * A person or matter of the council in the question itself: "Can the clerk buy a new one without asking the
 * council?", "Can staff work from home until it's fixed?", "How do we fix the record?" ask of staff, spending
 * or the minutes, not of the machine.
 */
const COUNCIL_MATTER_ASKED =
  /\b(?:clerks?|officers?|staff|rfo|employees?|caretakers?|council|committees?|minutes|record|agenda|decisions?|meetings?|vote|spend(?:ing)?|budget|quotes?|approval|permission)\b/i;

/** The office as a place ("the clerk's office", "the council offices"): where the thing is, not who or what is asked about. */
const OFFICE_PLACE = /\b(?:clerk(?:'s|s'|s)?|council|parish|town)\s+offices?\b/gi;


/** Whether every sentence tells of a thing failing and none asks: the report of a fault, its remedy unsaid. */
function onlyTellsOfAFault(sentences: readonly string[]): boolean {
  return sentences.length > 0 && sentences.every((sentence) => THING.test(sentence) && FAILING.test(sentence) && !asks(sentence));
}

/** Below this, a topic reading of a message asking how to put a failed thing right gives way (docs/messy-round14.md). */
export const FAULT_OVERRULES_BELOW = 0.5;

/**
 * Whether the message tells of a thing failing and asks only how to put it right (see above).
 * Reads `backstory` (the message's other sentences) and `asking` (its asking sentences), as question.ts splits them.
 */
export function asksToPutAThingRight(asking: readonly string[], backstory: readonly string[]): boolean {
  const whole = backstory.concat(asking).join(' ');
  if (MEMBER.test(whole)) return false;
  let failing = false;
  for (const sentence of backstory.concat(asking)) if (THING.test(sentence) && FAILING.test(sentence)) failing = true;
  if (!failing) return false;
  const asked = asking.join(' ');
  if (LEAVE_OR_CONDUCT.test(asked) || COUNCIL_MATTER_ASKED.test(asked.replace(OFFICE_PLACE, 'office'))) return false;
  return BARE.test(asked) || REMEDY.test(asked) || onlyTellsOfAFault(backstory.concat(asking));
}

/**
 * A thing failed (the kettle, the printer, a late bus) and the question is how to put it right: out of scope,
 * however much of the story is the protocol's words, when the topic reading is weak (engine.ts, readingRules.ts).
 */
export const OFFICE_FAULT_RULE: ReadingRule = {
  name: 'office_fault',
  gate: ({ judged, isTopic }) => !judged.reason && judged.confidence < FAULT_OVERRULES_BELOW && isTopic(judged.label),
  matches: ({ parts }) => asksToPutAThingRight(parts.asking, parts.backstory),
  decides: () => ({ reason: 'office_fault' }),
};
