import fs from 'node:fs';
import { z } from 'zod';
import type { Assistant } from '../assistant/assistant';
import { Classified, EvalReport, evalRowSchema, EvalRow, evaluate } from '../nlu/evaluate';
import type { EvalFormat } from './sets';
import { AnswerRow, answerRowSchema, scoreAnswers } from '../answer/score';

/**
 * How each format of evaluation file is read, run through `classify` and scored. A figure is
 * a named share over some rows; a set's result is its figures plus what it got wrong.
 * Another stage (answer sentences, thread context) adds its figures by adding a scorer to its
 * format's list below.
 */
export interface Figure {
  name: string;
  value: number;
  rows: number;
}

export interface SetResult {
  figures: Figure[];
  report: EvalReport;
}

export class EvalFileError extends Error {}

function readJsonl<T>(file: string, schema: z.ZodType<T>): T[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => line.trim())
    .map(({ line, index }) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new EvalFileError(`${file}:${index + 1}: ${parsed.error.issues[0].path.join('.')}: ${parsed.error.issues[0].message}`);
      return parsed.data;
    });
}

/** The four figures of every message-level set (definitions: test/eval/README.md). */
export function standardFigures(report: EvalReport): Figure[] {
  return [
    { name: 'intent', value: report.intentAccuracy, rows: report.rows },
    { name: 'clause@3', value: report.clauseHitAt3, rows: report.clauseRows },
    { name: 'oos recall', value: report.outOfScopeRecall, rows: report.outOfScopeRows },
    { name: 'false fallback', value: report.falseFallback, rows: report.inScopeRows },
  ];
}

// --- answers: one question, the sentence that answers it ---------------------------------

export type AnswerScorer = (rows: AnswerRow[], results: Map<string, Classified>, assistant: Assistant) => Figure[];

/** Answer ref@1 and key in answer, as the eval README defines them (src/answer/score.ts). */
const answerSentence: AnswerScorer = (rows, results) => {
  const report = scoreAnswers(rows, results);
  return [
    { name: 'answer ref@1', value: report.refAt1, rows: report.rows },
    { name: 'key in answer', value: report.keyInAnswer, rows: report.rows },
  ];
};

export const ANSWER_SCORERS: AnswerScorer[] = [answerSentence];

// --- dialogues: turns of one thread --------------------------------------------------------

const turnSchema = z.object({ text: z.string(), intent: z.string(), alt: z.array(z.string()).default([]), clauses: z.array(z.string()).default([]) });
const dialogueSchema = z.object({ id: z.string(), council: z.string(), role: evalRowSchema.shape.role, turns: z.array(turnSchema).min(1) });
export type DialogueTurnRow = EvalRow & { thread: string; turn: number };

/** Every turn as its own row, `dd01.2` for the second turn of `dd01`, in order. */
function flattenDialogues(file: string): DialogueTurnRow[] {
  return readJsonl(file, dialogueSchema).flatMap((dialogue) =>
    dialogue.turns.map((turn, index) => ({ ...turn, id: `${dialogue.id}.${index + 1}`, council: dialogue.council, role: dialogue.role, thread: dialogue.id, turn: index + 1 })),
  );
}

// --- running a set -------------------------------------------------------------------------

/** One row through the same path `protocol-bot classify` uses; a dialogue turn carries its thread. */
export type ClassifyRow = (row: EvalRow & { thread?: string }) => Classified;

/** Each row classified in file order (a thread's turns in order). */
function classifyRows(classify: ClassifyRow, rows: (EvalRow & { thread?: string })[]): Map<string, Classified> {
  return new Map(rows.map((row) => [row.id, classify(row)]));
}

export function runFormat(format: EvalFormat, file: string, classify: ClassifyRow, assistant: Assistant): SetResult {
  if (!fs.existsSync(file)) throw new EvalFileError(`no such file: ${file}`);
  if (format === 'messages') {
    const rows = readJsonl(file, evalRowSchema);
    const report = evaluate(rows, classifyRows(classify, rows));
    return { figures: standardFigures(report), report };
  }
  if (format === 'answers') {
    const rows = readJsonl(file, answerRowSchema);
    const results = classifyRows(classify, rows);
    const report = evaluate(rows, results);
    return { figures: [standardFigures(report)[0], ...ANSWER_SCORERS.flatMap((score) => score(rows, results, assistant))], report };
  }
  const rows = flattenDialogues(file);
  const results = classifyRows(classify, rows);
  const report = evaluate(rows, results);
  const first = evaluate(rows.filter((r) => r.turn === 1), results);
  const followUps = evaluate(rows.filter((r) => r.turn > 1), results);
  return {
    figures: [
      ...standardFigures(report),
      { name: 'intent, first turns', value: first.intentAccuracy, rows: first.rows },
      { name: 'intent, follow-ups', value: followUps.intentAccuracy, rows: followUps.rows },
      { name: 'clause@3, follow-ups', value: followUps.clauseHitAt3, rows: followUps.clauseRows },
    ],
    report,
  };
}
