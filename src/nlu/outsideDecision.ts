import type { ReadingRule } from './readingRules';
import type { QuestionParts } from './question';
import { WHO_DECIDES } from './staffingDecision';

/**
 * Who decides another body's own affairs. "TL;DR the WI is hiring a new treasurer. Who decides who gets it?" and "Quick
 * poll: who decides the winners at the flower show, the judges or the committee?" read decisions_and_agendas (or
 * employment_and_appointments, chairs_and_committees, finance_and_contracts): "who decides", "a new treasurer", "the committee" are the words of
 * those intents' examples. But the matter decided is a club's, a church's, a school's, an employer's or the county's own,
 * in which the council has no part; the protocols say nothing of it, and answering with the council's clauses on
 * agendas or appointments misleads.
 *
 * So when the reading is one of those (`DECIDING_READINGS`, under `OUTSIDE_DECISION_OVERRULES_BELOW`), a question asks who
 * decides, or who takes a place ("who replaces her?", "who fills his shoes?", "his successor"), the message names another
 * body (`OUTSIDE_BODY`) and names nothing of the council (`COUNCIL_SIDE`: the council, its members, staff and papers, its
 * land and money, "us"), the engine reads it as out of scope (engine.ts, readingRules.ts; docs/messy-round25.md). A body
 * asking the council for something ("The scouts have asked the council for a grant. Who decides?", "The bowls club wants to
 * rent the green") names the council's side and is left to the classifier; so is a council staffing matter told with a
 * club in the story.
 */

/**
 * The readings this rule may overrule: the intents whose examples carry "who decides" and "who takes over", and finance,
 * which "The scout leader is moving away. Who fills his shoes with the cubs?" read at 0.17.
 */
const DECIDING_READINGS: ReadonlySet<string> = new Set(['decisions_and_agendas', 'employment_and_appointments', 'chairs_and_committees', 'finance_and_contracts']);

/** Below this, such a reading of another body's own affairs gives way (the design rows read 0.17–0.68). */
export const OUTSIDE_DECISION_OVERRULES_BELOW = 0.8;

/** Who takes a place: "who replaces her?", "who takes over?", "who fills his shoes?", "any thoughts on his successor?". */
const WHO_TAKES_THE_PLACE =
  /\b(?:who (?:(?:will |would |should )?(?:replaces?|takes? over|steps? in|fills? (?:his|her|their|the) (?:shoes|place|post|role))|gets (?:it|the job|the post)|picks|chooses)|successor)\b/i;

/**
 * Another body: a club, society, church, school or college, the WI, scouts and their like, an employer or firm, a show or
 * festival, a pub, a bus company, the county. Not "surgery" (a member's surgery is council business) nor "hall".
 */
const OUTSIDE_BODY =
  /\b(?:clubs?|society|association|church|chapel|pcc|vicar|diocese|school|college|academy|governors|scouts?|cubs|guides|brownies|choir|charity|firm|company|employer|(?:flower|village|garden|horticultural|agricultural|dog) show|festival|pub|landlord|the county)\b/i;
/** The Women's Institute, by its capitals ("wi" in lower case is too often a slip: "wi-fi", "wi the clerk"). */
const THE_WI = /\bWI\b/;

/**
 * The council's side: the council and its people (members, the clerk, staff), its papers and meetings, its land and
 * money, and "us"/"we" (the asker's council deciding). Any of these and the matter may be the council's.
 */
const COUNCIL_SIDE =
  /\b(?:councils?|council's|councillors?|cllrs?|members?|clerks?|clerk's|rfo|officers?|staff|employees?|mayor|parish|town hall|the office|agendas?|minutes|meetings?|precept|budget|grants?|lease|rent|hire|licen[cs]e|planning|rec|green|playing fields?|allotments?|pavilion|cemetery|car park|land|us|we)\b/i;

/** Whether the message asks who decides another body's own affairs, with nothing of the council's in it (see above). */
export function asksWhoDecidesAnotherBodysAffairs(text: string, parts: QuestionParts): boolean {
  if ((!OUTSIDE_BODY.test(text) && !THE_WI.test(text)) || COUNCIL_SIDE.test(text)) return false;
  for (let i = 0; i < parts.asking.length; i++) if (WHO_DECIDES.test(parts.asking[i]) || WHO_TAKES_THE_PLACE.test(parts.asking[i])) return true;
  return false;
}

/** Who decides another body's own affairs, read as the council's decisions or appointments: out of scope (see above). */
export const OUTSIDE_DECISION_RULE: ReadingRule = {
  name: 'outside_decision',
  gate: ({ judged }) => !judged.reason && DECIDING_READINGS.has(judged.label) && judged.confidence < OUTSIDE_DECISION_OVERRULES_BELOW,
  matches: ({ text, parts }) => asksWhoDecidesAnotherBodysAffairs(text, parts),
  decides: () => ({ reason: 'outside_body' }),
};
