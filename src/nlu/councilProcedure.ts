import type { ReadingRule } from './readingRules';

/**
 * A question about the council's own procedure or elections, which no Member/Officer protocol governs: a quorum, the
 * chair's casting vote, members' or the mayor's allowances, nominations and by-elections, co-option, attending or voting
 * remotely. Standing orders, the local election rules and the council's
 * financial arrangements say these; the protocols are about how members and staff deal with each other.
 *
 * The classifier reads their words as the topic whose examples use them: "does the chair get a casting vote if it's a
 * tie" read chairs_and_committees at 0.69 ("chair"), "the mayor's allowance - how much is it" chairs_and_committees. The
 * out-of-scope examples hold many such questions; a message about one in words those examples do not use lands on
 * the protocol word next to it.
 *
 * So when an asking sentence names one of these matters (`PROCEDURE`) and the message names nothing the protocols are
 * about — the other side of the member/officer relation (staff, for a member asking; a member, for staff asking), the
 * protocol, the press, a relative or friend, a group or party, someone's role or job, a public meeting, campaigning or
 * someone's own time (`PROTOCOL_MATTER`) — the engine judges it out of scope as a reading its words do not explain
 * ('unexplained', so a council whose own protocol has a sentence that meets it is still quoted:
 * src/answer/coveredOutOfScope.ts). "The office has gone quiet on me since the quorum fiasco" names the office and is
 * left to its reading (response times); "just been co-opted, what's my job" names a job.
 *
 * Expenses and mileage are not among the matters: two unmapped protocols of the evaluation sets (Thornwick,
 * Brindlecombe) have a rule on claiming them, and their rows are labelled as finance; the classifier's own out-of-scope
 * reading of them, and the covered-sentence answer, are left as they are. Nor are gifts and hospitality: five of the
 * unmapped protocols have a rule on them, which a reading as interests and conflicts reaches (Brindlecombe's "Interests
 * and gifts" section answered "is there a limit on what a gift can be worth before i have to declare it" from its £25
 * rule; judged out of scope, the covered-sentence answer quoted a clause on relationships instead). Nor is polling day: a
 * meeting "just before polling day" is the protocols' election-period rule (ward matters).
 *
 * A meeting's date, time or room is such a matter too, when that is all the question asks (`MEETING_WHEN_OR_WHERE`):
 * its agenda, a motion, who chairs it, attending or speaking at it are the protocols' (`MEETING_BUSINESS`).
 */

/** The matters of procedure and elections no shipped protocol covers, as an asking sentence names them (and a meeting's calendar, below). */
const PROCEDURE = new RegExp(
  String.raw`\b(?:` +
  [
    String.raw`casting vote`,
    String.raw`quorum|quorate|inquorate`,
    String.raw`(?:mayor|chair(?:man)?|members?|councillors?|cllrs?)(?:'s|s')?\s+allowances?`,
    String.raw`(?:attendance|basic|special responsibility)\s+allowances?`,
    String.raw`nomination\s+(?:papers?|forms?)|by-?elections?|electoral\s+roll|postal\s+votes?`,
    String.raw`(?:stand|standing|candidate)\s+(?:for|in|at)\s+(?:the\s+)?(?:\w+\s+)?elections?`,
    String.raw`co-?opt(?:ion|ing)|co-?opt\s+(?:someone|somebody|a|an)|(?:be|get|being)\s+co-?opted`,
    String.raw`remote(?:ly)?\s+(?:attendance|meetings?|voting|vote)|attend(?:ing)?\s+(?:\w+\s+)?(?:remotely|virtually)`,
    String.raw`vote\s+from\s+home|(?:meet|meeting|meetings)\s+(?:on|via|over)\s+(?:zoom|teams)|(?:on|via)\s+(?:zoom|teams)\s+(?:count|counts|counted)|hybrid\s+meetings?`,
  ].join('|') +
  String.raw`)\b`,
  'i',
);

/**
 * When, what time or where a meeting of the council is: its calendar and rooms, which standing orders and the published
 * meeting dates say ("when's full council next" read decisions_and_agendas at 0.55 on "full council"; docs/messy-round33.md).
 * The meeting must be what the question is about, a few words after "when's" or "where is", not a meeting in passing.
 */
const MEETING_WHEN_OR_WHERE = new RegExp(
  String.raw`^\W*(?:(?:so|and|hi|quick one)\W+)?(?:when|what time|what date|what day|what night|which day|which night|where|which room)` +
  String.raw`(?:['’]s|\s+is|\s+are|\s+does|\s+do|\s+will|\s+was)\s+(?:\S+\s+){0,4}?(?:meetings?|(?:full|parish|town)\s+council|committees?|council\s+meets?)\b`,
  'i',
);

/**
 * What a member may ask of a meeting under the protocols, whenever it is: its agenda and papers, a motion, who chairs
 * it, attending, speaking or voting at it, declaring at it ("when's the next meeting I can bring my motion to").
 */
const MEETING_BUSINESS =
  /\b(?:agendas?|items?|motions?|papers?|minutes|reports?|chair\w*|speak\w*|attend\w*|sit in|vote|voting|declare|interests?|questions?|raise|bring|put)\b/i;

/** Whether an asking sentence asks only when or where a meeting is (see MEETING_WHEN_OR_WHERE). */
function asksMeetingTimeOrPlace(asking: readonly string[]): boolean {
  return asking.some((sentence) => MEETING_WHEN_OR_WHERE.test(sentence) && !MEETING_BUSINESS.test(sentence));
}

/** Staff named: for a member asking, the other side of the relation the protocols govern. */
const STAFF =
  /\b(?:clerks?|officers?|staff|rfo|office|employees?|deputy|groundsm[ae]n|caretakers?|lengthsm[ae]n|handym[ae]n|admin|assistants?|managers?|colleagues?|team)\b/i;
/** A member named: for staff asking, the other side. */
const MEMBER = /\b(?:councillors?|cllrs?|members?|chair(?:man|woman|person)?|vice[- ]?chair|mayor|leader)\b/i;
/** Anything else the protocols are about, whoever asks (a paper is the press's, not a ballot or nomination paper). */
const PROTOCOL_MATTER =
  /\b(?:protocol|press|media|reporters?|journalists?|(?<!ballot\s|nomination\s)paper|radio|facebook|wife|husband|partner|son|daughter|brother|sister|mum|dad|relatives?|friends?|mates?|family|group|party|role|job|public\s+meetings?|leaflet\w*|campaign\w*|canvass\w*|own\s+time)\b/i;

/** Whether the asking sentences name a matter of procedure or elections and the message nothing the protocols are about (see above). */
export function asksOnlyAboutProcedure(asking: readonly string[], text: string, role?: string): boolean {
  if (!PROCEDURE.test(asking.join(' ')) && !asksMeetingTimeOrPlace(asking)) return false;
  const otherSide = role === 'officer' || role === 'clerk' ? MEMBER : STAFF;
  return !otherSide.test(text) && !PROTOCOL_MATTER.test(text);
}

/** A question of procedure or elections read as a topic: out of scope, the reading unexplained by the words (see above). */
export const COUNCIL_PROCEDURE_RULE: ReadingRule = {
  name: 'council_procedure',
  gate: ({ judged, isTopic }) => !judged.reason && isTopic(judged.label),
  matches: ({ parts, text, role }) => asksOnlyAboutProcedure(parts.asking, text, role),
  decides: () => ({ reason: 'unexplained' }),
};
