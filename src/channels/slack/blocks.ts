/**
 * Block Kit rendering: pure functions from the core's `Reply` and the queue's requests to Slack
 * messages, modals and the App Home. Everything user- or protocol-supplied that lands in mrkdwn
 * goes through `escapeMrkdwn`; plain_text objects are not parsed by Slack and are left as they are.
 */
import { formField, maxLength } from '../../queue/forms';
import { aboutLabel, formatDate, kindLabel, statusLabel } from '../labels';
import type { types as Slack } from '@slack/bolt';
import type { OfferedAction, Reply, RequestLine } from '../../assistant/reply';
import type {
  ClerkRequest,
  ComplaintDetails,
  ComplaintSubject,
  DocumentAccessDetails,
  HistoryEntry,
  Person,
  QuestionDetails,
  RequestStatus,
  Routing,
} from '../../queue/types';
import { COMPLAINT_SUBJECTS } from '../../queue/types';
import { isOpen, nextClerkMoves } from '../../queue/lifecycle';
import { escapeMrkdwn, quoteMrkdwn } from './escape';
import { LIMITS, oneLine, splitRendered, truncate } from './text';

export type KnownBlock = Slack.KnownBlock;
export type ModalView = Slack.ModalView;
export type HomeView = Slack.HomeView;

export interface SlackMessage {
  /** Notification and screen-reader fallback; mrkdwn, so escaped like the blocks. */
  text: string;
  blocks: KnownBlock[];
}

/** action_id of every button this app renders; listeners register on exactly these. */
export const ACTIONS = {
  offerDocumentRequest: 'offer_document_request',
  offerComplaint: 'offer_complaint',
  offerQuestion: 'offer_question',
  offerMyRequests: 'offer_my_requests',
  feedbackHelpful: 'feedback_helpful',
  feedbackUnhelpful: 'feedback_unhelpful',
  acknowledge: 'request_acknowledge',
  start: 'request_start',
  resolve: 'request_resolve',
  refuse: 'request_refuse',
  viewDetails: 'request_view_details',
  withdraw: 'request_withdraw',
} as const;

/** callback_id of every modal. */
export const VIEWS = {
  documentRequest: 'document_request',
  complaint: 'complaint',
  question: 'question',
  refuse: 'refuse_reason',
  details: 'request_details',
  filed: 'request_filed',
  notice: 'notice',
} as const;

/** block_id of every modal input; view_submission errors are keyed by these. */
export const FIELDS = {
  what: 'what',
  meeting: 'meeting',
  reason: 'reason',
  neededBy: 'needed_by',
  about: 'about',
  whatHappened: 'what_happened',
  outcome: 'outcome',
  question: 'question',
  refuseReason: 'refuse_reason',
} as const;

/** Every input element uses this action_id, so a field is read as `values[blockId].value`. */
export const INPUT_ACTION = 'value';

// ---------------------------------------------------------------------------------------------
// Small builders

const mrkdwn = (text: string) => ({ type: 'mrkdwn' as const, text });
const plain = (text: string, max: number = LIMITS.headerText) => ({ type: 'plain_text' as const, text: truncate(text, max), emoji: true });

const section = (text: string): KnownBlock => ({ type: 'section', text: mrkdwn(text) });
const context = (text: string): KnownBlock => ({ type: 'context', elements: [mrkdwn(text)] });
const header = (text: string): KnownBlock => ({ type: 'header', text: plain(text) });
const divider: KnownBlock = { type: 'divider' };

function button(text: string, actionId: string, value: string, style?: 'primary' | 'danger'): Slack.Button {
  return { type: 'button', text: plain(text, LIMITS.buttonText), action_id: actionId, value, ...(style ? { style } : {}) };
}

/** Sections for long mrkdwn-bound raw text, each within the 3000-character limit. */
function sections(raw: string, render: (raw: string) => string = escapeMrkdwn): KnownBlock[] {
  return splitRendered(raw, render, LIMITS.sectionText).map(section);
}

