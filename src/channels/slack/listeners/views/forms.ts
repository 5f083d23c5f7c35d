/**
 * Reading modal submissions: the values by block id, checked by the core's rules, and the errors keyed
 * by block id so Slack shows each next to its field (`response_action: 'errors'`).
 */
import type { ViewOutput } from '@slack/bolt';
import { z } from 'zod';
import { closingNoteProblem } from '../../../../queue/closing-notes';
import { FormValue, FORMS, readForm, ukToday } from '../../../../queue/forms';
import type { RequestKind } from '../../../../queue/types';
import { FIELDS, FormMetadata, INPUT_ACTION } from '../../blocks';

export type FieldErrors = Record<string, string>;
export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

function valueOf(view: ViewOutput, blockId: string) {
  return view.state?.values?.[blockId]?.[INPUT_ACTION];
}
const text = (view: ViewOutput, blockId: string): string => valueOf(view, blockId)?.value ?? '';
const date = (view: ViewOutput, blockId: string): string => valueOf(view, blockId)?.selected_date ?? '';
const option = (view: ViewOutput, blockId: string): string => valueOf(view, blockId)?.selected_option?.value ?? '';

/** The modal block that holds each form field (queue/forms.ts names the fields). */
const BLOCK_OF: Record<string, string> = {
  what: FIELDS.what,
  meeting: FIELDS.meeting,
  reason: FIELDS.reason,
  neededBy: FIELDS.neededBy,
  about: FIELDS.about,
  whatHappened: FIELDS.whatHappened,
  outcomeSought: FIELDS.outcome,
  question: FIELDS.question,
};

/** Today's date in the UK, `YYYY-MM-DD`; the forms' rule for dates that have passed. */
export { ukToday };

/** A form modal's answers, checked by the core's rules; problems keyed by block, as Slack shows them. */
function readRequestForm<K extends RequestKind>(kind: K, view: ViewOutput, now: Date): FormResult<FormValue<K>> {
  const answers: Record<string, string> = {};
  for (const field of FORMS[kind].fields) {
    const block = BLOCK_OF[field.name];
    answers[field.name] = field.type === 'date' ? date(view, block) : field.type === 'choice' ? option(view, block) : text(view, block);
  }
  const result = readForm(kind, answers, now);
  if (result.ok) return result;
  const errors: FieldErrors = {};
  for (const [field, problem] of Object.entries(result.problems)) errors[BLOCK_OF[field]] = problem;
  return { ok: false, errors };
}

export const readDocumentRequest = (view: ViewOutput, now: Date) => readRequestForm('document_access', view, now);
export const readComplaint = (view: ViewOutput, now: Date) => readRequestForm('complaint', view, now);
export const readQuestion = (view: ViewOutput, now: Date) => readRequestForm('question', view, now);

export function readRefusal(view: ViewOutput) {
  const reason = text(view, FIELDS.refuseReason);
  const problem = closingNoteProblem('refused', reason);
  if (problem) return { ok: false as const, errors: { [FIELDS.refuseReason]: problem } as FieldErrors };
  return { ok: true as const, value: { reason: reason.trim() } };
}

/** The Resolve modal: its note is optional, and what is written is sent to the requester as given. */
export function readResolution(view: ViewOutput) {
  const note = text(view, FIELDS.resolveNote);
  const problem = closingNoteProblem('resolved', note);
  if (problem) return { ok: false as const, errors: { [FIELDS.resolveNote]: problem } as FieldErrors };
  return { ok: true as const, value: { note: note.trim() || undefined } };
}

const metadataSchema = z.object({
  council: z.string().max(40),
  botAnswer: z.string().max(3000).optional(),
  requestId: z.number().int().positive().optional(),
});

/** The modal's private_metadata; a damaged value reads as empty. */
export function readMetadata(view: ViewOutput): Partial<FormMetadata> {
  try {
    const parsed = metadataSchema.safeParse(JSON.parse(view.private_metadata || '{}'));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}
