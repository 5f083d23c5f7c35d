import type { ReadingRule } from './readingRules';
import { weakOrUnevidencedReading } from './scope';

/**
 * An officer briefing or attending a political group, told in a story. "…have been group leader twice, and I have always
 * believed officers and members work best as a team. Our group has a budget away-day planned in the spring and
 * historically the finance director came along and talked us through the numbers… A newer member of our group says that
 * is no longer allowed. Who is right?" read instructing_officers at 0.45: the question says nothing of its own, and a
 * long story's words of members and officers working together are instructing's. But a member's own political group
 * (`POLITICAL_GROUP`: our group, the group leader, a party group, the Labour group…), an officer (`OFFICER`) and the
 * officer briefing, attending or explaining to it (`BRIEFING`) is what the protocols' clauses on political groups are
 * about (officers may brief groups, must treat them alike, and attend only as the protocol allows).
 *
 * So when the reading is another topic under `GROUP_BRIEFING_OVERRULES_BELOW` (not confidential_information: "can I brief
 * my group on what the officer told me in confidence?" is confidentiality's), or out of scope for want of evidence, and
 * the message names all three, the engine reads it as political_groups, answered as unsure with the Clerk offered
 * (engine.ts, readingRules.ts; docs/messy-round30.md). Over the training examples the matcher matches only
 * political_groups ones (18).
 */

const POLITICAL_GROUPS = 'political_groups';

/** Below this, another topic's reading of such a message gives way (the design row read 0.45). */
export const GROUP_BRIEFING_OVERRULES_BELOW = 0.6;

/** A member's political group: their own group (not "a group of residents"), its leader, a party or named group, its meeting. */
const POLITICAL_GROUP =
  /\b(?:(?:our|my|the|their|his|her) (?:own )?(?:party |political )?group(?:'s)?\b(?! of)|group leaders?|party groups?|(?:labour|conservative|tory|lib ?dem|liberal|green|independent|reform|opposition|majority|ruling|minority) groups?|group (?:meeting|away-?day|whip))/i;

/** An officer or member of staff. */
const OFFICER = /\b(?:officers?|clerk|director|head of \w+|chief exec\w*|rfo|staff|treasurer|planner|manager)\b/i;

/** Briefing, attending, presenting to or advising a group. */
const BRIEFING =
  /\b(?:brief\w*|c[oa]me (?:along|to)|attend\w*|talk(?:ed|s)? (?:us|them|the group) through|present\w*|explain\w*|advis\w*|speak to|address)\b/i;

/** Whether a message tells of an officer briefing, attending or advising a member's political group (see above). */
export function tellsOfAGroupBriefing(text: string): boolean {
  return POLITICAL_GROUP.test(text) && OFFICER.test(text) && BRIEFING.test(text);
}

/** An officer briefing a political group, read as another topic or out of scope: political groups (see above). */
export const GROUP_BRIEFING_RULE: ReadingRule = {
  name: 'group_briefing',
  gate: ({ judged, hasIntent }) =>
    weakOrUnevidencedReading(judged, (label) => label === POLITICAL_GROUPS || label === 'confidential_information', GROUP_BRIEFING_OVERRULES_BELOW) &&
    hasIntent(POLITICAL_GROUPS),
  matches: ({ text }) => tellsOfAGroupBriefing(text),
  decides: () => ({ intent: POLITICAL_GROUPS }),
};
