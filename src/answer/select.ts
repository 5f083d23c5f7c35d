import type { Clause } from '../protocols/parse';
import type { Role } from '../queue/types';
import { contentStems } from '../nlu/normalize';
import { splitSentences, SentenceUnit } from './sentences';
import { askingPart, questionType, QuestionType, typeCue } from './questionType';

/** The sentence (rarely two adjacent ones) that answers, verbatim from clause `ref`. */
export interface Answer {
  ref: string;
  text: string;
}

/** A clause the answer may come from, with how strongly clause ranking already favours it (0..1). */
export interface CandidateClause {
  clause: Clause;
  prior: number;
}

export interface ScoredAnswer extends Answer {
  score: number;
  /** The question type read from the message, for explaining a choice. */
  type: QuestionType;
}

/**
 * Weights of the sentence score. Chosen on the project's own question→sentence set
 * (test/eval/answers-validation.jsonl), never on the evaluation sets; see docs/answers.md.
 */
export const WEIGHTS = {
  /** BM25 of the sentence against the question, relative to the best candidate. */
  lexical: 1.0,
  /** The intent's vocabulary (keywords and its clauses elsewhere), relative to the best. */
  vocabulary: 0.3,
  /** The sentence has the kind of content the question type wants (a post for "who", ...). */
  type: 0.3,
  /** Clause ranking's view of the sentence's clause. */
  prior: 0.55,
  /** The sentence speaks about the asker's own side (officers to an officer). */
  role: 0.15,
  /** Much shorter than a full sentence: a heading-like fragment or a bare lead-in. */
  fragment: -0.4,
};
/**
 * Below this, no sentence answers well enough: the reply says it found relevant clauses but no
 * direct answer. Measured on the project's own set; see docs/answers.md.
 */
export const MIN_ANSWER_SCORE = 0.75;
/** A neighbour scoring this close to the best is quoted with it ("… The Clerk will then decide …"). */
const NEIGHBOUR_RATIO = 0.85;

interface IndexedUnit extends SentenceUnit {
  tf: Map<string, number>;
  length: number;
}

interface CouncilUnits {
  byRef: Map<string, IndexedUnit[]>;
  df: Map<string, number>;
  count: number;
  avgLength: number;
}

const SIDE: Record<'councillor' | 'officer', RegExp> = {
  councillor: /\b(?:councillors?|members?|chair(?:man)?s?|mayor|leader)\b/i,
  officer: /\b(?:officers?|employees?|staff|clerk|chief executive)\b/i,
};
const K1 = 1.2;
const B = 0.75;

/**
 * Chooses the sentence that answers a question among the sentences of candidate clauses: BM25 of
 * each sentence against the question (idf over the whole protocol's sentences), the intent's
 * vocabulary at a lower weight, the question type's cues, the clause's prior rank, and the
 * asker's side. Needs nothing but the protocol text, so it works on a protocol just ingested.
 */
export class AnswerSelector {
  private readonly cache = new WeakMap<Clause[], CouncilUnits>();

  choose(protocolClauses: Clause[], question: string, role: Role | undefined, candidates: CandidateClause[], vocabulary: Map<string, number> = new Map()): ScoredAnswer | null {
    if (candidates.length === 0) return null;
    const units = this.units(protocolClauses);
    const asking = askingPart(question);
    const type = questionType(question);
    // The asking sentence counts double: the backstory says what it is about, the question what is wanted.
    const query = new Map<string, number>();
    for (const s of contentStems(question)) query.set(s, (query.get(s) ?? 0) + 1);
    if (asking !== question) for (const s of contentStems(asking)) query.set(s, (query.get(s) ?? 0) + 1);
    const side = role === undefined ? undefined : role === 'councillor' ? 'councillor' : 'officer';

    const scored: { clause: Clause; unit: IndexedUnit; lexical: number; vocab: number; rest: number }[] = [];
    for (const { clause, prior } of candidates) {
      for (const unit of units.byRef.get(clause.ref) ?? []) {
        const lexical = bm25(units, unit, query);
        const vocab = bm25(units, unit, vocabulary);
        const words = unit.text.split(/\s+/).length;
        const fragment = words < 6 || (/:\s*$/.test(unit.text) && !unit.text.includes('\n')) ? 1 : 0;
        const roleCue = side && SIDE[side].test(subjectOf(unit.text)) ? 1 : 0;
        const rest = WEIGHTS.type * typeCue(type, unit.text) + WEIGHTS.prior * prior + WEIGHTS.role * roleCue + WEIGHTS.fragment * fragment;
        scored.push({ clause, unit, lexical, vocab, rest });
      }
    }
    const maxLexical = Math.max(...scored.map((s) => s.lexical));
    const maxVocab = Math.max(...scored.map((s) => s.vocab));
    if (!(maxLexical > 0)) return null; // nothing in any candidate shares a word with the question
    const total = (s: (typeof scored)[number]) => WEIGHTS.lexical * (s.lexical / maxLexical) + (maxVocab > 0 ? (WEIGHTS.vocabulary * s.vocab) / maxVocab : 0) + s.rest;
    let best = scored[0];
    for (const s of scored) if (total(s) > total(best)) best = s;
    const score = total(best);
    if (score < MIN_ANSWER_SCORE) return null;

    // Two adjacent sentences when the next one carries on and scores nearly as well.
    const next = scored.find((s) => s.clause === best.clause && s.unit.index === best.unit.index + 1);
    let end = best.unit.end;
    if (next && total(next) >= NEIGHBOUR_RATIO * score && /^(?:This|It|They|The \w+ will then|However|But|If so|In that case|Such)\b/.test(next.unit.text)) end = next.unit.end;
    return { ref: best.clause.ref, text: best.clause.text.slice(best.unit.start, end), score: Math.round(score * 1000) / 1000, type };
  }

  private units(clauses: Clause[]): CouncilUnits {
    let built = this.cache.get(clauses);
    if (built) return built;
    const byRef = new Map<string, IndexedUnit[]>();
    const df = new Map<string, number>();
    let count = 0;
    let totalLength = 0;
    for (const clause of clauses) {
      const list = splitSentences(clause.text).map((unit) => {
        const stems = contentStems(unit.text);
        const tf = new Map<string, number>();
        for (const s of stems) tf.set(s, (tf.get(s) ?? 0) + 1);
        for (const s of tf.keys()) df.set(s, (df.get(s) ?? 0) + 1);
        count++;
        totalLength += stems.length;
        return { ...unit, tf, length: stems.length };
      });
      byRef.set(clause.ref, list);
    }
    built = { byRef, df, count, avgLength: totalLength / Math.max(1, count) };
    this.cache.set(clauses, built);
    return built;
  }
}

function bm25(units: CouncilUnits, unit: IndexedUnit, query: Map<string, number>): number {
  let score = 0;
  for (const [term, weight] of query) {
    const tf = unit.tf.get(term);
    if (!tf) continue;
    const df = units.df.get(term) ?? 0;
    const idf = Math.log(1 + (units.count - df + 0.5) / (df + 0.5));
    score += weight * idf * ((tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * unit.length) / units.avgLength)));
  }
  return score;
}

/** Who a sentence is about: its opening words, or those after a leading "If"/"Where"/"When". */
function subjectOf(sentence: string): string {
  const opening = sentence.replace(/^(?:[-•]\s*)?(?:if|where|when|whilst|while|although|in addition,|however,)\s+/i, '');
  return opening.split(/\s+/).slice(0, 5).join(' ');
}