/** Keeps a block list within `max` blocks, saying how much was left out. */
function fitBlocks(blocks: KnownBlock[], max: number, what = 'items'): KnownBlock[] {
  if (blocks.length <= max) return blocks;
  const kept = blocks.slice(0, max - 1);
  return [...kept, context(`…and more ${what} not shown here.`)];
}

// ---------------------------------------------------------------------------------------------
// Labels

/** `Town Clerk (clause alsager:53)`, escaped. */
export function routingText(request: Pick<ClerkRequest, 'routing' | 'council'>): string {
  const { recipient, clause } = request.routing;
  return `${escapeMrkdwn(recipient)}${clause ? ` (clause ${escapeMrkdwn(`${request.council}:${clause}`)})` : ''}`;
}

/** What is due next: acknowledgement and resolution while new, resolution while open. */
export function dueText(request: ClerkRequest): string {
  if (request.status === 'new') return `acknowledge by ${formatDate(request.acknowledgeBy)}; resolve by ${formatDate(request.resolveBy)}`;
  if (isOpen(request.status)) return `resolve by ${formatDate(request.resolveBy)}`;
  return `closed ${formatDate(request.updatedAt)}`;
}

const overdueFlag = (request: Pick<ClerkRequest, 'overdue' | 'status'>): string =>
  request.overdue && isOpen(request.status) ? ' :warning: *Overdue*' : '';

// ---------------------------------------------------------------------------------------------
// Button payloads (a button value is at most 2000 characters)

/** What an offered-action button carries to the modal it opens. */
export interface OfferPayload {
  /** council id */
  c: string;
  /** subject */
  s?: string;
  /** complaint about */
  a?: ComplaintSubject;
  /** question */
  q?: string;
  /** the bot's answer */
  b?: string;
}

export function encodeOffer(council: string, prefill: OfferedAction['prefill']): string {
  const payload: OfferPayload = { c: council };
  if (prefill.subject) payload.s = prefill.subject;
  if (prefill.about) payload.a = prefill.about;
  if (prefill.question) payload.q = prefill.question;
  if (prefill.botAnswer) payload.b = prefill.botAnswer;
  // Shorten the longest free text first until it fits: the answer, then the question, then the subject.
  for (const key of ['b', 'q', 's'] as const) {
    while (JSON.stringify(payload).length > LIMITS.buttonValue && payload[key]) {
      const over = JSON.stringify(payload).length - LIMITS.buttonValue;
      const value = payload[key] as string;
      payload[key] = value.length - over - 1 > 20 ? truncate(value, value.length - over - 1) : undefined;
      if (payload[key] === undefined) delete payload[key];
    }
  }
  return JSON.stringify(payload);
}

/** What a 👍/👎 button carries: council, intent and the cited clause refs. */
export interface FeedbackPayload {
  c: string;
  i: string;
  r: string[];
}

export function encodeFeedback(reply: Reply): string {
  const payload: FeedbackPayload = { c: reply.council.id, i: reply.intent, r: reply.clauses.map((c) => `${c.council}:${c.ref}`) };
  while (JSON.stringify(payload).length > LIMITS.buttonValue) payload.r.pop();
  return JSON.stringify(payload);
}

// ---------------------------------------------------------------------------------------------
// Answers

const OFFER_ACTION_IDS: Record<OfferedAction['kind'], string> = {
  document_request: ACTIONS.offerDocumentRequest,
  complaint: ACTIONS.offerComplaint,
  question: ACTIONS.offerQuestion,
  my_requests: ACTIONS.offerMyRequests,
};

const OFFER_DEFAULT_LABELS: Record<OfferedAction['kind'], string> = {
  document_request: 'Request these documents',
  complaint: 'Make a complaint',
  question: 'Ask the Clerk',
  my_requests: 'My requests',
};

export function requestLineText(line: RequestLine): string {
  const overdue = line.overdue && isOpen(line.status as RequestStatus) ? ' :warning: overdue' : '';
  return `*#${line.id}* · ${escapeMrkdwn(kindLabel(line.kind))} · “${escapeMrkdwn(truncate(oneLine(line.subject), 120))}” · ${escapeMrkdwn(statusLabel(line.status))}${overdue}`;
}

