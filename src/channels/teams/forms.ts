/**
 * Card submissions, validated with zod at the edge. A bad submission comes back as the same
 * form with the values kept and each problem next to its field; nothing is filed.
 */
import { z } from 'zod';
import type { Person } from '../../queue/types';
import { COMPLAINT_SUBJECTS, NewRequest } from '../../queue/types';
import { ComplaintValues, DocumentRequestValues, Problems, QuestionValues } from './cards';
import { aboutLabel } from '../labels';

const required = (max: number, missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .max(max, `That is too long: please keep it under ${max} characters.`);

const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `That is too long: please keep it under ${max} characters.`)
    .optional()
    .transform((v) => (v ? v : undefined));

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const realDay = (v: string) => isoDay.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

export const documentRequestSchema = z.object({
  what: required(2000, 'Please say which documents or information you need.'),
  meeting: optional(200),
  reason: optional(2000),
  neededBy: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || realDay(v), 'Please give a date such as 2025-03-31.'),
});

export const complaintSchema = z.object({
  about: z.enum(COMPLAINT_SUBJECTS, { error: 'Please choose who the complaint is about.' }),
  whatHappened: required(5000, 'Please say what happened.'),
  outcomeSought: optional(2000),
});

export const questionSchema = z.object({
  question: required(5000, 'Please write your question for the Clerk.'),
  botAnswer: optional(10000),
});

export type ParsedForm<T, V> = { ok: true; value: T } | { ok: false; problems: Problems; values: V };

/** The submitted strings, kept to re-fill the form (only the fields the form has). */
function keep<V>(data: Record<string, unknown>, fields: readonly string[]): V {
  const values: Record<string, string> = {};
  for (const f of fields) if (typeof data[f] === 'string') values[f] = data[f] as string;
  return values as V;
}

function parse<T, V>(schema: z.ZodType<T>, data: Record<string, unknown>, fields: readonly string[]): ParsedForm<T, V> {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  const problems: Problems = {};
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? 'form');
    problems[key] ??= issue.message;
  }
  return { ok: false, problems, values: keep<V>(data, fields) };
}

export const parseDocumentRequest = (data: Record<string, unknown>) =>
  parse<z.infer<typeof documentRequestSchema>, DocumentRequestValues>(documentRequestSchema, data, ['what', 'meeting', 'reason', 'neededBy']);

export const parseComplaint = (data: Record<string, unknown>) =>
  parse<z.infer<typeof complaintSchema>, ComplaintValues>(complaintSchema, data, ['about', 'whatHappened', 'outcomeSought']);

export const parseQuestion = (data: Record<string, unknown>) =>
  parse<z.infer<typeof questionSchema>, QuestionValues>(questionSchema, data, ['question', 'botAnswer']);

/** A subject line for lists: the first words of what was asked. */
export function subjectFrom(text: string, max = 120): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}

export function documentRequest(council: string, requester: Person, form: z.infer<typeof documentRequestSchema>): NewRequest {
  return { kind: 'document_access', council, requester, subject: subjectFrom(form.what), details: form };
}

/** A complaint's subject names only whom it is about: the subject appears in lists. */
export function complaint(council: string, requester: Person, form: z.infer<typeof complaintSchema>): NewRequest {
  return { kind: 'complaint', council, requester, subject: `Complaint about ${aboutLabel(form.about)}`, details: form };
}

export function question(council: string, requester: Person, form: z.infer<typeof questionSchema>): NewRequest {
  return { kind: 'question', council, requester, subject: subjectFrom(form.question), details: form };
}
