import type { ReadingRule } from './readingRules';

/**
 * A party that is a social occasion. "Am I allowed to go to the staff Christmas party?" read political_groups at 0.47:
 * "party" is the word of that intent's examples ("party group", "the party whip"), and nothing else in the message is
 * any topic's. But a Christmas, birthday or leaving party is not a political party, and whether staff may go to their
 * own party is nothing the protocols say; the reading rests on one word in another sense, and the message is out of
 * scope, with the Clerk offered as for any such message.
 *
 * So when the reading is political_groups, every "party" in the message is a social one (`SOCIAL_PARTY`: Christmas,
 * xmas, birthday, leaving, retirement, summer, staff, office party…) and nothing political is named (`POLITICAL`:
 * political, a group, a named party, an election…), the engine judges it out of scope as a reading its words do not
 * explain ('unexplained'; engine.ts, readingRules.ts; docs/messy-round29.md). A member or officer named as a person
 * (`COUNCIL_PERSON`: "Is it ok to invite the clerk to my birthday party?") leaves the reading alone: without that, one
 * such training example, read political_groups when held out, went out of scope in the engine CV (false fallback
 * 0.0199 → 0.0202).
 */

const POLITICAL_GROUPS = 'political_groups';

/** Every mention of a party. */
const ANY_PARTY = /\bpart(?:y|ies)\b/gi;

/** A party that is a social occasion: the word before it says which. */
const SOCIAL_PARTY =
  /\b(?:christmas|xmas|birthday|leaving|retirement|summer|staff|office|works|team|engagement|garden|tea|dinner|surprise|farewell|halloween|new year'?s?|launch)\s+part(?:y|ies)\b/gi;

/** Anything political named: then "party" may be the political one after all, and the reading stands. */
const POLITICAL =
  /\b(?:politic\w*|groups?|labour|conservatives?|tory|tories|lib ?dems?|liberals?|greens?|reform|independents?|whip|manifesto|campaign\w*|election\w*|canvass\w*|candidates?|caucus)\b/i;

/**
 * A member or officer named as a person: inviting the clerk to one's birthday party, or the mayor to a care home's, is a
 * question of relationships or of the civic role, not of the party; then the reading is left to stand or fall as it is.
 */
const COUNCIL_PERSON = /\b(?:councillors?|cllrs?|members?|clerk|officers?|mayor|chair(?:man|woman)?|vice[- ]chair)\b/i;

/** Whether every party the message names is a social one, nothing political is named, and no member or officer (see above). */
export function namesOnlyASocialParty(text: string): boolean {
  const parties = text.match(ANY_PARTY)?.length ?? 0;
  const social = text.match(SOCIAL_PARTY)?.length ?? 0;
  return parties > 0 && social === parties && !POLITICAL.test(text) && !COUNCIL_PERSON.test(text);
}

/** A social party read as political groups: out of scope, the reading unexplained by the words (see above). */
export const SOCIAL_PARTY_RULE: ReadingRule = {
  name: 'social_party',
  gate: ({ judged }) => !judged.reason && judged.label === POLITICAL_GROUPS,
  matches: ({ text }) => namesOnlyASocialParty(text),
  decides: () => ({ reason: 'unexplained' }),
};
