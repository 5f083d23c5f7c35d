/**
 * Card submissions, read by the core's form rules (queue/forms.ts). A bad submission comes
 * back as the same form with the values kept and each problem next to its field; nothing is
 * filed.
 */
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

export const complaint = (council: string, requester: Person, form: FormValues['complaint']): NewRequest =>
  newRequest('complaint', council, requester, form);

export const question = (council: string, requester: Person, form: FormValues['question']): NewRequest =>
  newRequest('question', council, requester, form);