/**
 * An answer as one or more messages (normally one): the summary, each cited clause quoted with
 * its `council:ref` and heading, the asker's requests for `request_status`, then buttons for the
 * offered actions and 👍/👎 feedback on the last message.
 */
export function replyMessages(reply: Reply): SlackMessage[] {
  const body: KnownBlock[] = [];
  if (reply.notice) body.push(...sections(reply.notice, (raw) => `:grey_question: ${escapeMrkdwn(raw)}`));
  if (reply.summary) body.push(...sections(reply.summary));

  for (const clause of reply.clauses) {
    const title = `*${escapeMrkdwn(`${clause.council}:${clause.ref}`)}*${clause.heading ? ` · ${escapeMrkdwn(clause.heading)}` : ''}`;
    const quoted = splitRendered(clause.text, quoteMrkdwn, LIMITS.sectionText - title.length - 1);
    quoted.forEach((chunk, index) => body.push(section(index === 0 ? `${title}\n${chunk}` : chunk)));
  }

  if (reply.requests) {
    if (reply.requests.length === 0) body.push(section('You have no requests with the Clerk.'));
    for (const line of reply.requests) body.push(section(requestLineText(line)));
  }

  if (reply.clauses.length > 0) {
    body.push(context(`Quoted from ${escapeMrkdwn(reply.council.name)}'s protocol. The Clerk's interpretation prevails.`));
  }

  const closing: KnownBlock[] = [];
  if (reply.actions.length > 0) {
    closing.push({
      type: 'actions',
      block_id: 'offered_actions',
      elements: reply.actions.map((action, index) =>
        button(action.label || OFFER_DEFAULT_LABELS[action.kind], OFFER_ACTION_IDS[action.kind], encodeOffer(reply.council.id, action.prefill), index === 0 ? 'primary' : undefined),
      ),
    });
  }
  if (reply.clauses.length > 0) {
    const value = encodeFeedback(reply);
    closing.push({
      type: 'actions',
      block_id: 'feedback',
      elements: [button('👍 Helpful', ACTIONS.feedbackHelpful, value), button('👎 Not helpful', ACTIONS.feedbackUnhelpful, value)],
    });
  }

  // Split into messages of at most 50 blocks, keeping the buttons together on the last one.
  const perMessage = LIMITS.messageBlocks;
  const messages: KnownBlock[][] = [];
  for (let i = 0; i < body.length; i += perMessage) messages.push(body.slice(i, i + perMessage));
  if (messages.length === 0) messages.push([]);
  const last = messages[messages.length - 1];
  if (last.length + closing.length <= perMessage) last.push(...closing);
  else messages.push(closing);

  const fallback = truncate(escapeMrkdwn(oneLine(reply.notice ?? reply.summary)), LIMITS.fallbackText) || 'Answer';
  return messages.map((blocks) => ({ text: fallback, blocks }));
}

// ---------------------------------------------------------------------------------------------
// Requests in the Clerks' channel

export type ClerkMove = 'acknowledge' | 'start' | 'resolve' | 'refuse';

export const MOVE_TARGETS: Record<ClerkMove, RequestStatus> = {
  acknowledge: 'acknowledged',
  start: 'in_progress',
  resolve: 'resolved',
  refuse: 'refused',
};

const MOVE_ACTION_IDS: Record<ClerkMove, string> = {
  acknowledge: ACTIONS.acknowledge,
  start: ACTIONS.start,
  resolve: ACTIONS.resolve,
  refuse: ACTIONS.refuse,
};

const MOVE_LABELS: Record<ClerkMove, string> = { acknowledge: 'Acknowledge', start: 'Start', resolve: 'Resolve', refuse: 'Refuse' };

const MOVE_TO: Partial<Record<RequestStatus, ClerkMove>> = {
  acknowledged: 'acknowledge',
  in_progress: 'start',
  resolved: 'resolve',
  refused: 'refuse',
};

