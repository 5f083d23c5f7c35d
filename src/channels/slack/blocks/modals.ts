/** The modals: request forms (fields and limits from the core forms), refusal, details and notices. */
import { maxLength } from '../../../queue/forms';
import { CLOSING_NOTE_MAX } from '../../../queue/closing-notes';
import { aboutLabel, COMPLAINT_ROUTES_HEADING, complaintFormIntro, DEFAULT_CLERK_TITLE, fieldLabel, formatDate, inCouncilWords, kindLabel, clerkMoveLabel, refusalWords, statusLabel } from '../../labels';
import type { ClerkRequest, ComplaintSubject, HistoryEntry, Routing } from '../../../queue/types';
import { COMPLAINT_SUBJECTS } from '../../../queue/types';
import { escapeMrkdwn } from '../escape';
import { LIMITS, oneLine, truncate } from '../text';
import { FIELDS, INPUT_ACTION, KnownBlock, ModalView, VIEWS } from './ids';
import { context, divider, fitBlocks, plain, section, sections } from './builders';
import { dueText, overdueFlag, routingText } from './labels';
import { detailBlocks, filedReceiptMessage, personText } from './requests';

interface ModalContext {
  council: string;
  /** The council's title for its Clerk, which the form names the Clerk by ("Chief Executive"). */
  clerkTitle: string;
}

/** private_metadata of every form modal. */
export interface FormMetadata {
  council: string;
  /** For the question modal: the bot's answer, to show the Clerk what was already said. */
  botAnswer?: string;
  /** For the refuse modal: the request id. */
  requestId?: number;
}

function encodeMetadata(metadata: FormMetadata): string {
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

export function modal(callbackId: string, title: string, blocks: KnownBlock[], options: { submit?: string; metadata?: string; close?: string } = {}): ModalView {
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
      textInput(FIELDS.what, fieldLabel('document_access', 'what', input.clerkTitle), { initial: input.what, multiline: true, maxLength: maxLength('document_access', 'what') }),
      textInput(FIELDS.meeting, fieldLabel('document_access', 'meeting', input.clerkTitle), { initial: input.meeting, optional: true, maxLength: maxLength('document_access', 'meeting') }),
      textInput(FIELDS.reason, fieldLabel('document_access', 'reason', input.clerkTitle), {
        multiline: true,
        optional: true,
        maxLength: maxLength('document_access', 'reason'),
        hint: inCouncilWords('Saying why you need them helps the Clerk decide quickly.', input.clerkTitle),
      }),
      {
        type: 'input',
        block_id: FIELDS.neededBy,
        optional: true,
        label: plain(fieldLabel('document_access', 'neededBy', input.clerkTitle)),
        element: { type: 'datepicker', action_id: INPUT_ACTION },
      },
      context(`Goes to ${routingText({ council: input.council, routing: input.routing })}. You will be told the request number and due dates.`),
    ],
    { submit: 'Send', metadata: encodeMetadata({ council: input.council }) },
  );
}

export function complaintModal(input: ModalContext & { about?: ComplaintSubject; whatHappened?: string; routings: Record<ComplaintSubject, Routing> }): ModalView {
  const options = COMPLAINT_SUBJECTS.map((about) => ({
    text: plain(`About ${aboutLabel(about, input.clerkTitle)}`, 75),
    value: about,
  }));
  const initial = options.find((o) => o.value === input.about);
  const routeLines = COMPLAINT_SUBJECTS
    .map((about) => `• About ${escapeMrkdwn(aboutLabel(about, input.clerkTitle))}: ${routingText({ council: input.council, routing: input.routings[about] })}`)
    .join('\n');
  return modal(
    VIEWS.complaint,
    'Make a complaint',
    [
      section(`:lock: ${escapeMrkdwn(complaintFormIntro(input.clerkTitle))}`),
      {
        type: 'input',
        block_id: FIELDS.about,
        label: plain(fieldLabel('complaint', 'about', input.clerkTitle)),
        element: { type: 'radio_buttons', action_id: INPUT_ACTION, options, ...(initial ? { initial_option: initial } : {}) },
      },
      textInput(FIELDS.whatHappened, fieldLabel('complaint', 'whatHappened', input.clerkTitle), { initial: input.whatHappened, multiline: true, maxLength: maxLength('complaint', 'whatHappened') }),
      textInput(FIELDS.outcome, fieldLabel('complaint', 'outcomeSought', input.clerkTitle), { multiline: true, optional: true, maxLength: maxLength('complaint', 'outcomeSought') }),
      context(`${COMPLAINT_ROUTES_HEADING}\n${routeLines}`),
    ],
    { submit: 'Send', metadata: encodeMetadata({ council: input.council }) },
  );
}

