import type { Clause } from '../protocols/parse';
import type { IntentResult } from '../nlu/engine';
import { OUT_OF_SCOPE } from '../nlu/intents';
import { contentStems } from '../nlu/normalize';
import { coveredSentence, mayBeCovered, type CoveredSentence } from './coveredOutOfScope';
import { topicWordsFor } from './topicWords';

/** A reading changed from out of scope to the topic of the council's clause that meets the message, with that clause's sentence. */
export type CoveredReading = IntentResult & { coveredBy?: CoveredSentence };

/**
 * Topics the model learned as out of scope because the shipped protocols have no rule on them, and the intent each
 * belongs to where a council's own protocol has one: gifts and hospitality are an interest to declare, a claim for
 * expenses or buying something is money (INTENTS.md: "Can I buy the Christmas lights and claim it back?"). The model
 * cannot read such a clause's topic itself (it reads "Expenses and travelling" as nothing it knows), so its words say.
 */
const LEARNED_OUT_OF_SCOPE_TOPICS: readonly { stems: ReadonlySet<string>; intent: string }[] = [
  { stems: new Set(contentStems('gift gifts hospitality')), intent: 'interests_and_conflicts' },
  { stems: new Set(contentStems('expenses expense mileage reimbursed reimburse purchases purchase quotations quotation procurement allowance allowances VAT grant grants')), intent: 'finance_and_contracts' },
  // A member of staff's yearly review is a matter of their employment (INTENTS.md: recruitment, appeals, HR policy).
  { stems: new Set(contentStems('appraisal appraisals appraised')), intent: 'employment_and_appointments' },
  // A repair is work asked of staff through the Clerk (INTENTS.md: "requests for staff work"), not a visit to the building.
  { stems: new Set(contentStems('repair repairs repaired')), intent: 'instructing_officers' },
];

/**
 * A message the model reads as out of scope, read by the topic of the council's own clause that plainly meets it
 * (issues #10 and #12, intent63).
 *
 * On a protocol no intent maps (one ingested), a question on a topic the shipped protocols lack (a contractor's gift, a
 * late mileage claim) is read out of scope although the council's own clause answers it. When one of the protocol's
 * sentences plainly meets the message (coveredOutOfScope.ts: most of its rare words in one sentence), the message is
 * read by that clause's topic, unsure, and answered by that sentence. Where no sentence meets it (a quorum, a grant, a
 * precept on a protocol without a rule on them) it stays out of scope. One word shared is enough when it names a topic the
 * model learned as out of scope and the sentence holds it (sentenceOnNamedTopic: "Who does the clerk's appraisal?",
 * intent64). A mapped (shipped) protocol is left alone: the model's out-of-scope class was learned from what those
 * protocols lack, so there its reading already says.
 */
export function readByCoveringClause(
  result: IntentResult,
  clauses: Clause[],
  text: string,
  clauseTopics: (clauses: Clause[]) => Map<string, Map<string, number>>,
  isTopic: (label: string) => boolean,
): CoveredReading {
  if (result.intent !== OUT_OF_SCOPE) return isTopic(result.intent) ? readByNamedTopic(result, clauses, text) : result;
  if (!mayBeCovered(result.scopeReason)) return result;
  const found = coveredSentence(clauses, text) ?? sentenceOnNamedTopic(clauses, text);
  const clause = found && clauses.find((c) => c.ref === found.ref);
  if (!found || !clause) return result;
  const intent = learnedOutOfScopeTopic(`${clause.heading} ${found.text}`) ?? clauseTopic(clauseTopics(clauses).get(found.ref), isTopic);
  if (!intent) return result;
  return { ...result, intent, uncertain: true, scopeReason: undefined, coveredBy: found };
}

/**
 * A sentence that meets the message on one word only, where that word names a topic the model learned as out of scope and
 * the sentence holds it too: a short question names its topic in one word ("Who does the clerk's appraisal?", "How many
 * quotes do we need?"), and the model's out-of-scope reading then says only that the shipped protocols lack the topic. Any
 * other lone word shared ("Who's our district councillor?" and a sentence naming the district council) is no reading.
 */
function sentenceOnNamedTopic(clauses: Clause[], text: string): CoveredSentence | null {
  const named = (words: string) => new Set(contentStems(words).filter((s) => LEARNED_OUT_OF_SCOPE_TOPICS.some((topic) => topic.stems.has(s))));
  const asked = named([text, ...topicWordsFor(text).values()].join(' '));
  if (asked.size === 0) return null;
  const found = coveredSentence(clauses, text, 1);
  const clause = found && clauses.find((c) => c.ref === found.ref);
  return found && clause && [...named(`${clause.heading} ${found.text}`)].some((s) => asked.has(s)) ? found : null;
}

/**
 * An unsure topic reading of a message that names a topic the model learned as out of scope, where a sentence of the
 * council's own holds that word: read by that topic, still unsure (intent64). The model knows allowances, receipts and
 * appraisals only as out of scope, so on such a message its topic is a neighbour's read from the rest of the words ("i dont
 * want the councillors allowance, who do i tell?" as instructing officers, "petrol receipts … too late?" as response
 * times). A sure reading is left alone, as is one no sentence of the protocol meets by that word.
 */
function readByNamedTopic(result: IntentResult, clauses: Clause[], text: string): CoveredReading {
  if (!result.uncertain) return result;
  const found = sentenceOnNamedTopic(clauses, text);
  const clause = found && clauses.find((c) => c.ref === found.ref);
  if (!found || !clause) return result;
  const intent = learnedOutOfScopeTopic(`${clause.heading} ${found.text}`);
  if (!intent || intent === result.intent) return result;
  return { ...result, intent, uncertain: true };
}

/** The intent of a topic the model learned as out of scope that a clause's words name, if any. */
function learnedOutOfScopeTopic(words: string): string | undefined {
  const stems = contentStems(words);
  return LEARNED_OUT_OF_SCOPE_TOPICS.find((topic) => stems.some((s) => topic.stems.has(s)))?.intent;
}

/** The topic the classifier reads a clause to be about most, out of scope and conventions left aside. */
function clauseTopic(topics: Map<string, number> | undefined, isTopic: (label: string) => boolean): string | undefined {
  let best: string | undefined;
  let bestProbability = 0;
  for (const [label, probability] of topics ?? [])
    if (label !== OUT_OF_SCOPE && isTopic(label) && probability > bestProbability) {
      best = label;
      bestProbability = probability;
    }
  return best;
}