/** The buttons a Clerk sees for a request: the queue's lifecycle says which moves come next. */
export function clerkMoves(status: RequestStatus): ClerkMove[] {
  return nextClerkMoves(status).flatMap((to) => (MOVE_TO[to] ? [MOVE_TO[to]] : []));
}

function clerkButtons(request: ClerkRequest): Slack.Button[] {
  const value = String(request.id);
  const buttons: Slack.Button[] = [];
  if (request.confidential) buttons.push(button('View details', ACTIONS.viewDetails, value));
  for (const move of clerkMoves(request.status)) {
    buttons.push(button(MOVE_LABELS[move], MOVE_ACTION_IDS[move], value, move === 'acknowledge' ? 'primary' : move === 'refuse' ? 'danger' : undefined));
  }
  return buttons;
}

function detailBlocks(request: ClerkRequest): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  const field = (label: string, value: string | undefined) => {
    if (value && value.trim() !== '') blocks.push(...sections(value, (raw) => `*${label}*\n${escapeMrkdwn(raw)}`));
  };
  if (request.kind === 'document_access') {
    const details = request.details as DocumentAccessDetails;
    field('What', details.what);
    field('Meeting or committee', details.meeting);
    field('Why needed', details.reason);
    if (details.neededBy) field('Needed by', formatDate(details.neededBy));
  } else if (request.kind === 'question') {
    const details = request.details as QuestionDetails;
    field('Question', details.question);
    field("The bot's answer", details.botAnswer);
  } else {
    const details = request.details as ComplaintDetails;
    field('About', aboutLabel(details.about));
    field('What happened', details.whatHappened);
    field('Outcome sought', details.outcomeSought);
  }
  return blocks;
}

function personText(person: Person): string {
  return `${escapeMrkdwn(person.name)} (${escapeMrkdwn(person.role)})`;
}

function changeText(request: ClerkRequest, change: HistoryEntry | undefined): string | undefined {
  if (!change) return undefined;
  const note = change.note && !request.confidential ? `: “${escapeMrkdwn(truncate(oneLine(change.note), 500))}”` : '';
  return `${escapeMrkdwn(statusLabel(change.to))} ${formatDate(change.at)}${note}`;
}

/**
 * A request as the Clerks' channel shows it: kind, id, status, routing and due dates, and for
 * everything but complaints who asked and what. A complaint shows kind, routing and id only;
 * its details are behind "View details", which only Clerks can open.
 */
export function clerkChannelMessage(request: ClerkRequest, change?: HistoryEntry): SlackMessage {
  const title = `${kindLabel(request.kind)} #${request.id}`;
  const fields = [
    mrkdwn(`*Status*\n${escapeMrkdwn(statusLabel(request.status))}${overdueFlag(request)}`),
    mrkdwn(`*Routed to*\n${routingText(request)}`),
    mrkdwn(`*Due*\n${dueText(request)}`),
  ];
  if (!request.confidential) fields.push(mrkdwn(`*From*\n${personText(request.requester)}`));

  const blocks: KnownBlock[] = [header(request.confidential ? `${title} · confidential` : title), { type: 'section', fields }];
  if (request.confidential) {
    blocks.push(context(':lock: Confidential: the details are not shown in this channel. Only Clerks can open them.'));
  } else {
    blocks.push(...sections(request.subject, (raw) => `*Subject*\n${escapeMrkdwn(raw)}`).slice(0, 1));
    blocks.push(...detailBlocks(request));
  }
  if (request.routing.note) blocks.push(context(escapeMrkdwn(request.routing.note)));
  const last = changeText(request, change);
  if (last) blocks.push(context(`Last change: ${last}`));
  const buttons = clerkButtons(request);
  if (buttons.length > 0) blocks.push({ type: 'actions', block_id: `request_${request.id}`, elements: buttons });

  const fitted = blocks.length > LIMITS.messageBlocks ? [...blocks.slice(0, LIMITS.messageBlocks - 2), context('…details shortened.'), blocks[blocks.length - 1]] : blocks;
  return { text: `${escapeMrkdwn(title)}: ${escapeMrkdwn(statusLabel(request.status))}, routed to ${routingText(request)}`, blocks: fitted };
}

