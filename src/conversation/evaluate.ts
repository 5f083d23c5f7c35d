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

/**
 * One-message rows asked in the middle of a conversation: each row becomes the second turn of
 * a thread whose first turn is the nearest earlier row of the same council with another intent.
 * Scored as follow-ups, they show whether complete questions stay themselves inside a thread
 * (the figure should match the same rows asked on their own).
 */
export function midThreadConversations(rows: EvalRow[]): DialogueRow[] {
  const turn = (r: EvalRow) => ({ text: r.text, intent: r.intent, alt: r.alt, clauses: r.clauses });
  const conversations: DialogueRow[] = [];
  rows.forEach((row, i) => {
    for (let back = 1; back < rows.length; back++) {
      const earlier = rows[(i - back + rows.length) % rows.length];
      if (earlier.council !== row.council || earlier.intent === row.intent) continue;
      conversations.push({ id: row.id, council: row.council, role: row.role, turns: [turn(earlier), turn(row)] });
      return;
    }
  });
  return conversations;
}
