import { Clause } from './parse';
import { byScore, ClauseIndex, clauseList, clauseStems, otherPartyTerms, queryWeights, ScoredClause } from './search';
import { contentStems } from '../nlu/normalize';
import { withoutChatter } from '../nlu/chatter';
import { cacheFile, digestOf, moduleSource, readCached, writeCached } from '../nlu/cacheFiles';
import { PARSER_SOURCES } from './parsedCache';
import type { IntentFile } from '../nlu/intents';
import type { ProtocolLibrary } from './library';
import type { ClauseTopics } from '../answer/topicAffinity';
import { protocolWordsFor } from '../answer/synonyms';

/** How much the intent's own vocabulary counts against the user's words when ranking clauses. */
const EXPANSION_WEIGHT = 0.35;
/** Among mapped clauses, how much being listed first counts against the user's words. */
const MAP_ORDER_WEIGHT = 0.5;
/**
 * A word of the message found in fewer than this many councils' protocols is a detail of the
 * situation ("the allotments", "the van"), not of the rule asked about: it counts for less.
 */
const SHARED_IN = 2;
export const SITUATION_WEIGHT = 0.4;
/** How much a message's "other members" / "other groups" counts (`otherPartyTerms`): one object, so scripts can try others. */
export const OTHER_PARTY_WEIGHT = { weight: 1 };
/** Below this BM25 score an unmapped clause is not cited: better nothing than a wrong rule. */
const MIN_UNMAPPED_SCORE = 2.0;
/** The most a clause's log length relative to the mean counts for (`lengthWeight`), either way. */
const MAX_LENGTH_LOG = 2;
/**
 * How a protocol no one has mapped ranks its clauses for an intent (`rankByTopic`), as one object so
 * that scripts/clause-lopo.js can try other values (`--set lengthWeight=0.03`); nothing else changes it.
 *
 * - `topicWeight`: how much of a clause's rank comes from what the classifier reads the clause to be
 *   about (its topic for the intent, relative to the protocol's most topical clause); the rest from
 *   BM25 against the message and the intent's vocabulary (relative to the best match).
 * - `topicMin`: a clause the classifier reads as about the intent with at least this probability may
 *   be cited without sharing the message's words ("shortlist the candidates" beside "recruitment").
 * - `topicExponent`: the clause's topic counts by the square root of its relative probability: among
 *   clauses that all read as about the intent (a section on public meetings, one on the run-up to
 *   elections), a topic read at 0.4 of the best is still on the topic, and the message's words should
 *   decide between them; a clause off the topic (0.01) stays far behind. (Leave-one-protocol-out over
 *   the shipped protocols and the unmapped probes chose 0.5 over 0.3, 0.4, 0.7, 1 and 1.5.)
 * - `lengthWeight`: a clause loses this much per unit of the log of its length relative to the
 *   protocol's mean clause (a clause three times the mean loses 0.022, one a third of it gains as much).
 *   A long clause matches more of any message's words, and reads as about more topics (its topic is
 *   its most topical sentence's), so it outranked the short clause that says the one rule asked about.
 *   (Leave-one-protocol-out and the unmapped probes chose 0.02 over 0.01, 0.03, 0.04 and 0.06: docs/citations.md.)
 * - `synonymWeight`: the protocol's words for the message's everyday ones ("mileage back" → a clause on
 *   claiming expenses; src/answer/synonyms.ts, the table the answer uses) count this much against the
 *   message's own words in the clause's BM25. A protocol no one has mapped has no map to say which clause
 *   is about "getting money back"; its words are often the formal ones. (Leave-one-protocol-out and the
 *   unmapped probes chose 0.25 over 0.15, 0.2, 0.3, 0.35, 0.5 and 1: docs/citations.md.)
 */
export const UNMAPPED_RANKING = { topicWeight: 0.5, topicMin: 0.2, topicExponent: 0.5, lengthWeight: 0.02, synonymWeight: 0.25 };

/** Each clause's probability of being about one intent, by ref, and that probability relative to the most topical clause's. */
interface TopicalClauses {
  probability: Map<string, number>;
  relative: Map<string, number>;
}

/** A clause an unmapped protocol may cite for an intent, with what ranks it (`ClauseSelector.unmappedCandidates`). */
export interface UnmappedCandidate {
  clause: Clause;
  /** BM25 against the message and the intent's vocabulary, relative to the best match (at least MIN_UNMAPPED_SCORE). */
  words: number;
  /** Its probability of being about the intent, relative to the protocol's most topical clause. */
  topic: number;
  /** The log of its length relative to the protocol's mean clause. */
  length: number;
}