/**
 * A complaint about the Clerk, sent privately to the person configured to receive it
 * (CLERK_COMPLAINTS_USER_IDS): the whole complaint, who made it, and the buttons to act on it.
 * It never goes to the Clerks' channel.
 */
export function clerkComplaintMessage(request: ClerkRequest, change?: HistoryEntry): SlackMessage {
  const title = `Complaint about the Clerk #${request.id}`;
  const blocks: KnownBlock[] = [
    header(title),
    section(
      `*Status:* ${escapeMrkdwn(statusLabel(request.status))}${overdueFlag(request)}\n*From:* ${personText(request.requester)}\n*Routed to:* ${routingText(request)}\n*Due:* ${dueText(request)}`,
    ),
    context(':lock: Sent to you alone, as the protocol says. The Clerk cannot see this complaint or act on it.'),
    ...detailBlocks(request),
  ];
  const last = changeText({ ...request, confidential: false }, change);
  if (last) blocks.push(context(`Last change: ${last}`));
  const value = String(request.id);
  const buttons = clerkMoves(request.status).map((move) =>
    button(MOVE_LABELS[move], MOVE_ACTION_IDS[move], value, move === 'acknowledge' ? 'primary' : move === 'refuse' ? 'danger' : undefined),
  );
  if (buttons.length > 0) blocks.push({ type: 'actions', block_id: `request_${request.id}`, elements: buttons });
  const fitted = blocks.length > LIMITS.messageBlocks ? [...blocks.slice(0, LIMITS.messageBlocks - 2), context('…details shortened.'), blocks[blocks.length - 1]] : blocks;
  return { text: `${title}: ${escapeMrkdwn(statusLabel(request.status))}`, blocks: fitted };
}

/** The DM to a requester when their request changes. */
export function requesterUpdateMessage(request: ClerkRequest, change?: HistoryEntry): SlackMessage {
  const kind = kindLabel(request.kind).toLowerCase();
  const status = statusLabel(change?.to ?? request.status);
  const lines = [`Your ${escapeMrkdwn(kind)} *#${request.id}* is now *${escapeMrkdwn(status)}*.`];
  const blocks: KnownBlock[] = [section(lines[0])];
  blocks.push(context(`“${escapeMrkdwn(truncate(oneLine(request.subject), 200))}” · routed to ${routingText(request)} · ${dueText(request)}`));
  if (change?.note) {
    const label = change.to === 'refused' ? 'Reason given' : 'Note';
    blocks.push(...sections(change.note, (raw) => `*${label}*\n${quoteMrkdwn(raw)}`).slice(0, 5));
  }
  return { text: lines[0], blocks };
}

/** What the requester is told the moment a request is filed: its id, routing and due dates. */
export function filedReceiptMessage(request: ClerkRequest, notice?: string): SlackMessage {
  const kind = kindLabel(request.kind).toLowerCase();
  const text = `Thank you. Your ${escapeMrkdwn(kind)} is filed as *#${request.id}*.`;
  const blocks: KnownBlock[] = [
    section(text),
    section(`*Goes to:* ${routingText(request)}\n*Due:* ${dueText(request)}`),
  ];
  if (request.routing.note) blocks.push(context(escapeMrkdwn(request.routing.note)));
  if (notice) blocks.push(section(`:warning: ${escapeMrkdwn(notice)}`));
  if (request.confidential) blocks.push(context(':lock: Confidential: it is never posted in a public channel. You will get a direct message at every step.'));
  else blocks.push(context('You will get a direct message at every step. `/my-requests` lists your requests.'));
  return { text, blocks };
}

// ---------------------------------------------------------------------------------------------
// Lists: /my-requests, /clerk-queue, App Home

