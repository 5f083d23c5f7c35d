/**
 * Card submissions, read by the core's form rules (queue/forms.ts), and the data every card
 * button carries, validated with zod at the edge. A bad submission comes back as the same form
 * with the values kept and each problem next to its field; nothing is filed.
 */
import { z } from 'zod';
import { COMPLAINT_SUBJECTS, REQUEST_STATUSES } from '../../queue/types';
import { OFFER_KINDS } from '../labels';
import { FormValue, FormValues, newRequest, readForm } from '../../queue/forms';
import type { NewRequest, Person, RequestKind } from '../../queue/types';
import { ComplaintValues, DocumentRequestValues, Problems, QuestionValues } from './cards';

export type ParsedForm<T, V> = { ok: true; value: T } | { ok: false; problems: Problems; values: V };

/** The submitted strings (a card sends only strings; anything else is ignored). */
function strings(data: Record<string, unknown>, fields: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const f of fields) if (typeof data[f] === 'string') values[f] = data[f] as string;
  return values;
}

function parse<K extends RequestKind, V>(kind: K, data: Record<string, unknown>, fields: readonly string[], now: Date): ParsedForm<FormValue<K>, V> {
  const answers = strings(data, fields);
  const result = readForm(kind, answers, now);
  if (result.ok) return result;
  return { ok: false, problems: result.problems, values: answers as V };
}

export const parseDocumentRequest = (data: Record<string, unknown>, now = new Date()) =>
  parse<'document_access', DocumentRequestValues>('document_access', data, ['what', 'meeting', 'reason', 'neededBy'], now);

export const parseComplaint = (data: Record<string, unknown>, now = new Date()) =>
  parse<'complaint', ComplaintValues>('complaint', data, ['about', 'whatHappened', 'outcomeSought'], now);

export const parseQuestion = (data: Record<string, unknown>, now = new Date()) =>
  parse<'question', QuestionValues>('question', data, ['question', 'botAnswer'], now);

export const documentRequest = (council: string, requester: Person, form: FormValues['document_access']): NewRequest =>
  newRequest('document_access', council, requester, form);

export const complaint = (council: string, requester: Person, form: FormValues['complaint'], clerkTitle: string): NewRequest =>
  newRequest('complaint', council, requester, form, clerkTitle);

export const question = (council: string, requester: Person, form: FormValues['question']): NewRequest =>
  newRequest('question', council, requester, form);

// ---------------------------------------------------------------------------------------------
// Card data (buttons and form metadata), validated at the edge

export const cardData = z.looseObject({ verb: z.string().min(1) });

export const feedbackData = z.object({
  intent: z.string().min(1).max(100),
  council: z.string().min(1).max(40),
  helpful: z.boolean(),
  clauseRefs: z.array(z.string().max(60)).max(10),
  /** The hand-offs the answer offered, so 👎 points only to one that is there (absent on older cards). */
  offers: z.array(z.enum(OFFER_KINDS)).max(10).optional(),
  /** A further question's answer, rated with the first (absent on one-question replies and older cards). */
  also: z.array(z.object({ intent: z.string().min(1).max(100), clauseRefs: z.array(z.string().max(60)).max(10) })).max(5).optional(),
});

export const openFormData = z.object({
  form: z.enum(['document_request', 'complaint', 'question']),
  council: z.string().max(40).optional(),
  prefill: z
    .object({
      subject: z.string().max(2000).optional(),
      about: z.enum(COMPLAINT_SUBJECTS).optional(),
      question: z.string().max(5000).optional(),
      botAnswer: z.string().max(10000).optional(),
    })
    .optional(),
});

export const formMeta = z.object({
  formId: z
    .string()
    .regex(/^[A-Za-z0-9-]{8,64}$/)
    .optional()
    .catch(undefined),
  council: z.string().max(40).optional().catch(undefined),
});

export const moveData = z.object({
  requestId: z.coerce.number().int().positive(),
  to: z.enum(REQUEST_STATUSES),
  // Longer than a card lets anyone type; the core's rule (closing-notes.ts) says what is too long, in its words.
  reason: z.string().max(20000).optional(),
  view: z.enum(['clerk', 'mine']).default('clerk'),
});

export const requestIdData = z.object({ requestId: z.coerce.number().int().positive() });