/** An intent's mapped clauses in one council's protocol, in the map's order. */
interface MappedClauses {
  refs: string[];
  clauses: Clause[];
}

/**
 * Chooses the clauses to quote for a message whose intent is known.
 *
 * - A council whose protocol is mapped for the intent (`clauses:` in the intent file): its key
 *   clauses, re-ranked by how well each matches the message, the map's order breaking ties.
 * - Otherwise (an ingested council, or one the map leaves out): every clause is ranked by BM25
 *   against the message plus the intent's vocabulary — its keywords and the text of the clauses
 *   it maps in the other councils' protocols, which often share a model wording.
 */
/** The clauses an intent maps in a council's protocol, those the protocol has (once per council and intent; apart from the per-message lookup). */
function mapClauses(council: string, intent: IntentFile, index: ClauseIndex): MappedClauses {
  const refs = (Object.hasOwn(intent.clauses, council) ? intent.clauses[council] : []).filter((ref) => index.has(ref));
  return { refs, clauses: refs.map((ref) => index.clause(ref)!) };
}

export class ClauseSelector {
  private readonly indexes = new Map<string, ClauseIndex>();
  private readonly expansions = new Map<string, Map<string, number>>();
  /** Council → intent → its mapped clauses there (see `mappedClauses`). */
  private readonly mapped = new Map<string, Map<string, MappedClauses>>();
  private protocolVocabulary?: Map<string, number>;
  private expansionsCached = false;
  private protocolsKey?: string;
  /** The last message's weighted terms: a message is ranked for its intent, often its runner-up, and for its answer. */
  private lastQuery?: { message: string; weights: Map<string, number> };
  /** Council → intent → each clause's topic for the intent, relative to the most topical clause (see `topical`). */
  private readonly topicalByIntent = new Map<string, Map<string, TopicalClauses>>();
  /** Council → each clause's log length relative to the protocol's mean (see `relativeLengths`). */
  private readonly lengthsByCouncil = new Map<string, Map<string, number>>();

  constructor(
    private readonly library: ProtocolLibrary,
    private readonly intents: Map<string, IntentFile>,
    /** Where the protocols' shared vocabulary is cached (`MODEL_CACHE_DIR`); rebuilt each start without. */
    private readonly cacheDir?: string,
    /** What the classifier reads each clause to be about: with it, an unmapped protocol is ranked by topic as well as words. */
    readonly topics?: ClauseTopics,
  ) {}

  select(council: string, intentId: string, message: string, limit = 3): ScoredClause[] {
    const intent = this.intents.get(intentId);
    if (!intent || intent.kind !== 'topic') return clauseList();
    const protocol = this.library.get(council);
    const index = this.index(council, protocol.clauses);
    const mapped = this.mappedClauses(council, intent, index);
    if (mapped.refs.length > 0) return this.rankMapped(index, mapped, message, limit);
    if (this.topics && !this.isCurated(council)) return this.rankByTopic(council, intent, message, limit);
    return this.search(council, intent, message, limit);
  }

  /**
   * An unmapped protocol's clauses for an intent: BM25 against the message and the intent's
   * vocabulary, blended with what the classifier reads each clause to be about. Words alone miss the
   * clause that says the rule in other words ("recruitment" for "shortlisting candidates") and
   * favour one that shares the situation's words; the clause's topic steadies the ranking. A clause is
   * cited only if it matches the words well enough or reads as about the intent: better nothing
   * than a wrong rule.
   */
  private rankByTopic(council: string, intent: IntentFile, message: string, limit: number): ScoredClause[] {
    const { topicWeight, topicExponent, lengthWeight } = UNMAPPED_RANKING;
    const ranked = clauseList();
    for (const { clause, words, topic, length } of this.unmappedCandidates(council, intent, message)) {
      ranked.push({ clause, score: (1 - topicWeight) * words + topicWeight * Math.pow(topic, topicExponent) - lengthWeight * length });
    }
    byScore(ranked);
    if (ranked.length > limit) ranked.length = limit;
    return ranked;
  }

