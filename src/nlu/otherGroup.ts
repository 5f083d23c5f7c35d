import type { ReadingRule, RuleInput } from './readingRules';

/**
 * A group that is not a political one. "can I send the officer's briefing note on the flood scheme to my residents'
 * group?" read political_groups at 0.31: "group" is the word of that intent's examples ("our group", "the group
 * leader", "party group"), and no political_groups example names any other kind of group. But a residents' group, a
 * community group, a WhatsApp or Facebook group, a church or a charity is not a party group, and the protocols' clauses on
 * political groups say nothing about it; the reading rests on one word in another sense. The examples put such groups
 * under the topic of what is asked of them (exempt papers shared with a residents' group: confidential_information; the
 * council's projector lent to a residents' association: council_resources; a rant in the residents' WhatsApp group:
 * respect_and_courtesy).
 *
 * So when the reading is political_groups, the message names such a group or body (`OTHER_GROUP`), every "group" in it
 * is one (`ANY_GROUP` against `OTHER_GROUP`) and nothing political is named (`POLITICAL`: a party, the group leader, the
 * whip, an election…), the engine takes the next reading that is a topic, or out of scope when out of scope comes first
 * (engine.ts, readingRules.ts; docs/messy-round30.md). A topic so taken is answered as unsure with the Clerk offered, as
 * every rule's decision is.
 */

const POLITICAL_GROUPS = 'political_groups';
const OUT_OF_SCOPE = 'out_of_scope';

/** Every mention of a group. */
const ANY_GROUP = /\bgroups?\b/gi;

/** Words before "group" that say it is a group of residents, of a place, or of a chat (not a party group). */
const OTHER_GROUP_KIND =
  "(?:residents?'?|tenants?'?|community|village|neighbourhood|street|estate|parish|local|action|campaign(?:ing)?|pressure|support|friends|user|users'?|volunteers?'?|litter|walking|youth|toddler|parents'?|church|faith|heritage|history|environment(?:al)?|allotment|gardening|sports?|running|book|whats ?app|facebook|fb|chat|email|text|messenger|signal|telegram|online)";

/** A group or body that is not a political one: a kind of group from OTHER_GROUP_KIND, or an association, society, charity, club or church. */
const OTHER_GROUP = new RegExp(
  `\\b${OTHER_GROUP_KIND}\\s+groups?\\b|\\b(?:residents?'?|tenants?'?|community|neighbourhood|parents'?|allotment)\\s+(?:association|society|forum)s?\\b|\\b(?:my|our|the|a|local)\\s+(?:charity|church|chapel|scouts|guides|rotary|wi|club)\\b`,
  'gi',
);

/** Anything political named: then "group" may be the party group after all, and the reading stands. */
const POLITICAL =
  /\b(?:politic\w*|part(?:y|ies)|labour|conservatives?|tory|tories|lib ?dems?|liberals?|greens?|reform|independents?|whips?|manifesto|election\w*|canvass\w*|candidates?|caucus|group leaders?|leader of the group|opposition|coalition|majority group|ruling group|minority group)\b/i;

/** How many mentions of "group" the groups named by OTHER_GROUP account for. */
function otherGroupMentions(text: string): { named: number; groupWords: number } {
  let named = 0;
  let groupWords = 0;
  for (const found of text.matchAll(OTHER_GROUP)) {
    named++;
    if (/\bgroups?\b/i.test(found[0])) groupWords++;
  }
  return { named, groupWords };
}

/** Whether the message names a group or body that is not a political one, every "group" in it is one, and nothing political is named (see above). */
export function namesOnlyAnOtherGroup(text: string): boolean {
  if (POLITICAL.test(text)) return false;
  const { named, groupWords } = otherGroupMentions(text);
  const groups = text.match(ANY_GROUP)?.length ?? 0;
  return named > 0 && groupWords === groups;
}

/** The reading after political_groups: the first topic or out of scope ranked, political_groups left out. */
function nextReading({ reading, isTopic }: RuleInput): string | undefined {
  for (const { label } of reading.ranked) {
    if (label === POLITICAL_GROUPS) continue;
    if (label === OUT_OF_SCOPE || isTopic(label)) return label;
  }
  return undefined;
}

/** Another kind of group read as political groups: the next reading (see above). */
export const OTHER_GROUP_RULE: ReadingRule = {
  name: 'other_group',
  gate: ({ judged }) => !judged.reason && judged.label === POLITICAL_GROUPS,
  matches: ({ text }) => namesOnlyAnOtherGroup(text),
  decides: (input) => {
    const next = nextReading(input);
    return next === undefined || next === OUT_OF_SCOPE ? { reason: 'unexplained' } : { intent: next };
  },
};
