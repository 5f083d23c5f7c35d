import { Clause } from './parse';
import { contentStems } from '../nlu/normalize';

export interface ScoredClause {
  clause: Clause;
  score: number;
}

/**
 * BM25 over one council's clauses. Each clause is indexed with its heading, since a heading
 * ("Media relations") often names the topic its clauses never repeat.
 */
export class ClauseIndex {
  private readonly docs: { clause: Clause; tf: Map<string, number>; length: number }[];
  private readonly df = new Map<string, number>();
  private readonly byRef = new Map<string, Clause>();
  private readonly avgLength: number;
  /** Term → the documents holding it, so scoring visits only those (answers are timed per message). */
  private readonly postings = new Map<string, { doc: number; tf: number }[]>();
  private readonly idfCache = new Map<string, number>();

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
      return { clause, tf, length: stems.length };
    });
    for (const clause of clauses) if (!this.byRef.has(clause.ref)) this.byRef.set(clause.ref, clause);
    this.avgLength = this.docs.reduce((sum, d) => sum + d.length, 0) / Math.max(1, this.docs.length);
    this.docs.forEach((d, doc) => {
      for (const [term, tf] of d.tf) {
        let list = this.postings.get(term);
        if (!list) this.postings.set(term, (list = []));
        list.push({ doc, tf });
      }
    });
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
    const scores = new Float64Array(this.docs.length);
    for (const [term, weight] of weights) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = this.idf(term);
      for (const { doc, tf } of list) {
        const norm = (tf * (this.k1 + 1)) / (tf + this.k1 * (1 - this.b + (this.b * this.docs[doc].length) / this.avgLength));
        scores[doc] += weight * idf * norm;
      }
    }
    const results: ScoredClause[] = [];
    scores.forEach((score, doc) => {
      const clause = this.docs[doc].clause;
      if (score > 0 && (!only || only.has(clause.ref))) results.push({ clause, score });
    });
    return results.sort((a, b) => b.score - a.score);
  }
}

/** What a clause is indexed by: the content stems of its text, then of its heading. */
export const clauseStems = (clause: Clause): string[] => [...contentStems(clause.text), ...contentStems(clause.heading)];

/** Each distinct content stem of the query, weighted by how often it occurs. */
export function queryWeights(query: string, weight = 1): Map<string, number> {
  const weights = new Map<string, number>();
  for (const s of contentStems(query)) weights.set(s, (weights.get(s) ?? 0) + weight);
  return weights;
}