  /**
   * The clauses of an unmapped protocol that may be cited for the intent, each with what ranks it:
   * its BM25 against the message and the intent's vocabulary relative to the best match, its topic
   * for the intent relative to the protocol's most topical clause, and the log of its length relative
   * to the protocol's mean clause (scripts/clause-ranker-cv.js learns weights for these to compare).
   * A clause is a candidate only if it matches the words well enough or reads as about the intent:
   * better nothing than a wrong rule.
   */
  unmappedCandidates(council: string, intent: IntentFile, message: string): UnmappedCandidate[] {
    const clauses = this.library.get(council).clauses;
    const { relative, probability } = this.topical(council, clauses, intent.id);
    const lengths = this.relativeLengths(council, clauses);
    const words = new Map<string, number>();
    let best = MIN_UNMAPPED_SCORE;
    for (const { clause, score } of this.search(council, intent, message, clauses.length, 0, UNMAPPED_RANKING.synonymWeight)) {
      if (!words.has(clause.ref)) words.set(clause.ref, score);
      if (score > best) best = score;
    }
    const candidates: UnmappedCandidate[] = [];
    const seen = new Set<string>();
    for (const clause of clauses) {
      if (seen.has(clause.ref)) continue;
      seen.add(clause.ref);
      const bm25 = words.get(clause.ref) ?? 0;
      if (bm25 < MIN_UNMAPPED_SCORE && (probability.get(clause.ref) ?? 0) < UNMAPPED_RANKING.topicMin) continue;
      candidates.push({ clause, words: bm25 / best, topic: relative.get(clause.ref) ?? 0, length: lengths.get(clause.ref) ?? 0 });
    }
    return candidates;
  }

  /** Each clause's log length relative to the protocol's mean clause, by ref (once per council). */
  private relativeLengths(council: string, clauses: Clause[]): Map<string, number> {
    let lengths = this.lengthsByCouncil.get(council);
    if (!lengths) {
      const mean = clauses.reduce((sum, c) => sum + c.text.length, 0) / Math.max(1, clauses.length);
      lengths = new Map();
      // Bounded, so that a stub ("Not used.") or a whole appendix parsed as one clause gains or loses no more than a clause 7.4 times shorter or longer than the mean.
      const bounded = (x: number) => Math.max(-MAX_LENGTH_LOG, Math.min(MAX_LENGTH_LOG, x));
      for (const clause of clauses) if (!lengths.has(clause.ref)) lengths.set(clause.ref, bounded(Math.log(Math.max(1, clause.text.length) / Math.max(1, mean))));
      this.lengthsByCouncil.set(council, lengths);
    }
    return lengths;
  }

  /**
   * Each clause's probability of being about the intent, as the classifier reads it, and that
   * probability relative to the protocol's most topical clause (a protocol without headings reads
   * less sharply than one with them, but its most topical clause is still the one to cite).
   */
  private topical(council: string, clauses: Clause[], intentId: string): TopicalClauses {
    let byIntent = this.topicalByIntent.get(council);
    if (!byIntent) this.topicalByIntent.set(council, (byIntent = new Map()));
    let topical = byIntent.get(intentId);
    if (!topical) {
      const probability = new Map<string, number>();
      let best = 0;
      for (const [ref, topics] of this.topics!.of(clauses)) {
        const p = topics.get(intentId) ?? 0;
        probability.set(ref, p);
        if (p > best) best = p;
      }
      const relative = new Map<string, number>();
      for (const [ref, p] of probability) relative.set(ref, best > 0 ? p / best : 0);
      topical = { relative, probability };
      byIntent.set(intentId, topical);
    }
    return topical;
  }

  /**
   * Whether any intent maps clauses in this council's protocol (`clauses:` in the intent files):
   * a curated protocol, where an intent's missing map means the protocol does not cover it, rather
   * than an ingested one that no one has mapped.
   */
  isCurated(council: string): boolean {
    const index = this.index(council, this.library.get(council).clauses);
    for (const intent of this.intents.values()) if (intent.kind === 'topic' && this.mappedClauses(council, intent, index).refs.length > 0) return true;
    return false;
  }