/** One line about a request. For Clerks' lists a complaint shows kind, routing and id only. */
export function requestSummary(request: ClerkRequest, audience: 'requester' | 'clerk'): string {
  const title = `*#${request.id}* · ${escapeMrkdwn(kindLabel(request.kind))}`;
  const status = `${escapeMrkdwn(statusLabel(request.status))}${overdueFlag(request)}`;
  if (audience === 'clerk' && request.confidential) {
    return `${title} (confidential) · ${status}\nRouted to ${routingText(request)} · ${dueText(request)}`;
  }
  const from = audience === 'clerk' ? ` · from ${personText(request.requester)}` : '';
  return `${title} · ${status}${from}\n“${escapeMrkdwn(truncate(oneLine(request.subject), 200))}” · routed to ${routingText(request)} · ${dueText(request)}`;
}

/** The asker's own requests, with Withdraw on the open ones. */
export function ownRequestBlocks(requests: ClerkRequest[]): KnownBlock[] {
  if (requests.length === 0) return [section('You have no requests with the Clerk yet. Ask me a question, or use `/request-documents` or `/complaint`.')];
  return requests.map((request) => ({
    type: 'section',
    text: mrkdwn(requestSummary(request, 'requester')),
    ...(isOpen(request.status) ? { accessory: { ...button('Withdraw', ACTIONS.withdraw, String(request.id)), confirm: withdrawConfirm(request) } } : {}),
  }));
}

function withdrawConfirm(request: ClerkRequest): Slack.ConfirmationDialog {
  return {
    title: plain('Withdraw this request?', 100),
    text: plain(`Request #${request.id} will be closed and the Clerk told.`, 300),
    confirm: plain('Withdraw', 30),
    deny: plain('Keep it', 30),
  };
}

/** The open queue for Clerks, overdue first (the queue's order), with their buttons. */
export function clerkQueueBlocks(requests: ClerkRequest[], withButtons: boolean): KnownBlock[] {
  if (requests.length === 0) return [section('The queue is empty: no open requests.')];
  const blocks: KnownBlock[] = [];
  for (const request of requests) {
    blocks.push(section(requestSummary(request, 'clerk')));
    const buttons = withButtons ? clerkButtons(request) : request.confidential ? [button('View details', ACTIONS.viewDetails, String(request.id))] : [];
    if (buttons.length > 0) blocks.push({ type: 'actions', block_id: `queue_${request.id}`, elements: buttons });
  }
  return blocks;
}

export function myRequestsMessage(requests: ClerkRequest[]): SlackMessage {
  const blocks = fitBlocks([header('Your requests'), ...ownRequestBlocks(requests)], LIMITS.messageBlocks, 'requests');
  return { text: `You have ${requests.length} request${requests.length === 1 ? '' : 's'} with the Clerk.`, blocks };
}

export function clerkQueueMessage(requests: ClerkRequest[]): SlackMessage {
  const overdue = requests.filter((r) => r.overdue).length;
  const summary = `${requests.length} open request${requests.length === 1 ? '' : 's'}${overdue ? `, ${overdue} overdue` : ''}.`;
  const blocks = fitBlocks([header('Clerk queue'), context(summary), ...clerkQueueBlocks(requests, false)], LIMITS.messageBlocks, 'requests');
  return { text: summary, blocks };
}

/** App Home: the user's own requests; for Clerks also the open queue, overdue first. */
export function homeView(input: { person: Person; own: ClerkRequest[]; queue?: ClerkRequest[]; notice?: string }): HomeView {
  const blocks: KnownBlock[] = [];
  if (input.notice) blocks.push(section(`:information_source: ${escapeMrkdwn(input.notice)}`));
  blocks.push(header('Your requests'), ...ownRequestBlocks(input.own).slice(0, 40));
  if (input.queue) {
    const overdue = input.queue.filter((r) => r.overdue).length;
    blocks.push(divider, header('Open queue'), context(`${input.queue.length} open${overdue ? `, ${overdue} overdue` : ''}. Overdue first.`));
    blocks.push(...clerkQueueBlocks(input.queue, true));
  }
  blocks.push(context('Ask me anything about the protocol in a direct message, or use `/protocol`, `/request-documents`, `/complaint`, `/my-requests`.'));
  return { type: 'home', blocks: fitBlocks(blocks, LIMITS.homeBlocks, 'requests') };
}

