/** Card buttons (Action.Execute, or Action.Submit on hosts without Universal Actions): feedback, opening forms, moves and details. */
import { AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue, TurnContext } from 'botbuilder';
import type { Asker } from '../../../assistant/reply';
import { closingNoteProblem } from '../../../queue/closing-notes';
import { isAboutTheClerk } from '../../../queue/roles';
import { ClerkRequest, QueueError } from '../../../queue/types';
import { ADAPTIVE_CARD_CONTENT_TYPE, ClerkCardOptions, clerkComplaintCard, clerkRequestCard, complaintDetailsCard, VERB } from '../cards';
import { cardData, feedbackData, moveData, openFormData, requestIdData } from '../forms';
import { asPerson } from '../identity';
import { queueMessageText } from '../../labels';
import {
  asActivity,
  askerOf,
  cardActivity,
  councilFor,
  documentForm,
  INVOKE_MESSAGE_TYPE,
  isPersonal,
  mayActAsClerk,
  myRequestsFor,
  Outcome,
  questionFormFor,
  TeamsTurnTools,
} from './turn';
import { submitComplaint, submitDocumentRequest, submitQuestion } from './submissions';
import { ensurePersonalChat, offerComplaintForm, sendPrivately } from './private-chat';
import { clerkOnlyRefusal, clerkTitleOf, feedbackThanks } from '../../labels';

export async function cardInvoke(t: TeamsTurnTools, context: TurnContext, invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
  const data = { ...(invokeValue.action.data ?? {}), verb: invokeValue.action.verb ?? invokeValue.action.data?.verb };
  const outcome = await onCardAction(t, context, data);
  if (outcome.post) await context.sendActivity(asActivity(outcome.post));
  if (outcome.replace) return { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: outcome.replace as unknown as Record<string, unknown> };
  return { statusCode: 200, type: INVOKE_MESSAGE_TYPE, value: (outcome.note ?? 'Done.') as unknown as Record<string, unknown> };
}

/** Action.Submit has no reply channel of its own: update the card's message, or post. */
export async function deliverToSubmit(context: TurnContext, outcome: Outcome): Promise<void> {
  const replyToId = context.activity.replyToId;
  if (outcome.replace) {
    if (replyToId) await context.updateActivity({ ...cardActivity(outcome.replace), id: replyToId });
    else await context.sendActivity(cardActivity(outcome.replace));
  }
  if (outcome.post) await context.sendActivity(asActivity(outcome.post));
  if (outcome.note && !outcome.replace && !outcome.post) await context.sendActivity(outcome.note);
}

export async function onCardAction(t: TeamsTurnTools, context: TurnContext, raw: unknown): Promise<Outcome> {
  const parsed = cardData.safeParse(raw);
  if (!parsed.success) return { note: "Sorry, I didn't understand that button. Please try again." };
  const data = parsed.data as Record<string, unknown> & { verb: string };
  const asker = askerOf(t, context);
  t.deps.logger.debug('teams.card_action', { verb: data.verb, user: asker.id });
  const outcome = await cardAction(t, context, asker, data);
  // Filed from a channel by someone the bot has never chatted with: open the personal chat
  // now, while Teams' details are at hand, so the outbox can tell them of each step.
  if (outcome.filed) await ensurePersonalChat(t, context, asker);
  return outcome;
}

export async function cardAction(t: TeamsTurnTools, context: TurnContext, asker: Asker, data: Record<string, unknown> & { verb: string }): Promise<Outcome> {
  try {
    switch (data.verb) {
      case VERB.feedback:
        return recordFeedback(t, asker, data);
      case VERB.openForm:
        return await openForm(t, context, asker, data);
      case VERB.submitDocumentRequest:
        return submitDocumentRequest(t, asker, data);
      case VERB.submitComplaint:
        return submitComplaint(t, context, asker, data);
      case VERB.submitQuestion:
        return submitQuestion(t, asker, data);
      case VERB.move:
        return moveRequest(t, context, asker, data);
      case VERB.myRequests:
        return { post: myRequestsFor(t, asker, isPersonal(context.activity)), note: 'Your requests are below.' };
      case VERB.showDetails:
        return await showDetails(t, context, asker, data);
      default:
        return { note: 'That button is no longer supported. Please type help to see what I can do.' };
    }
  } catch (error) {
    if (error instanceof QueueError) return { note: queueMessageText(error.message, 'words', error.kind) };
    throw error;
  }
}