  /**
   * Every clause of the council ranked by BM25 against the message plus the intent's vocabulary,
   * whether or not the intent maps clauses there: where the sentence that answers may lie beyond
   * the intent's key clauses.
   */
  search(council: string, intent: IntentFile, message: string, limit = 3, minScore = MIN_UNMAPPED_SCORE, synonymWeight = 0): ScoredClause[] {
    const index = this.index(council, this.library.get(council).clauses);
    const weights = this.messageWeights(message);
    if (synonymWeight > 0) this.addSynonyms(message, weights, synonymWeight);
    this.expansion(intent).forEach((weight, term) => weights.set(term, (weights.get(term) ?? 0) + weight));
    return index
      .scoreTerms(weights)
      .filter((s) => s.score >= minScore)
      .slice(0, limit);
  }

  /**
   * The protocol's words for the message's everyday words and phrases (`EVERYDAY_TO_PROTOCOL`,
   * `EVERYDAY_PHRASES`), each at `weight` of a word the message uses itself; a stem the message
   * already has keeps its own weight.
   */
  private addSynonyms(message: string, weights: Map<string, number>, weight: number): void {
    for (const formal of protocolWordsFor(message)) {
      for (const [stem, count] of queryWeights(formal)) if (!weights.has(stem)) weights.set(stem, weight * count * this.termWeight(stem));
    }
  }

  /**
   * How much a stem of the user's message counts: fully if the protocols share it (in at least
   * SHARED_IN councils' texts), less if it is only a detail of the asker's situation.
   */
  termWeight(stem: string): number {
    this.protocolVocabulary ??= this.sharedVocabulary();
    return (this.protocolVocabulary.get(stem) ?? 0) >= SHARED_IN ? 1 : SITUATION_WEIGHT;
  }

  /**
   * Each stem of the protocols' texts, with the number of councils using it. Stemming every
   * council's text takes tens of milliseconds, so it is cached, keyed by the texts and the code.
   */
  private sharedVocabulary(): Map<string, number> {
    const build = () => {
      const vocabulary = new Map<string, number>();
      for (const id of this.library.ids()) {
        const stems = new Set(this.library.get(id).clauses.flatMap((c) => contentStems(`${c.heading} ${c.text}`)));
        for (const s of stems) vocabulary.set(s, (vocabulary.get(s) ?? 0) + 1);
      }
      return vocabulary;
    };
    if (!this.cacheDir) return build();
    // Keyed by what the protocols are parsed from, so that a warm start parses only the asker's.
    const file = cacheFile(this.cacheDir, 'protocol-vocabulary', digestOf([this.protocolsDigest(), moduleSource('normalize')]), 'json');
    const cached = readCached(file, (bytes) => new Map(JSON.parse(bytes.toString('utf8')) as [string, number][]));
    if (cached) return cached;
    const built = build();
    writeCached(file, JSON.stringify([...built]));
    return built;
  }

  /** The message's stems weighted by `termWeight`. */
  messageWeights(message: string): Map<string, number> {
    // A copy: callers add the intent's vocabulary to it.
    return new Map(this.queryTerms(message));
  }

  /** `messageWeights` itself, remembered for the last message: not to be changed. */
  private queryTerms(message: string): Map<string, number> {
    if (this.lastQuery?.message !== message) {
      // Small talk ("hiya,", "quick one") is not what is asked: a clause should not win on its words.
      const asked = withoutChatter(message);
      const weights = queryWeights(asked);
      weights.forEach((weight, term) => weights.set(term, weight * this.termWeight(term)));
      for (const term of otherPartyTerms(asked)) weights.set(term, (weights.get(term) ?? 0) + OTHER_PARTY_WEIGHT.weight);
      this.lastQuery = { message, weights };
    }
    return this.lastQuery.weights;
  }

  /**
   * The clauses an intent maps in a council's protocol that the protocol has, in the map's
   * order: worked out once per council and intent (the protocols and intents are fixed for the
   * selector's life, like its indexes).
   */
  private mappedClauses(council: string, intent: IntentFile, index: ClauseIndex): MappedClauses {
    let byIntent = this.mapped.get(council);
    if (!byIntent) this.mapped.set(council, (byIntent = new Map()));
    let mapped = byIntent.get(intent.id);
    if (!mapped) {
      mapped = mapClauses(council, intent, index);
      byIntent.set(intent.id, mapped);
    }
    return mapped;
  }