// ---------------------------------------------------------------------------------------------
// Modals

interface ModalContext {
  council: string;
}

/** private_metadata of every form modal. */
export interface FormMetadata {
  council: string;
  /** For the question modal: the bot's answer, to show the Clerk what was already said. */
  botAnswer?: string;
  /** For the refuse modal: the request id. */
  requestId?: number;
}

export function encodeMetadata(metadata: FormMetadata): string {
  const copy = { ...metadata };
  while (copy.botAnswer && JSON.stringify(copy).length > LIMITS.privateMetadata) {
    copy.botAnswer = truncate(copy.botAnswer, copy.botAnswer.length - (JSON.stringify(copy).length - LIMITS.privateMetadata) - 1);
  }
  return JSON.stringify(copy);
}

function textInput(blockId: string, label: string, options: { initial?: string; multiline?: boolean; optional?: boolean; hint?: string; maxLength?: number; placeholder?: string } = {}): KnownBlock {
  const max = options.maxLength ?? LIMITS.inputInitialValue;
  return {
    type: 'input',
    block_id: blockId,
    optional: options.optional ?? false,
    label: plain(label, 2000),
    ...(options.hint ? { hint: plain(options.hint, 2000) } : {}),
    element: {
      type: 'plain_text_input',
      action_id: INPUT_ACTION,
      multiline: options.multiline ?? false,
      max_length: max,
      ...(options.placeholder ? { placeholder: plain(options.placeholder, 150) } : {}),
      ...(options.initial ? { initial_value: truncate(options.initial, max) } : {}),
    },
  };
}

function modal(callbackId: string, title: string, blocks: KnownBlock[], options: { submit?: string; metadata?: string; close?: string } = {}): ModalView {
  return {
    type: 'modal',
    callback_id: callbackId,
    title: plain(title, LIMITS.modalTitle),
    ...(options.submit ? { submit: plain(options.submit, LIMITS.modalTitle) } : {}),
    close: plain(options.close ?? (options.submit ? 'Cancel' : 'Close'), LIMITS.modalTitle),
    ...(options.metadata ? { private_metadata: options.metadata } : {}),
    blocks: fitBlocks(blocks, LIMITS.modalBlocks),
  };
}

export function documentRequestModal(input: ModalContext & { what?: string; meeting?: string; routing: Routing }): ModalView {
  return modal(
    VIEWS.documentRequest,
    'Request documents',
    [
      textInput(FIELDS.what, formField('document_access', 'what').label, { initial: input.what, multiline: true, maxLength: maxLength('document_access', 'what') }),
      textInput(FIELDS.meeting, formField('document_access', 'meeting').label, { initial: input.meeting, optional: true, maxLength: maxLength('document_access', 'meeting') }),
      textInput(FIELDS.reason, formField('document_access', 'reason').label, {
        multiline: true,
        optional: true,
        maxLength: maxLength('document_access', 'reason'),
        hint: 'Councillors may see what they need to know to do their job; saying why helps the Clerk decide quickly.',
      }),
      {
        type: 'input',
        block_id: FIELDS.neededBy,
        optional: true,
        label: plain('Needed by'),
        element: { type: 'datepicker', action_id: INPUT_ACTION },
      },
      context(`Goes to ${routingText({ council: input.council, routing: input.routing })}. You will be told the request number and due dates.`),
    ],
    { submit: 'Send', metadata: encodeMetadata({ council: input.council }) },
  );
}

