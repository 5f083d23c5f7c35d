import type { ReadingRule } from './readingRules';
import type { QuestionParts } from './question';

/**
 * The press on the line, and whether it goes through the office. "radio bloke wants a 2 min chat on the drive time show.
 * do i need the clerk's ok first?" read instructing_officers: "go through the office", "clear it with the clerk", "the
 * clerk's ok" are the words of that intent's examples (a member asking staff to do something, and by which route). But
 * with a reporter, a paper or a radio show asking the asker for a word, the route asked about is the route of what is said
 * to the press, and the protocols answer that in their media clauses (who may speak for the council, the Clerk's part in
 * press enquiries), not in their clauses on instructing staff.
 *
 * So when the reading is instructing_officers or roles_of_officers (`ROUTE_READINGS`, under `PRESS_ROUTING_OVERRULES_BELOW`), the message names the press
 * (`PRESS`) and its asking sentences ask whether something goes through, or needs the leave of, the office or the
 * Clerk (`ROUTED`), the engine reads it as media_relations, answered as unsure with the Clerk offered (engine.ts,
 * readingRules.ts; docs/messy-round24.md). A routing question with no press in it ("Does emptying the bins go through
 * the office?") is left to the classifier, and so is one that asks staff to act ("get the office to…": `ASKS_STAFF_TO_ACT`),
 * the press being only where the matter came from.
 */

/**
 * The readings this rule may overrule: instructing staff ("go through the office", "the clerk's ok") and the officers'
 * role ("or is that the office's job?"), the two whose examples carry the route's words.
 */
const ROUTE_READINGS: ReadonlySet<string> = new Set(['instructing_officers', 'roles_of_officers']);
const MEDIA = 'media_relations';

/**
 * Below this, an instructing (or officers' role) reading of a press contact routed through the office gives way. The design rows of this kind
 * read instructing_officers at 0.31–0.59 or roles_of_officers at 0.22 (docs/messy-round24.md); a sure reading stands.
 */
export const PRESS_ROUTING_OVERRULES_BELOW = 0.7;

/**
 * The press: reporters, papers, radio and television, and a paper by its title ("the Gazette", "Hull Daily Mail": a
 * capitalised word before a newspaper's usual name, case-sensitive, not the Royal Mail, the Post Office or National Express). Not "social media" (posting is another topic) nor
 * "press" as a verb ("press ahead", "press him on it"), nor "papers" alone (committee papers).
 */
export const PRESS_WORDS =
  /\b(?:(?:the|local|national) press|press (?:releases?|office|officer|statements?|enquir(?:y|ies)|calls?|conference|team)|reporters?|journalists?|newspapers?|(?:the|local|a) (?:rag|paper)|to the papers|radio|tv|telly|television|bbc|itv|podcast|on camera|on air)\b/i;
export const PRESS_TITLE =
  /\b(?!Royal |National )(?:[Tt]he|[A-Z]\w+) (?:Gazette|Chronicle|Courier|Herald|Echo|Mail|Post(?! Office)|Times|Sentinel|Argus|Advertiser|Mercury|Observer|Standard|Express|Journal|Telegraph|Examiner|Recorder|Citizen|Live)\b|\bLook (?:North|East|West|South)\b/;

/**
 * A question of the route: whether it goes through (or via) the office or the Clerk, needs their ok, permission or sign-off,
 * should be cleared with, run past or checked with them first, or passed on to them.
 */
const ROUTED = new RegExp(
  [
    String.raw`\b(?:go(?:es)?|went|going|come|comes) (?:through|thru|via|to) (?:the|our|my)? ?(?:office|clerk|town clerk|parish clerk|proper officer|comms|communications)\b`,
    String.raw`\b(?:clear|run|check|agree) (?:it |that |this |them |everything |anything )?(?:with|past|by) (?:the|our|my|[A-Z]\w+)\b`,
    String.raw`\b(?:clerk's|office's|clerk|office) (?:ok|okay|permission|approval|say[- ]so|blessing|go[- ]ahead|sign[- ]?off)\b`,
    String.raw`\b(?:permission|approval|sign[- ]?off|the ok|the okay|the go[- ]ahead|say[- ]so) (?:from|of|by) (?:the|our)\b`,
    String.raw`\b(?:pass|send|forward|refer|put) (?:it|them|this|that|him|her|everything|it all|them all)? ?(?:on |all |through |over )?to (?:the|our) (?:office|clerk|town clerk|parish clerk)\b`,
    String.raw`\b(?:the )?(?:office's|clerk's) job\b`,
  ].join('|'),
  'i',
);

/** Asking staff to act is instructing, whatever the story: "Can I get the office to send someone?", "ask the clerk to chase". */
const ASKS_STAFF_TO_ACT = /\b(?:get|ask|tell|make|have) (?:the|our) (?:office|clerk|town clerk|parish clerk|staff|officers?) to\b/i;

/** Whether some words name the press: a reporter, a paper, radio or television, or a paper by its title (see above). */
export function namesThePress(words: string): boolean {
  return PRESS_WORDS.test(words) || PRESS_TITLE.test(words);
}

/** Whether a message tells of the press and asks whether what is said to them goes through the office or the Clerk. */
export function asksHowPressGoesThroughTheOffice(text: string, parts: QuestionParts): boolean {
  if (!namesThePress(text)) return false;
  const asked = parts.asking.join(' ');
  return ROUTED.test(asked) && !ASKS_STAFF_TO_ACT.test(asked);
}

/** The press, and whether it goes through the office, read as instructing staff: media relations (see above). */
export const PRESS_ROUTING_RULE: ReadingRule = {
  name: 'press_routing',
  gate: ({ judged, hasIntent }) => !judged.reason && ROUTE_READINGS.has(judged.label) && judged.confidence < PRESS_ROUTING_OVERRULES_BELOW && hasIntent(MEDIA),
  matches: ({ text, parts }) => asksHowPressGoesThroughTheOffice(text, parts),
  decides: () => ({ intent: MEDIA }),
};
