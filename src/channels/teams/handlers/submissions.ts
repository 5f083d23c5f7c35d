/** Form submissions: read by the core's forms, then filed (or the form comes back with the problems and the answers kept). */
import { TurnContext } from 'botbuilder';
import type { Asker } from '../../../assistant/reply';
import { QueueError } from '../../../queue/types';
import { AdaptiveCard, filedCard } from '../cards';
import * as forms from '../forms';
import { formMeta } from '../forms';
import { asPerson } from '../identity';
import { clerkTitleOf } from '../../labels';
import {
  complaintFormFor,
  councilFor,
  documentForm,
  isPersonal,
  Outcome,
  PLATFORM,
  questionFormFor,
  sentence,
  TeamsQueue,
  TeamsTurnTools,
} from './turn';

export function submitDocumentRequest(t: TeamsTurnTools, asker: Asker, data: Record<string, unknown>): Outcome {
  const meta = formMeta.parse(data);
  const council = councilFor(t, meta.council);
  const form = forms.parseDocumentRequest(data);
  if (!form.ok) return { replace: documentForm(t, council, form.values, form.problems, meta.formId) };
  return fileRequest(t, forms.documentRequest(council, asPerson(asker), form.value), meta.formId, () => documentForm(t, council, form.value, undefined, meta.formId));
}

export function submitComplaint(t: TeamsTurnTools, context: TurnContext, asker: Asker, data: Record<string, unknown>): Outcome {
  if (!isPersonal(context.activity)) return { note: 'Complaints are confidential: please file them in our personal chat. Type complaint there.' };
  const meta = formMeta.parse(data);
  const council = councilFor(t, meta.council);
  const form = forms.parseComplaint(data);
  if (!form.ok) return { replace: complaintFormFor(t, council, asker.role, form.values, form.problems, meta.formId) };
  return fileRequest(t, forms.complaint(council, asPerson(asker), form.value, clerkTitleOf(t.deps.library, council)), meta.formId, () => complaintFormFor(t, council, asker.role, form.value, undefined, meta.formId));
}

export function submitQuestion(t: TeamsTurnTools, asker: Asker, data: Record<string, unknown>): Outcome {
  const meta = formMeta.parse(data);
  const council = councilFor(t, meta.council);
  const form = forms.parseQuestion(data);
  if (!form.ok) return { replace: questionFormFor(t, council, form.values, form.problems, meta.formId) };
  return fileRequest(t, forms.question(council, asPerson(asker), form.value), meta.formId, () => questionFormFor(t, council, form.value, undefined, meta.formId));
}

/**
 * Files a valid request. The form's id is the idempotency key, so a double click or a
 * resent invoke files once; the Clerks hear of it through the outbox, not from here.
 */
export function fileRequest(t: TeamsTurnTools, request: Parameters<TeamsQueue['file']>[0], formId: string | undefined, formAgain: () => AdaptiveCard): Outcome {
  try {
    const filed = t.deps.queue.file(request, formId ? { idempotencyKey: `${PLATFORM}:form:${formId}` } : undefined);
    t.deps.logger.info('teams.request_filed', { id: filed.id, kind: filed.kind, council: filed.council });
    return { replace: filedCard(filed, t.deps.queue.filedNotice(filed), clerkTitleOf(t.deps.library, filed.council)), filed };
  } catch (error) {
    if (error instanceof QueueError && error.code === 'invalid') {
      const form = formAgain();
      return { replace: { ...form, body: [{ type: 'TextBlock', text: `⚠ ${sentence(error.message)}`, color: 'Attention', wrap: true }, ...form.body] } };
    }
    throw error;
  }
}
