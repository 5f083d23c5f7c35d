/**
 * Reading modal submissions: the values by block id, validated with zod, and the errors keyed
 * by block id so Slack shows each next to its field (`response_action: 'errors'`).
 */
import type { ViewOutput } from '@slack/bolt';
import { z } from 'zod';
import { COMPLAINT_SUBJECTS } from '../../../../queue/types';
import { FIELDS, FormMetadata, INPUT_ACTION } from '../../blocks';

export type FieldErrors = Record<string, string>;
export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

function valueOf(view: ViewOutput, blockId: string) {
  return view.state?.values?.[blockId]?.[INPUT_ACTION];
}
const text = (view: ViewOutput, blockId: string): string => valueOf(view, blockId)?.value ?? '';
const date = (view: ViewOutput, blockId: string): string => valueOf(view, blockId)?.selected_date ?? '';
const option = (view: ViewOutput, blockId: string): string => valueOf(view, blockId)?.selected_option?.value ?? '';

const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .transform((v) => (v === '' ? undefined : v));

/** Today's date in the UK, `YYYY-MM-DD` (en-CA writes dates that way). */
export function ukToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

function parse<S extends z.ZodType>(schema: S, input: unknown): FormResult<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const blockId = String(issue.path[0] ?? '');
    if (blockId && !errors[blockId]) errors[blockId] = issue.message;
  }
  return { ok: false, errors };
}

export function readDocumentRequest(view: ViewOutput, now: Date) {
  const today = ukToday(now);
  const schema = z.object({
    [FIELDS.what]: z.string().trim().min(3, 'Please say which documents or information you need.').max(2000, 'Please keep this under 2,000 characters.'),
    [FIELDS.meeting]: optionalText(200, 'Please keep the meeting or committee under 200 characters.'),
    [FIELDS.reason]: optionalText(2000, 'Please keep the reason under 2,000 characters.'),
    [FIELDS.neededBy]: z
      .string()
      .transform((v) => (v === '' ? undefined : v))
      .refine((v) => v === undefined || /^\d{4}-\d{2}-\d{2}$/.test(v), 'Please pick a date.')
      .refine((v) => v === undefined || v >= today, 'That date has passed: please pick today or a later date.'),
  });
  const result = parse(schema, {
    [FIELDS.what]: text(view, FIELDS.what),
    [FIELDS.meeting]: text(view, FIELDS.meeting),
    [FIELDS.reason]: text(view, FIELDS.reason),
    [FIELDS.neededBy]: date(view, FIELDS.neededBy),
  });
  if (!result.ok) return result;
  const v = result.value;
  return { ok: true as const, value: { what: v[FIELDS.what], meeting: v[FIELDS.meeting], reason: v[FIELDS.reason], neededBy: v[FIELDS.neededBy] } };
}

export function readComplaint(view: ViewOutput) {
  const schema = z.object({
    [FIELDS.about]: z.enum(COMPLAINT_SUBJECTS, { error: 'Please choose who the complaint is about.' }),
    [FIELDS.whatHappened]: z.string().trim().min(10, 'Please say what happened, in a sentence or two.').max(3000, 'Please keep this under 3,000 characters.'),
    [FIELDS.outcome]: optionalText(1000, 'Please keep the outcome under 1,000 characters.'),
  });
  const result = parse(schema, {
    [FIELDS.about]: option(view, FIELDS.about),
    [FIELDS.whatHappened]: text(view, FIELDS.whatHappened),
    [FIELDS.outcome]: text(view, FIELDS.outcome),
  });
  if (!result.ok) return result;
  const v = result.value;
  return { ok: true as const, value: { about: v[FIELDS.about], whatHappened: v[FIELDS.whatHappened], outcomeSought: v[FIELDS.outcome] } };
}

export function readQuestion(view: ViewOutput) {
  const schema = z.object({
    [FIELDS.question]: z.string().trim().min(3, 'Please write your question.').max(2000, 'Please keep your question under 2,000 characters.'),
  });
  const result = parse(schema, { [FIELDS.question]: text(view, FIELDS.question) });
  if (!result.ok) return result;
  return { ok: true as const, value: { question: result.value[FIELDS.question] } };
}

export function readRefusal(view: ViewOutput) {
  const schema = z.object({
    [FIELDS.refuseReason]: z.string().trim().min(3, 'Please give the reason: the requester is sent it.').max(1000, 'Please keep the reason under 1,000 characters.'),
  });
  const result = parse(schema, { [FIELDS.refuseReason]: text(view, FIELDS.refuseReason) });
  if (!result.ok) return result;
  return { ok: true as const, value: { reason: result.value[FIELDS.refuseReason] } };
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
