import { z } from 'zod';
import { Classified, evalRowSchema } from '../nlu/evaluate';
import type { Answer } from './select';

/**
 * Scores answers-format evaluation files (rows with `answer_ref` and `key`), exactly as
 * ../shared/eval/README.md defines: answer ref@1, key in answer, and intent accuracy.
 */

export const answerRowSchema = evalRowSchema.extend({
  answer_ref: z.array(z.string()).min(1),
  key: z.array(z.string()).min(1),
});
export type AnswerRow = z.infer<typeof answerRowSchema>;

/** What `classify` prints for one message, with its answer. */
export type ClassifiedWithAnswer = Classified & { answer: Answer | null };

/** An answers file is one whose rows carry `answer_ref`. */
export function isAnswersFormat(rows: unknown[]): boolean {
  return rows.length > 0 && rows.every((r) => typeof r === 'object' && r !== null && 'answer_ref' in r);
}

/** Parent and child refs match (2.12 ~ 2.12.6), and so do a number and its lettered items (1 ~ 1(a)). */
export function answerRefMatches(given: string, expected: string): boolean {
  const within = (child: string, parent: string) => child.startsWith(`${parent}.`) || child.startsWith(`${parent}(`);
  return given === expected || within(given, expected) || within(expected, given);
}

/** Case-insensitive, whitespace runs folded to one space, curly quotes folded to straight ones. */
export function foldForKey(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export interface AnswerMiss {
  id: string;
  text: string;
  expectedRef: string[];
  givenRef: string | null;
  refHit: boolean;
  keyHit: boolean;
  answer: string | null;
}

export interface AnswersReport {
  rows: number;
  intentAccuracy: number;
  refAt1: number;
  keyInAnswer: number;
  /** Share of rows given a non-null answer. */
  answered: number;
  misses: AnswerMiss[];
}

export function scoreAnswers(rows: AnswerRow[], results: Map<string, Classified>): AnswersReport {
  let intentHits = 0;
  let refHits = 0;
  let keyHits = 0;
  let answered = 0;
  const misses: AnswerMiss[] = [];
  for (const row of rows) {
    const result = results.get(row.id);
    if (result && (result.intent === row.intent || row.alt.includes(result.intent))) intentHits++;
    // Where the bot gives no answer, its first cited clause stands in for answer.ref.
    const givenRef = result?.answer?.ref ?? result?.clauses[0]?.ref ?? null;
    const refHit = givenRef !== null && row.answer_ref.some((e) => answerRefMatches(givenRef, e));
    const folded = result?.answer ? foldForKey(result.answer.text) : null;
    const keyHit = folded !== null && row.key.some((k) => folded.includes(foldForKey(k)));
    if (result?.answer) answered++;
    if (refHit) refHits++;
    if (keyHit) keyHits++;
    if (!refHit || !keyHit) misses.push({ id: row.id, text: row.text, expectedRef: row.answer_ref, givenRef, refHit, keyHit, answer: result?.answer?.text ?? null });
  }
  const ratio = (a: number) => (rows.length === 0 ? 0 : a / rows.length);
  return { rows: rows.length, intentAccuracy: ratio(intentHits), refAt1: ratio(refHits), keyInAnswer: ratio(keyHits), answered: ratio(answered), misses };
}

export function formatAnswersReport(file: string, report: AnswersReport, showMisses: boolean): string {
  const f = (x: number) => x.toFixed(3);
  const lines = [`Evaluation of ${file} (${report.rows} questions, answers format)`];
  if (showMisses) {
    lines.push('', 'Missed (ref or key):');
    for (const m of report.misses) {
      const answer = m.answer === null ? '(no answer)' : `"${m.answer.replace(/\s*\n\s*/g, ' ').slice(0, 160)}"`;
      lines.push(`  ${m.id} expected ${m.expectedRef.join('|')}, gave ${m.givenRef ?? '-'}${m.refHit ? '' : ' ✗ref'}${m.keyHit ? '' : ' ✗key'}: ${m.text}`, `      ${answer}`);
    }
  }
  lines.push('', `answer ref@1 ${f(report.refAt1)}   key in answer ${f(report.keyInAnswer)}   intent accuracy ${f(report.intentAccuracy)}   answered ${f(report.answered)}`);
  return `${lines.join('\n')}\n`;
}
