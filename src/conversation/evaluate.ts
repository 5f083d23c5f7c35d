import { z } from 'zod';
import { Classified, EvalReport, EvalRow, evaluate } from '../nlu/evaluate';

/**
 * Scoring conversations (`dialogues-*.jsonl`, format in ../shared/eval/README.md): every turn is
 * classified in order as a turn of its conversation's thread, then first turns and follow-ups
 * are scored separately, with the same measures as one-message files.
 */

const turnSchema = z.object({
  text: z.string(),
  intent: z.string(),
  alt: z.array(z.string()).default([]),
  clauses: z.array(z.string()).default([]),
});

export const dialogueRowSchema = z.object({
  id: z.string(),
  council: z.string(),
  role: z.enum(['councillor', 'officer', 'clerk']).optional(),
  turns: z.array(turnSchema).min(1),
});
export type DialogueRow = z.infer<typeof dialogueRowSchema>;

/** Whether a parsed JSONL row is a conversation rather than one message. */
export const isDialogueRow = (row: unknown): boolean => typeof row === 'object' && row !== null && Array.isArray((row as { turns?: unknown }).turns);

/** One turn as a one-message row: id `<conversation>.<n>` (1-based), as `classify` is fed. */
export interface DialogueTurn extends EvalRow {
  thread: string;
  position: number;
}

export function turnsOf(rows: DialogueRow[]): DialogueTurn[] {
  return rows.flatMap((row) =>
    row.turns.map((turn, index) => ({
      id: `${row.id}.${index + 1}`,
      thread: row.id,
      position: index + 1,
      council: row.council,
      role: row.role,
      text: turn.text,
      intent: turn.intent,
      alt: turn.alt,
      clauses: turn.clauses,
    })),
  );
}

export interface DialogueReport {
  conversations: number;
  firstTurns: EvalReport;
  followUps: EvalReport;
  all: EvalReport;
}

/** `results` holds each turn's classification, made in order within its thread. */
export function evaluateDialogues(rows: DialogueRow[], results: Map<string, Classified>): DialogueReport {
  const turns = turnsOf(rows);
  return {
    conversations: rows.length,
    firstTurns: evaluate(turns.filter((t) => t.position === 1), results),
    followUps: evaluate(turns.filter((t) => t.position > 1), results),
    all: evaluate(turns, results),
  };
}
