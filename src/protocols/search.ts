import { Clause } from './parse';
import { contentStems, sharedContentStems } from '../nlu/normalize';

export interface ScoredClause {
  clause: Clause;
  score: number;
}

/**
 * A new, empty list of scored clauses. Every list the selector and the assistant fill or pass on
 * comes from this one array literal, so an empty list has the same elements kind (hidden class) as
 * a full one: V8's optimised code that had met only one of the two was thrown away on meeting the other.
 */
export function clauseList(): ScoredClause[] {
  return [];
}

/**
 * BM25 over one council's clauses. Each clause is indexed with its heading, since a heading
 * ("Media relations") often names the topic its clauses never repeat.
 */
export class ClauseIndex {
  private readonly docs: { clause: Clause; tf: Map<string, number>; length: number }[];
  private readonly df = new Map<string, number>();
  private readonly byRef = new Map<string, Clause>();
  /** Ref → every document indexed under it, in order (a protocol may repeat a ref). */
  private readonly docsByRef = new Map<string, number[]>();
  private readonly avgLength: number;
  /**
   * Term → the documents holding it, each with its BM25 term-frequency factor worked out once, so
   * scoring visits only those and multiplies (answers are timed per message).
   */
  private readonly postings = new Map<string, { doc: number; norm: number }[]>();
  private readonly idfCache = new Map<string, number>();
  /** Reused by every `scoreTerms` call for the documents' running scores. */
  private readonly scratch: Float64Array;

  constructor(
    clauses: Clause[],
    /** Each clause's `clauseStems`, if already known (the compiled cache): stemming is most of the cost of building. */
    stemsOfClauses?: string[][],
    private readonly k1 = 1.2,
    private readonly b = 0.75,
  ) {
    this.docs = clauses.map((clause, i) => {
      const stems = stemsOfClauses?.[i] ?? clauseStems(clause);
      const tf = new Map<string, number>();
      for (const s of stems) tf.set(s, (tf.get(s) ?? 0) + 1);
      for (const s of tf.keys()) this.df.set(s, (this.df.get(s) ?? 0) + 1);
      // A phrase term (`otherPartyTerms`) repeats words the clause already has: it does not lengthen it.
      let phrases = 0;
      for (const s of stems) if (s.includes('~')) phrases++;
      return { clause, tf, length: stems.length - phrases };
    });
    for (const clause of clauses) if (!this.byRef.has(clause.ref)) this.byRef.set(clause.ref, clause);
    clauses.forEach((clause, doc) => {
      const docs = this.docsByRef.get(clause.ref);
      if (docs) docs.push(doc);
      else this.docsByRef.set(clause.ref, [doc]);
    });
    this.avgLength = this.docs.reduce((sum, d) => sum + d.length, 0) / Math.max(1, this.docs.length);
    this.docs.forEach((d, doc) => {
      for (const [term, tf] of d.tf) {
        let list = this.postings.get(term);
        if (!list) this.postings.set(term, (list = []));
        const norm = (tf * (this.k1 + 1)) / (tf + this.k1 * (1 - this.b + (this.b * this.docs[doc].length) / this.avgLength));
        list.push({ doc, norm });
      }
    });
    this.scratch = new Float64Array(this.docs.length);
  }

  has(ref: string): boolean {
    return this.byRef.has(ref);
  }

  /** The clause with this ref (the first, should a protocol repeat one). */
  clause(ref: string): Clause | undefined {
    return this.byRef.get(ref);
  }

  private idf(stem: string): number {
    let idf = this.idfCache.get(stem);
    if (idf === undefined) {
      const n = this.docs.length;
      const df = this.df.get(stem) ?? 0;
      idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      this.idfCache.set(stem, idf);
    }
    return idf;
  }

  /**
   * Scores every clause against weighted query terms (`weights` lets a caller add expansion
   * terms at a lower weight than the user's own words). Returns clauses with a positive score,
   * best first.
   */
  scoreTerms(weights: Map<string, number>, only?: Set<string>): ScoredClause[] {
    const scores = this.accumulate(weights);
    const results: ScoredClause[] = [];
    for (let doc = 0; doc < scores.length; doc++) {
      if (!(scores[doc] > 0)) continue;
      const clause = this.docs[doc].clause;
      if (!only || only.has(clause.ref)) results.push({ clause, score: scores[doc] });
    }
    return byScore(results);
  }