export function questionModal(input: ModalContext & { question?: string; botAnswer?: string }): ModalView {
  const blocks: KnownBlock[] = [textInput(FIELDS.question, fieldLabel('question', 'question', input.clerkTitle), { initial: input.question, multiline: true, maxLength: maxLength('question', 'question') })];
  if (input.botAnswer) blocks.push(context(`The ${escapeMrkdwn(input.clerkTitle)} will also see what I answered.`));
  // A modal's title holds 24 characters: "Ask the Chief Executive" fits; a longer title is named in the field instead.
  const title = `Ask the ${input.clerkTitle}`;
  return modal(VIEWS.question, title.length <= LIMITS.modalTitle ? title : 'Ask a question', blocks, { submit: 'Send', metadata: encodeMetadata({ council: input.council, botAnswer: input.botAnswer }) });
}

export function refuseModal(request: ClerkRequest): ModalView {
  return modal(
    VIEWS.refuse,
    `${clerkMoveLabel('refused', request.kind)} #${request.id}`,
    [
      section(`${refusalWords(request.kind).doing} *${escapeMrkdwn(kindLabel(request.kind))} #${request.id}*. The requester is sent the reason.`),
      textInput(FIELDS.refuseReason, refusalWords(request.kind).reasonLabel, { multiline: true, maxLength: CLOSING_NOTE_MAX }),
    ],
    { submit: clerkMoveLabel('refused', request.kind), metadata: encodeMetadata({ council: request.council, requestId: request.id }) },
  );
}

/**
 * Resolve, before it is done: a note for the requester, optional (where the papers are, what
 * was decided), so a Clerk can say more than "Resolved" as Refuse lets them say why.
 */
export function resolveModal(request: ClerkRequest, clerkTitle = DEFAULT_CLERK_TITLE): ModalView {
  return modal(
    VIEWS.resolve,
    `Resolve #${request.id}`,
    [
      section(`Resolving *${escapeMrkdwn(kindLabel(request.kind, clerkTitle))} #${request.id}*. The requester is told it is resolved, with your note if you write one.`),
      textInput(FIELDS.resolveNote, 'Note for the requester (optional)', {
        multiline: true,
        optional: true,
        maxLength: CLOSING_NOTE_MAX,
        placeholder: 'e.g. where the papers are, or what was decided',
      }),
    ],
    { submit: 'Resolve', metadata: encodeMetadata({ council: request.council, requestId: request.id }) },
  );
}

/** A request's full details and history, for Clerks only (how a complaint's details are read). */
export function requestDetailsModal(request: ClerkRequest & { history?: HistoryEntry[] }, clerkTitle = DEFAULT_CLERK_TITLE): ModalView {
  const blocks: KnownBlock[] = [
    section(`*${escapeMrkdwn(kindLabel(request.kind, clerkTitle))} #${request.id}* · ${escapeMrkdwn(statusLabel(request.status, request.kind))}${overdueFlag(request)}`),
    section(`*From:* ${personText(request.requester)}\n*Routed to:* ${routingText(request)}\n*Due:* ${dueText(request)}`),
    ...sections(request.subject, (raw) => `*Subject*\n${escapeMrkdwn(raw)}`).slice(0, 1),
    ...detailBlocks(request, clerkTitle),
  ];
  if (request.history && request.history.length > 0) {
    const lines = request.history.map((h) => `${formatDate(h.at)}: ${escapeMrkdwn(statusLabel(h.to, request.kind))}${h.note ? ` (“${escapeMrkdwn(truncate(oneLine(h.note), 200))}”)` : ''}`);
    blocks.push(divider, ...sections(`History\n${lines.join('\n')}`, (raw) => raw));
  }
  return modal(VIEWS.details, `Request #${request.id}`, blocks);
}

/** The modal after filing: the id, routing and due dates, in place of the form. */
export function filedModal(request: ClerkRequest, notice?: string, clerkTitle = DEFAULT_CLERK_TITLE): ModalView {
  return modal(VIEWS.filed, 'Request filed', filedReceiptMessage(request, notice, clerkTitle).blocks);
}
