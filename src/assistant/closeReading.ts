import type { IntentResult } from '../nlu/engine';
import { OUT_OF_SCOPE } from '../nlu/intents';
import type { ProtocolLibrary } from '../protocols/library';
import type { Clause } from '../protocols/parse';
import type { ClauseSelector } from '../protocols/select';
import { ClauseIndex } from '../protocols/search';

/**
 * When the classifier hesitates between two topics, the council's own protocol may say which one
 * the message is about: the message's words match one topic's clauses far better than the other's.
 * These are the bounds of that decision (an object so a sweep can try other values;
 * docs/close-reading.md gives what was measured).
 * - `close`: the runner-up's probability must be at least this share of the winner's.
 * - `margin`: the runner-up's evidence must be at least this many times the winner's…
 * - `minEvidence`: …and at least this much BM25 of its own (a match on one common word is no evidence).
 * - `clauses`: how many of each topic's clauses (as the selector ranks them for the message) are read.
 */
export const CLOSE_READING = { close: 0.8, margin: 2, minEvidence: 2, clauses: 3 };

/** How well the message's words are matched in the clauses an intent would cite, by intent. */
export type Evidence = (intent: string) => number;

/**
 * The reading to report: the classifier's, or its runner-up when the reading was close and the
 * protocol clearly evidences the runner-up rather than the winner. Only topics are swapped; a
 * message read as out of scope, small talk or a request for help stays as read.
 */
export function settleCloseReading(result: IntentResult, isTopic: (intent: string) => boolean, evidence: Evidence): IntentResult {
  const top = result.ranked[0];
  const second = result.ranked[1];
  if (!top || !second || top.label !== result.intent || result.intent === OUT_OF_SCOPE) return result;
  if (!isTopic(top.label) || !isTopic(second.label)) return result;
  if (second.probability < CLOSE_READING.close * top.probability) return result;
  const mine = evidence(top.label);
  const theirs = evidence(second.label);
  if (theirs < CLOSE_READING.minEvidence || theirs < CLOSE_READING.margin * mine) return result;
  const ranked = [second, top, ...result.ranked.slice(2)];
  return { ...result, intent: second.label, ranked, confidence: second.probability };
}

/**
 * The best BM25 of the message's own words (weighted as the selector weighs them: small talk left
 * out, a situation's details counting less) against the clauses the selector would cite for an
 * intent in this council, mapped or not: the protocol's evidence for reading the message so.
 */
export class ProtocolEvidence {
  private readonly indexes = new WeakMap<Clause[], ClauseIndex>();

  constructor(
    private readonly library: ProtocolLibrary,
    private readonly selector: ClauseSelector,
  ) {}

  of(council: string, text: string): Evidence {
    const clauses = this.library.get(council).clauses;
    let index = this.indexes.get(clauses);
    if (!index) this.indexes.set(clauses, (index = new ClauseIndex(clauses)));
    const built = index;
    // Weighed only when asked: most readings are not close, and need no evidence.
    let weights: Map<string, number> | undefined;
    return (intent) => {
      weights ??= this.selector.messageWeights(text);
      const refs = this.selector.select(council, intent, text, CLOSE_READING.clauses).map((s) => s.clause.ref);
      if (refs.length === 0) return 0;
      let best = 0;
      for (const score of built.refScores(weights, refs)) if (score > best) best = score;
      return best;
    };
  }
}
