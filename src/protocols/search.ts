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

  constructor(
    clauses: Clause[],
    private readonly k1 = 1.2,
    private readonly b = 0.75,
  ) {
    this.docs = clauses.map((clause) => {
      const stems = [...contentStems(clause.text), ...contentStems(clause.heading)];
      const tf = new Map<string, number>();
      for (const s of stems) tf.set(s, (tf.get(s) ?? 0) + 1);
      for (const s of tf.keys()) this.df.set(s, (this.df.get(s) ?? 0) + 1);
      return { clause, tf, length: stems.length };
    });
    for (const clause of clauses) if (!this.byRef.has(clause.ref)) this.byRef.set(clause.ref, clause);
    this.avgLength = this.docs.reduce((sum, d) => sum + d.length, 0) / Math.max(1, this.docs.length);
  }

  has(ref: string): boolean {
    return this.byRef.has(ref);
  }

  /** The clause with this ref (the first, should a protocol repeat one). */
  clause(ref: string): Clause | undefined {
    return this.byRef.get(ref);
  }

  private idf(stem: string): number {
    const n = this.docs.length;
    const df = this.df.get(stem) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /**
   * Scores every clause against weighted query terms (`weights` lets a caller add expansion
   * terms at a lower weight than the user's own words). Returns clauses with a positive score,
   * best first.
   */
  scoreTerms(weights: Map<string, number>, only?: Set<string>): ScoredClause[] {
    // Each term's IDF once per query, not once per clause; terms no clause holds drop out.
    const terms: { term: string; weight: number; idf: number }[] = [];
    for (const [term, weight] of weights) if (this.df.has(term)) terms.push({ term, weight, idf: this.idf(term) });
    const results: ScoredClause[] = [];
    for (const doc of this.docs) {
      if (only && !only.has(doc.clause.ref)) continue;
      let score = 0;
      for (const { term, weight, idf } of terms) {
        const tf = doc.tf.get(term);
        if (!tf) continue;
        const norm = tf * (this.k1 + 1) / (tf + this.k1 * (1 - this.b + this.b * doc.length / this.avgLength));
        score += weight * idf * norm;
      }
      if (score > 0) results.push({ clause: doc.clause, score });
    }
    return results.sort((a, b) => b.score - a.score);
  }
}

/** Each distinct content stem of the query, weighted by how often it occurs. */
export function queryWeights(query: string, weight = 1): Map<string, number> {
  const weights = new Map<string, number>();
  for (const s of contentStems(query)) weights.set(s, (weights.get(s) ?? 0) + weight);
  return weights;
}
