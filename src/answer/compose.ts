import type { CitedClause } from '../assistant/reply';
import type { IntentFile } from '../nlu/intents';
import type { ProtocolLibrary } from '../protocols/library';
import type { Clause } from '../protocols/parse';
import type { ClauseSelector } from '../protocols/select';
import type { Role } from '../domain/types';
import { Answer, AnswerSelector, CandidateClause, PreviousTurn } from './select';
import type { ClauseTopics, IntentReading } from './topicAffinity';
import { notThisPairsRoute, proposedRouteFor } from './complaintRoute';
import { answersUncoveredTopic } from './uncoveredTopic';

/** A next step's answer, other than the last one given, must score at least this share of the best sentence's. */
const NEXT_STEP_SHARE = 0.9;
/** Words that name a post to go to: the Clerk, a chair, a committee, the Monitoring Officer … */
const POSTS = String.raw`clerk|chair(?:man|woman|person)?|vice-chair\w*|mayor|committees?|monitoring officer|proper officer|manager|director|chief executive|head of|leader`;
/**
 * Words that name a post or a route: a follow-up asking for someone or something other than the sentence just quoted
 * ("who should I ask instead?") is answered only by a sentence that names one, never the same sentence again.
 */
const NAMES_POST_OR_ROUTE = new RegExp(String.raw`\b(?:${POSTS}|council|officers?|group|formal(?:ly)?|raised?|refer(?:red)?|through)\b`, 'gi');
/**
 * Only a post to go to: with the bar set by the best sentence not yet quoted, the sentence must name one of these, not
 * only "council", "officers" or "through" (which a list of what officers can expect passes).
 */
const NAMES_POST = new RegExp(String.raw`\b(?:${POSTS})\b`, 'gi');
/** A question for a person ("who else?", "anyone else I could go to?"), which a sentence naming a post answers. */
const ASKS_FOR_PERSON = /\b(?:who|whom|any(?:one|body)|some(?:one|body))\b/i;
/** The post the asker rules out ("if not the clerk", "other than the chairman", "instead of the mayor"). */
const EXCLUDED_POST = /\b(?:other than|apart from|besides|except|if not|instead of)\s+(?:the |my |our )?(?:town |parish |deputy )?(clerk|chair(?:man|woman|person)?|mayor|officers?|council)\b/gi;

/** A post's word as the two lists compare it: chair for chairman and chairperson, officer for officers. */
const postWord = (word: string): string => word.toLowerCase().replace(/^chair\w*/, 'chair').replace(/^officers$/, 'officer');

/** The posts a message rules out. */
function excludedPosts(text: string): string[] {
  return [...text.matchAll(EXCLUDED_POST)].map((m) => postWord(m[1]));
}

/** Whether a sentence names a post or route other than the ones the asker ruled out. */
function namesAnotherPostOrRoute(sentence: string, excluded: readonly string[], names: RegExp = NAMES_POST_OR_ROUTE): boolean {
  return [...sentence.matchAll(names)].some((m) => !excluded.includes(postWord(m[0])));
}

/**
 * How many of the intent's ranked clauses, of a close runner-up's, and of the whole protocol's, the
 * answer may come from. An object so scripts/answer-candidates.js can try other values.
 */
export const CANDIDATES = { intent: 5, runnerUp: 2, search: 4, siblingShare: 0.6 };
/** Clause ranking's confidence in the intent's clauses by rank, and in a clause found only by search. */
/** `searchMin`: a clause the answer may come from needs less BM25 than one cited on its own. */
/** `route`: the least prior of the clause holding the proposed complaint route (src/answer/complaintRoute.ts). */
export const PRIORS = { intentStep: 0.18, search: 0.2, searchStep: 0.05, searchMin: 0.5, route: 0.6 };
const intentPrior = (rank: number) => Math.max(0, 1 - PRIORS.intentStep * rank);
const searchPrior = (rank: number) => Math.max(0, PRIORS.search - PRIORS.searchStep * rank);
/**
 * In a protocol with no clause map, how many of the clauses the classifier reads as closest to the
 * message (src/answer/topicAffinity.ts) join the candidates, with that reading as their prior when it
 * is higher than the one they have.
 */