  private rankMapped(index: ClauseIndex, mapped: MappedClauses, message: string, limit: number): ScoredClause[] {
    const relevance = index.refScores(this.queryTerms(message), mapped.refs);
    let best = 1;
    for (const score of relevance) if (score > best) best = score;
    const count = mapped.refs.length;
    const ranked = clauseList();
    for (let position = 0; position < count; position++) {
      ranked.push({
        clause: mapped.clauses[position],
        // Relevance normalised to 0..1 so the map's order stays a meaningful prior.
        score: relevance[position] / best + MAP_ORDER_WEIGHT * (1 - position / count),
      });
    }
    byScore(ranked);
    if (ranked.length > limit) ranked.length = limit;
    return ranked;
  }

  private index(council: string, clauses: Clause[]): ClauseIndex {
    let index = this.indexes.get(council);
    if (!index) {
      index = new ClauseIndex(clauses, this.cachedStems(council, clauses));
      this.indexes.set(council, index);
    }
    return index;
  }

  /**
   * Each clause's stems for the index, from the compiled cache when the clauses and the code
   * that stems them are unchanged: stemming a whole protocol was a tenth of a one-question `ask`.
   */
  private cachedStems(council: string, clauses: Clause[]): string[][] | undefined {
    if (!this.cacheDir) return undefined;
    const texts = JSON.stringify(clauses.map((c) => [c.heading, c.text]));
    const file = cacheFile(this.cacheDir, `clause-stems-${council}`, digestOf([texts, moduleSource('../protocols/search'), moduleSource('normalize')]), 'json');
    const cached = readCached(file, (bytes) => JSON.parse(bytes.toString('utf8')) as string[][]);
    if (cached?.length === clauses.length) return cached;
    const stems = clauses.map(clauseStems);
    writeCached(file, JSON.stringify(stems));
    return stems;
  }

  /** The intent's vocabulary: keywords, plus stems of its mapped clauses in every council. */
  expansion(intent: IntentFile): Map<string, number> {
    let terms = this.expansions.get(intent.id);
    if (terms) return terms;
    if (this.cacheDir && !this.expansionsCached && this.intents.get(intent.id) === intent) {
      this.expansionsCached = true;
      for (const [id, cached] of this.cachedExpansions(this.cacheDir)) if (!this.expansions.has(id)) this.expansions.set(id, cached);
      terms = this.expansions.get(intent.id);
      if (terms) return terms;
    }
    terms = this.buildExpansion(intent);
    this.expansions.set(intent.id, terms);
    return terms;
  }

  /**
   * Every intent's vocabulary, from the compiled cache or built and saved: building even one
   * reads every council's protocol, a quarter of a one-question `ask`.
   */
  private cachedExpansions(cacheDir: string): Map<string, Map<string, number>> {
    const intents = [...this.intents.values()];
    const shape = JSON.stringify(intents.map((i) => [i.id, i.keywords, i.clauses]));
    const file = cacheFile(cacheDir, 'intent-expansions', digestOf([shape, this.protocolsDigest(), moduleSource('../protocols/select'), moduleSource('normalize')]), 'json');
    const cached = readCached(file, (bytes) => new Map((JSON.parse(bytes.toString('utf8')) as [string, [string, number][]][]).map(([id, terms]) => [id, new Map(terms)])));
    if (cached) return cached;
    const built = new Map(intents.map((i) => [i.id, this.buildExpansion(i)]));
    writeCached(file, JSON.stringify([...built].map(([id, terms]) => [id, [...terms]])));
    return built;
  }

  /** A digest of what every council's clauses are parsed from, and of the parser (numbering.ts included): a cache key that needs no parsing. */
  private protocolsDigest(): string {
    return (this.protocolsKey ??= digestOf([...this.library.ids().flatMap((id) => [id, this.library.source(id)]), ...PARSER_SOURCES.map(moduleSource)]));
  }

  private buildExpansion(intent: IntentFile): Map<string, number> {
    const counts = new Map<string, number>();
    const add = (text: string, weight: number) => {
      for (const s of new Set(contentStems(text))) counts.set(s, (counts.get(s) ?? 0) + weight);
    };
    for (const keyword of intent.keywords) add(keyword, 2);
    for (const [council, refs] of Object.entries(intent.clauses)) {
      if (!this.library.has(council)) continue;
      for (const ref of refs) {
        const clause = this.library.clause(council, ref);
        if (clause) add(clause.text, 1);
      }
    }
    // Keep the terms that recur; scale so the strongest weighs EXPANSION_WEIGHT.
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40);
    const max = top[0]?.[1] ?? 1;
    return new Map(top.map(([term, count]) => [term, (EXPANSION_WEIGHT * count) / max]));
  }
}