export function recordFeedback(t: TeamsTurnTools, asker: Asker, data: Record<string, unknown>): Outcome {
  const parsed = feedbackData.safeParse(data);
  if (!parsed.success) return { note: "Sorry, I couldn't record that feedback." };
  const { offers, also, ...feedback } = parsed.data;
  for (const rated of [feedback, ...(also ?? [])]) t.deps.queue.recordFeedback({ userId: asker.id, council: feedback.council, helpful: feedback.helpful, intent: rated.intent, clauseRefs: rated.clauseRefs });
  return { note: feedbackThanks(feedback.helpful, offers ?? [], clerkTitleOf(t.deps.library, feedback.council)) };
}

export async function openForm(t: TeamsTurnTools, context: TurnContext, asker: Asker, data: Record<string, unknown>): Promise<Outcome> {
  const parsed = openFormData.safeParse(data);
  if (!parsed.success) return { note: "Sorry, I couldn't open that form. Type help to see the commands." };
  const council = councilFor(t, parsed.data.council);
  const prefill = parsed.data.prefill ?? {};
  switch (parsed.data.form) {
    case 'document_request':
      return { post: documentForm(t, council, { what: prefill.subject }), note: 'The form is below.' };
    case 'question':
      return { post: questionFormFor(t, council, { question: prefill.question, botAnswer: prefill.botAnswer }), note: 'The form is below.' };
    case 'complaint':
      return { note: await offerComplaintForm(t, context, asker, council, prefill.about) };
  }
}

export function moveRequest(t: TeamsTurnTools, context: TurnContext, asker: Asker, data: Record<string, unknown>): Outcome {
  const parsed = moveData.safeParse(data);
  if (!parsed.success) return { note: "Sorry, I couldn't read that button." };
  const { requestId, to, view } = parsed.data;
  const reason = parsed.data.reason?.trim() || undefined;
  const actor = asPerson(asker);
  // A Clerk's move by someone else: the core's refusal, which never says whether the request exists (a Clerk is told by the queue).
  if (to !== 'withdrawn' && asker.role !== 'clerk' && !mayActAsClerk(t, requestId, asker)) return { note: clerkOnlyRefusal(to, 'type my requests to withdraw it') };
  const cardFor = (request: ClerkRequest, options: ClerkCardOptions) => {
    const withTitle = { ...options, clerkTitle: clerkTitleOf(t.deps.library, request.council) };
    return isAboutTheClerk(request) ? clerkComplaintCard(request, withTitle) : clerkRequestCard(request, withTitle);
  };
  const problem = closingNoteProblem(to, reason);
  if (problem) {
    const current = t.deps.queue.get(requestId, actor);
    return { replace: cardFor(current, { problem }) };
  }
  const moved = t.deps.queue.move(requestId, to, actor, reason);
  t.deps.logger.info('teams.request_moved', { id: moved.id, to, by: asker.id });
  if (view === 'mine') return { replace: myRequestsFor(t, asker, isPersonal(context.activity)) };
  const { history } = t.deps.queue.get(requestId, actor);
  return { replace: cardFor(moved, { change: history[history.length - 1] }) };
}

export async function showDetails(t: TeamsTurnTools, context: TurnContext, asker: Asker, data: Record<string, unknown>): Promise<Outcome> {
  const parsed = requestIdData.safeParse(data);
  if (!parsed.success) return { note: "Sorry, I couldn't read that button." };
  if (!mayActAsClerk(t, parsed.data.requestId, asker)) {
    // A Clerk is told plainly that the request is gone; anyone else learns nothing about which ids exist.
    const missing = asker.role === 'clerk' && isMissing(t, parsed.data.requestId, asker);
    return { note: missing ? `There is no request #${parsed.data.requestId} (it may have been removed), so there is nothing to show.` : "Only the Clerk can see a complaint's details." };
  }
  const request: ClerkRequest = t.deps.queue.get(parsed.data.requestId, asPerson(asker));
  const details = complaintDetailsCard(request, clerkTitleOf(t.deps.library, request.council));
  if (isPersonal(context.activity)) return { post: details, note: 'The details are below.' };
  const sent = await sendPrivately(t, context, asker, cardActivity(details));
  t.deps.logger.info('teams.complaint_details_shown', { id: request.id, to: asker.id, sent });
  return { note: sent ? "I've sent the details to our personal chat." : 'Open a personal chat with me first (select my name, then Chat), then press the button again.' };
}

/** Whether request `id` does not exist (the queue says not_found), as the Clerk's authority check sees it. */
function isMissing(t: TeamsTurnTools, id: number, asker: Asker): boolean {
  try {
    t.deps.queue.actsAsClerk(id, asPerson(asker));
    return false;
  } catch (error) {
    return error instanceof QueueError && error.code === 'not_found';
  }
}