const TOPIC_CANDIDATES = 3;
/**
 * …and the share of each sentence's prior that comes from what the classifier reads that sentence
 * itself to be about, so the sentence on the message's topic leads within a clause that holds two
 * (docs/answers.md, eighth round). An object so the ranker script can try other values.
 */
export const UNMAPPED = { sentenceShare: 0.3, topicCandidates: TOPIC_CANDIDATES };
/** How many clauses a reply quotes in full. */
const CITED = 3;

const byRefCache = new WeakMap<Clause[], Map<string, Clause>>();
function clausesByRef(clauses: Clause[]): Map<string, Clause> {
  let map = byRefCache.get(clauses);
  if (!map) byRefCache.set(clauses, (map = new Map(clauses.map((c) => [c.ref, c]))));
  return map;
}

/** Sections larger than this lend no siblings (`CANDIDATES.siblingShare`: the share of a candidate's prior its siblings get). */
const SMALL_SECTION = 4;

const siblingCache = new WeakMap<Clause[], Map<string, string[]>>();
/** Each clause's siblings: the other clauses under the same parent ref, when there are few. */
function siblingsOf(clauses: Clause[]): Map<string, string[]> {
  let map = siblingCache.get(clauses);
  if (map) return map;
  const byParent = new Map<string, string[]>();
  for (const { ref } of clauses) {
    const parent = /^(.+?)(?:\([a-z0-9]+\)|\.\d+)$/i.exec(ref)?.[1];
    if (!parent) continue;
    const list = byParent.get(parent) ?? [];
    if (!list.includes(ref)) list.push(ref);
    byParent.set(parent, list);
  }
  map = new Map();
  for (const refs of byParent.values()) if (refs.length <= SMALL_SECTION) for (const ref of refs) map.set(ref, refs.filter((r) => r !== ref));
  siblingCache.set(clauses, map);
  return map;
}

export interface AnsweredClauses {
  answer: Answer | null;
  /** The answering clause first, then the others that help. */
  clauses: CitedClause[];
}

export const toCited = (clause: Clause, score: number): CitedClause => ({
  council: clause.council,
  ref: clause.ref,
  heading: clause.heading,
  text: clause.text,
  score: Math.round(score * 1000) / 1000,
});

/**
 * The sentence that answers a topic question, and the clauses to quote with it. Candidates are
 * the clauses already ranked for the intent (`ranked`, best first) and the best BM25 matches in
 * the whole protocol; the answering clause is cited first.
 */
