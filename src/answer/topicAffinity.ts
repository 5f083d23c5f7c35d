import type { Clause } from '../protocols/parse';
import { splitSentences } from './sentences';

/** An intent reading: the most probable intents, best first (IntentResult.ranked). */
export type IntentReading = readonly { label: string; probability: number }[];

/**
 * What each clause of a protocol is about, read by the intent classifier itself from the clause's
 * heading and text, worked out once per protocol. With it, the clauses a question may be answered
 * from need no clause map: a protocol ingested a minute ago is read the same way as a curated one.
 */
export class ClauseTopics {
  private readonly cache = new WeakMap<Clause[], Map<string, Map<string, number>>>();
  /** Each sentence's own reading, by clause ref, in splitSentences order. */
  private readonly sentenceCache = new WeakMap<Clause[], Map<string, Map<string, number>[]>>();

  constructor(private readonly classify: (text: string) => IntentReading) {}

  /** Each clause's intents and their probabilities, by ref. */
  of(clauses: Clause[]): Map<string, Map<string, number>> {
    let byRef = this.cache.get(clauses);
    if (byRef) return byRef;
    byRef = new Map();
    const bySentence = new Map<string, Map<string, number>[]>();
    for (const clause of clauses) {
      const topics = new Map<string, number>();
      const add = (reading: IntentReading, share: number) => {
        for (const { label, probability } of reading) topics.set(label, (topics.get(label) ?? 0) + share * probability);
      };
      // The heading says what a clause is about as plainly as its text: half each when there is one.
      add(this.classify(`${clause.heading}. ${clause.text}`), clause.heading ? 0.5 : 1);
      if (clause.heading) add(this.classify(clause.heading), 0.5);
      // A clause can hold two rules on different topics ("…tell the Clerk. If the concern is about
      // the Chair, …"): each of its sentences may claim the clause for its own topic.
      const sentences: Map<string, number>[] = [];
      for (const unit of splitSentences(clause.text)) {
        const own = new Map<string, number>();
        for (const { label, probability } of this.classify(`${clause.heading}. ${unit.text}`)) {
          own.set(label, probability);
          if (probability > (topics.get(label) ?? 0)) topics.set(label, probability);
        }
        sentences.push(own);
      }
      byRef.set(clause.ref, topics);
      bySentence.set(clause.ref, sentences);
    }
    this.cache.set(clauses, byRef);
    this.sentenceCache.set(clauses, bySentence);
    return byRef;
  }

  /**
   * The same chance for each sentence on its own (its clause's heading and its text), relative to the
   * best sentence of the protocol, by clause ref in the order splitSentences gives them.
   */
  sentenceAffinity(clauses: Clause[], message: IntentReading): Map<string, number[]> {
    this.of(clauses);
    const bySentence = this.sentenceCache.get(clauses)!;
    const scores = new Map<string, number[]>();
    let best = 0;
    for (const [ref, sentences] of bySentence) {
      const list = sentences.map((topics) => {
        let score = 0;
        for (const { label, probability } of message) score += probability * (topics.get(label) ?? 0);
        return score;
      });
      for (const x of list) if (x > best) best = x;
      scores.set(ref, list);
    }
    if (best > 0) for (const list of scores.values()) list.forEach((x, i) => (list[i] = x / best));
    return scores;
  }

  /** How likely a piece of text (a quoted answer with its clause heading) is to be about what the message asks: Σ over intents of both probabilities, not relative to anything. */
  textAffinity(text: string, message: IntentReading): number {
    return overlap(new Map(this.classify(text).map(({ label, probability }) => [label, probability])), message);
  }

  /**
   * The same for the protocol's clause closest to the message, not relative to anything: how far the protocol has a
   * clause on what the message asks at all (a clause's topics take each of its sentences' readings, so a clause that
   * holds one sentence on the topic counts).
   */
  closestClauseAffinity(clauses: Clause[], message: IntentReading): number {
    let best = 0;
    for (const topics of this.of(clauses).values()) best = Math.max(best, overlap(topics, message));
    return best;
  }

  /**
   * How likely each clause is to be about what the message asks: the chance that the message's
   * topic and the clause's are the same (Σ over intents of both probabilities), relative to the
   * best clause. A doubtful reading spreads its weight over the topics it hesitates between.
   */
  affinity(clauses: Clause[], message: IntentReading): Map<string, number> {
    const scores = new Map<string, number>();
    let best = 0;
    for (const [ref, topics] of this.of(clauses)) {
      let score = 0;
      for (const { label, probability } of message) score += probability * (topics.get(label) ?? 0);
      scores.set(ref, score);
      if (score > best) best = score;
    }
    if (best > 0) for (const [ref, score] of scores) scores.set(ref, score / best);
    return scores;
  }
}

/** The chance that a text's topic and the message's are the same: Σ over intents of both probabilities. */
function overlap(topics: ReadonlyMap<string, number>, message: IntentReading): number {
  let score = 0;
  for (const { label, probability } of message) score += probability * (topics.get(label) ?? 0);
  return score;
}