  /**
   * For each ref, what `scoreTerms(weights, new Set(refs))` ranks for it, without ranking every
   * clause: its document's score, 0 when that is not positive (for a ref a protocol repeats, the
   * lowest positive score of its documents, as the last of them in a ranking best first).
   */
  refScores(weights: Map<string, number>, refs: readonly string[]): number[] {
    const scores = this.accumulate(weights);
    // A loop into an array literal rather than `map`: whether the first score is 0 (a small
    // integer) or not, the array's allocation site keeps one elements kind for every call.
    const byRef: number[] = [];
    for (let r = 0; r < refs.length; r++) {
      let lowest = 0;
      for (const doc of this.docsByRef.get(refs[r]) ?? []) if (scores[doc] > 0 && (lowest === 0 || scores[doc] < lowest)) lowest = scores[doc];
      byRef.push(lowest);
    }
    return byRef;
  }

  /** Every document's BM25 score for the weighted terms, in the reused buffer (valid until the next call). */
  private accumulate(weights: Map<string, number>): Float64Array {
    const scores = this.scratch;
    scores.fill(0);
    // forEach, not for…of: no [term, weight] array per entry.
    weights.forEach((weight, term) => {
      const list = this.postings.get(term);
      if (!list) return;
      const idf = this.idf(term);
      for (let p = 0; p < list.length; p++) scores[list[p].doc] += weight * idf * list[p].norm;
    });
    return scores;
  }
}

/**
 * Sorts scored clauses best first, in place; equal scores keep their order. The same order as
 * `sort((a, b) => b.score - a.score)` (a stable sort), by insertion for a short list (ranked
 * for every message; this allocates nothing), by that sort for a long one.
 */
export function byScore<T extends { score: number }>(list: T[]): T[] {
  if (list.length > 32) return list.sort((a, b) => b.score - a.score);
  for (let i = 1; i < list.length; i++) {
    const item = list[i];
    let at = i;
    while (at > 0 && list[at - 1].score < item.score) {
      list[at] = list[at - 1];
      at--;
    }
    list[at] = item;
  }
  return list;
}

/**
 * "Other members", "another councillor", "all other political groups": "other" is a stopword, so the
 * phrase would read as plain "members" or "groups", yet it names the third parties something is shared
 * with or kept from ("should the other groups be told?" and "the Clerk should advise all other political
 * groups"). Each such phrase gives one term for the kind of party it names, for the message and the
 * clause alike. "Other members of staff" are officers.
 */
const OTHER_PARTY = /\b(?:an)?other\s+(?:political\s+)?(members?(?!\s+of\s+(?:the\s+)?staff)|councillors?|cllrs?|groups?|parties|party|officers?|employees?|staff|members?)\b/gi;
const OTHER_PARTY_KIND: [RegExp, string][] = [
  [/^(?:members?|councillors?|cllrs?)$/, 'other~councillor'],
  [/^(?:groups?|parties|party)$/, 'other~group'],
  [/^(?:officers?|employees?|staff)$/, 'other~officer'],
];
export function otherPartyTerms(text: string): string[] {
  const terms: string[] = [];
  for (const match of text.matchAll(OTHER_PARTY)) {
    // "other members of staff": the lookahead above let the first `members?` fail, so it is staff.
    const noun = /^members?$/i.test(match[1]) && /^\s+of\s+(?:the\s+)?staff/i.test(text.slice(match.index! + match[0].length)) ? 'staff' : match[1].toLowerCase();
    for (const [pattern, term] of OTHER_PARTY_KIND) if (pattern.test(noun)) terms.push(term);
  }
  return terms;
}

/** What a clause is indexed by: the content stems of its text, then of its heading, then its other-party terms. */
export const clauseStems = (clause: Clause): string[] => [...contentStems(clause.text), ...contentStems(clause.heading), ...otherPartyTerms(clause.text)];

/** Each distinct content stem of the query, weighted by how often it occurs. */
export function queryWeights(query: string, weight = 1): Map<string, number> {
  const weights = new Map<string, number>();
  for (const s of sharedContentStems(query)) weights.set(s, (weights.get(s) ?? 0) + weight);
  return weights;
}