export function answerWithClauses(
  deps: { library: ProtocolLibrary; selector: ClauseSelector; answers: AnswerSelector; topics?: ClauseTopics },
  request: { council: string; intent: IntentFile; text: string; role?: Role; ranked: CitedClause[]; own?: CitedClause[]; runnerUp?: { ranked: CitedClause[]; ratio: number }; previous?: PreviousTurn; reading?: IntentReading; avoid?: readonly string[]; otherThanQuoted?: boolean },
): AnsweredClauses {
  const { library, selector, answers } = deps;
  const { council, intent, text, role } = request;
  const ranked = request.ranked;
  if (intent.kind !== 'topic' || ranked.length === 0) return { answer: null, clauses: ranked.slice(0, CITED) };
  const protocol = library.get(council);
  const byRef = clausesByRef(protocol.clauses);
  const candidates: CandidateClause[] = [];
  // A protocol no one has mapped (one just ingested) has its clauses ranked for the intent by words
  // and by what the classifier reads each clause to be about (ClauseSelector.rankByTopic): that
  // ranking's own score, relative to its best clause, is the prior, so a close second keeps a close
  // prior and a distant fifth a small one (docs/answers.md, tenth round). A mapped protocol's order
  // is the map's, with no scale to read: the prior steps down by rank.
  const unmapped = deps.topics && request.reading && !selector.isCurated(council) ? { topics: deps.topics, reading: request.reading } : undefined;
  const own = (request.own ?? ranked).slice(0, CANDIDATES.intent);
  const topScore = own.reduce((top, c) => Math.max(top, c.score), 0);
  own.forEach((c, rank) => {
    const clause = byRef.get(c.ref);
    if (clause) candidates.push({ clause, prior: unmapped && topScore > 0 ? Math.max(0, c.score) / topScore : intentPrior(rank) });
  });
  // A close second reading of the message lends its own best clauses, weighted by how close it came.
  if (request.runnerUp) {
    request.runnerUp.ranked.slice(0, CANDIDATES.runnerUp).forEach((c, rank) => {
      const clause = byRef.get(c.ref);
      const prior = intentPrior(rank) * request.runnerUp!.ratio;
      const already = candidates.find((k) => k.clause.ref === c.ref);
      if (already) already.prior = Math.max(already.prior, prior);
      else if (clause) candidates.push({ clause, prior });
    });
  }
  // A clause's siblings in a small section ("18(a)" beside "18(b)", "2.12.3" beside "2.12.1") often
  // hold the sentence: a section is one subject split into paragraphs.
  const siblings = siblingsOf(protocol.clauses);
  for (const candidate of [...candidates]) {
    for (const ref of siblings.get(candidate.clause.ref) ?? []) {
      if (!candidates.some((c) => c.clause.ref === ref)) candidates.push({ clause: byRef.get(ref)!, prior: candidate.prior * CANDIDATES.siblingShare });
    }
  }
  // In an unmapped protocol, what the classifier reads each clause to be about, matched against its
  // reading of the message (all its likely intents, not only the winner), brings in the clauses on
  // the topic whose words the message does not share. It is not blended into the ranking's prior:
  // that ranking has read each clause's topic for the intent already (docs/answers.md, tenth round).
  // (In a mapped protocol, an intent with no clauses there is one the protocol does not cover.)
  if (unmapped) {
    const affinity = unmapped.topics.affinity(protocol.clauses, unmapped.reading);
    for (const [ref, score] of [...affinity].sort((a, b) => b[1] - a[1]).slice(0, UNMAPPED.topicCandidates)) {
      const already = candidates.find((c) => c.clause.ref === ref);
      if (already) already.prior = Math.max(already.prior, score);
      else candidates.push({ clause: byRef.get(ref)!, prior: score });
    }
  }
  let searchRank = 0;
  for (const found of selector.search(council, intent, text, CANDIDATES.search + CANDIDATES.intent, PRIORS.searchMin)) {
    if (searchRank >= CANDIDATES.search) break;
    if (candidates.some((c) => c.clause.ref === found.clause.ref)) continue;
    candidates.push({ clause: found.clause, prior: searchPrior(searchRank++) });
  }
  // "Who do I complain to?" (or "what do I do?" read as a complaint): the sentence the protocol's own text gives as the route for that kind of complaint (whom it
  // is about, from the message; who complains, from the role) is a cue to the answer, and its clause a candidate.
  const readAsComplaint = intent.handoff === 'complaint';
  const route = proposedRouteFor(protocol, answers, text, role, readAsComplaint);
  // The protocol's own word on the route is worth at least PRIORS.route, however far down the clause ranking put it.
  const routeCandidate = route ? candidates.find((c) => c.clause.ref === route.clause) : undefined;
  if (routeCandidate) routeCandidate.prior = Math.max(routeCandidate.prior, PRIORS.route);
  else if (route && byRef.has(route.clause)) candidates.push({ clause: byRef.get(route.clause)!, prior: PRIORS.route });
  // Every candidate, the search's too, once all are in: a clause's prior is shared by all its
  // sentences, though in an unmapped protocol a clause often holds rules on two topics.
  if (unmapped && UNMAPPED.sentenceShare > 0) {
    const bySentence = unmapped.topics.sentenceAffinity(protocol.clauses, unmapped.reading);
    for (const c of candidates) c.unitPriors = (bySentence.get(c.clause.ref) ?? []).map((a) => (1 - UNMAPPED.sentenceShare) * c.prior + UNMAPPED.sentenceShare * a);
  }
  // A complaint no route kind covers (an officer's about the Clerk), or a councillor's about another councillor whether or not
  // the text proposes its route, is not answered by the route the text sets out for another pair of complainant and
  // complained-about: the route cue alone lets "a member who is unhappy about … an Officer" outscore the breach route.
  const thisPair = notThisPairsRoute(text, role, readAsComplaint);
  const context = {
    vocabulary: selector.expansion(intent),
    previous: request.previous,
    ...(route ? { routeSentence: route.sentence, routeRecipient: route.recipient, routeAskedAsWhatToDo: route.askedAsWhatToDo } : {}),
    ...(thisPair ? { sentenceFilter: thisPair } : {}),
  };
  // A follow-up asking for the next step already has the sentence it was last answered with: another
  // sentence of the clauses it cites answers it, if one does nearly as well as the best sentence
  // overall (not one found anywhere in the protocol; and when the turn's own words still point to
  // the same sentence, "what about the appeal hearing?", that sentence is the answer again).
  const avoid = request.avoid;
  const cited = candidates.filter((c) => ranked.some((r) => r.ref === c.clause.ref));
  const otherThanQuoted = request.otherThanQuoted === true && avoid !== undefined;
  const excluded = otherThanQuoted ? excludedPosts(text) : [];
  const unquotedFilter = (sentence: string) => !avoid!.some((quoted) => quoted.includes(sentence.trim()));
  const freshFilter = (sentence: string) => unquotedFilter(sentence) && (!otherThanQuoted || namesAnotherPostOrRoute(sentence, excluded));
  const fresh = avoid ? answers.choose(protocol.clauses, text, role, cited, { ...context, sentenceFilter: freshFilter }) : null;
  const best = answers.choose(protocol.clauses, text, role, candidates, context);
  // Asked for a person ("who else could I go to?"), the bar for a sentence naming a post may also be set by the best
  // sentence not yet quoted, the only ones the answer can be: a sentence quoted before, raised by the thread's prior on its
  // clause, held back the one naming the Clerk ("Members should normally direct their requests … to the Town Clerk") at
  // 0.85 of it (follow25). The lower of the two bars, as scores are scaled within the sentences compared, so leaving the
  // quoted ones out can raise the rest. Not for "what should we do instead?": a course, which naming a post does not answer.
  const unquoted = otherThanQuoted ? answers.choose(protocol.clauses, text, role, candidates, { ...context, sentenceFilter: unquotedFilter }) : null;
  const namesPost = fresh !== null && ASKS_FOR_PERSON.test(text) && namesAnotherPostOrRoute(fresh.text, excluded, NAMES_POST);
  const bar = Math.min(best?.score ?? 0, unquoted && namesPost ? unquoted.score : Infinity);
  const freshEnough = fresh && (!best || fresh.score >= NEXT_STEP_SHARE * bar);
  // Asked for someone else, and no other sentence of the cited clauses names a post or route as well: no sentence rather
  // than the one just quoted again (the reply says the protocol names no one else and offers the Clerk).
  if (otherThanQuoted && !freshEnough) return { answer: null, clauses: ranked.slice(0, CITED) };
  const chosen = freshEnough ? fresh : best;
  if (!chosen) return { answer: null, clauses: ranked.slice(0, CITED) };
  // A question on a topic the protocol has no clause on: the best sentence found is a guess (uncoveredTopic.ts). A
  // thread's follow-up is left alone: its own reading may be of a few words ("and the mayor?").
  const firstAsking = !request.previous && !avoid;
  if (firstAsking && deps.topics && request.reading && answersUncoveredTopic(deps.topics, protocol.clauses, request.reading, { heading: byRef.get(chosen.ref)?.heading, text: chosen.text }))
    return { answer: null, clauses: ranked.slice(0, CITED) };
  const answer: Answer = { ref: chosen.ref, text: chosen.text, ...(chosen.focus ? { focus: chosen.focus } : {}) };
  const answering = ranked.find((c) => c.ref === answer.ref) ?? toCited(byRef.get(answer.ref)!, chosen.score);
  const others = ranked.filter((c) => c.ref !== answer.ref);
  return { answer, clauses: [answering, ...others].slice(0, CITED) };
}