export function complaintModal(input: ModalContext & { about?: ComplaintSubject; whatHappened?: string; routings: Record<ComplaintSubject, Routing> }): ModalView {
  const options = COMPLAINT_SUBJECTS.map((about) => ({
    text: plain(`About ${aboutLabel(about)}`, 75),
    value: about,
  }));
  const initial = options.find((o) => o.value === input.about);
  const routeLines = COMPLAINT_SUBJECTS
    .map((about) => `• About ${aboutLabel(about)}: ${routingText({ council: input.council, routing: input.routings[about] })}`)
    .join('\n');
  return modal(
    VIEWS.complaint,
    'Make a complaint',
    [
      section(':lock: *Confidential.* A complaint is never posted in a public channel; only those who deal with it can read it.'),
      {
        type: 'input',
        block_id: FIELDS.about,
        label: plain('Who is it about?'),
        element: { type: 'radio_buttons', action_id: INPUT_ACTION, options, ...(initial ? { initial_option: initial } : {}) },
      },
      textInput(FIELDS.whatHappened, formField('complaint', 'whatHappened').label, { initial: input.whatHappened, multiline: true, maxLength: maxLength('complaint', 'whatHappened') }),
      textInput(FIELDS.outcome, formField('complaint', 'outcomeSought').label, { multiline: true, optional: true, maxLength: maxLength('complaint', 'outcomeSought') }),
      context(`Who receives it, under your protocol:\n${routeLines}`),
    ],
    { submit: 'Send', metadata: encodeMetadata({ council: input.council }) },
  );
}

export function questionModal(input: ModalContext & { question?: string; botAnswer?: string; clerkTitle: string }): ModalView {
  const blocks: KnownBlock[] = [textInput(FIELDS.question, `Your question for the ${input.clerkTitle}`, { initial: input.question, multiline: true, maxLength: maxLength('question', 'question') })];
  if (input.botAnswer) blocks.push(context(`The ${escapeMrkdwn(input.clerkTitle)} will also see what I answered.`));
  return modal(VIEWS.question, 'Ask the Clerk', blocks, { submit: 'Send', metadata: encodeMetadata({ council: input.council, botAnswer: input.botAnswer }) });
}

export function refuseModal(request: ClerkRequest): ModalView {
  return modal(
    VIEWS.refuse,
    `Refuse #${request.id}`,
    [
      section(`Refusing *${escapeMrkdwn(kindLabel(request.kind))} #${request.id}*. The requester is sent the reason.`),
      textInput(FIELDS.refuseReason, 'Reason for refusing', { multiline: true, maxLength: 1000 }),
    ],
    { submit: 'Refuse', metadata: encodeMetadata({ council: request.council, requestId: request.id }) },
  );
}

/** A request's full details and history, for Clerks only (how a complaint's details are read). */
export function requestDetailsModal(request: ClerkRequest & { history?: HistoryEntry[] }): ModalView {
  const blocks: KnownBlock[] = [
    section(`*${escapeMrkdwn(kindLabel(request.kind))} #${request.id}* · ${escapeMrkdwn(statusLabel(request.status))}${overdueFlag(request)}`),
    section(`*From:* ${personText(request.requester)}\n*Routed to:* ${routingText(request)}\n*Due:* ${dueText(request)}`),
    ...sections(request.subject, (raw) => `*Subject*\n${escapeMrkdwn(raw)}`).slice(0, 1),
    ...detailBlocks(request),
  ];
  if (request.history && request.history.length > 0) {
    const lines = request.history.map((h) => `${formatDate(h.at)}: ${escapeMrkdwn(statusLabel(h.to))}${h.note ? ` (“${escapeMrkdwn(truncate(oneLine(h.note), 200))}”)` : ''}`);
    blocks.push(divider, ...sections(`History\n${lines.join('\n')}`, (raw) => raw));
  }
  return modal(VIEWS.details, `Request #${request.id}`, blocks);
}

/** The modal after filing: the id, routing and due dates, in place of the form. */
export function filedModal(request: ClerkRequest, notice?: string): ModalView {
  return modal(VIEWS.filed, 'Request filed', filedReceiptMessage(request, notice).blocks);
}

/** A modal that only says something (e.g. why a form could not be opened or sent). */
export function noticeModal(title: string, text: string): ModalView {
  return modal(VIEWS.notice, title, [section(escapeMrkdwn(text))]);
}
