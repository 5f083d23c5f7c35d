/** Requests as the Clerks' channel, the complaint handler and the requester see them. */
import { clerkMoveLabel, DEFAULT_CLERK_TITLE, detailFacts, formatDate, confidentialityLine, filedLine, kindLabel, nextSteps, receiptDetails, routeNoteText, statusLabel, subjectAndDetails, statusUpdateLine, updateDetails } from '../../labels';
import type { types as Slack } from '@slack/bolt';
import type {
  ClerkRequest,
  HistoryEntry,
  Person,
  RequestStatus,
} from '../../../queue/types';
import { nextClerkMoves } from '../../../queue/lifecycle';
import { escapeMrkdwn, quoteMrkdwn } from '../escape';
import { LIMITS, oneLine, truncate } from '../text';
import { ACTIONS, KnownBlock, SlackMessage } from './ids';
import { button, context, header, mrkdwn, section, sections } from './builders';
import { dueText, overdueFlag, routingText } from './labels';

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

/** The Clerk's button for one move, named for the request's kind (clerkMoveLabel): the same in the post and the detail view. */
function moveButton(move: ClerkMove, request: Pick<ClerkRequest, 'id' | 'kind'>): Slack.Button {
  return button(clerkMoveLabel(MOVE_TARGETS[move], request.kind), MOVE_ACTION_IDS[move], String(request.id), move === 'acknowledge' ? 'primary' : move === 'refuse' ? 'danger' : undefined);
}

export function clerkButtons(request: ClerkRequest): Slack.Button[] {
  const details = request.confidential ? [button('View details', ACTIONS.viewDetails, String(request.id))] : [];
  return [...details, ...clerkMoves(request.status).map((move) => moveButton(move, request))];
}

export function detailBlocks(request: ClerkRequest, clerkTitle = DEFAULT_CLERK_TITLE): KnownBlock[] {
  return detailFacts(request, clerkTitle).flatMap(({ label, value }) => sections(value, (raw) => `*${label}*\n${escapeMrkdwn(raw)}`));
}

export function personText(person: Person): string {
  return `${escapeMrkdwn(person.name)} (${escapeMrkdwn(person.role)})`;
}

function changeText(request: ClerkRequest, change: HistoryEntry | undefined): string | undefined {
  if (!change) return undefined;
  const note = change.note && !request.confidential ? `: “${escapeMrkdwn(truncate(oneLine(change.note), 500))}”` : '';
  return `${escapeMrkdwn(statusLabel(change.to, request.kind))} ${formatDate(change.at)}${note}`;
}

/**
 * A request as the Clerks' channel shows it: kind, id, status, routing and due dates, and for
 * everything but complaints who asked and what. A complaint shows kind, routing and id only;
 * its details are behind "View details", which only Clerks can open.
 */
export function clerkChannelMessage(request: ClerkRequest, change?: HistoryEntry, clerkTitle = DEFAULT_CLERK_TITLE): SlackMessage {
  const title = `${kindLabel(request.kind, clerkTitle)} #${request.id}`;
  const fields = [
    mrkdwn(`*Status*\n${escapeMrkdwn(statusLabel(request.status, request.kind))}${overdueFlag(request)}`),
    mrkdwn(`*Routed to*\n${routingText(request)}`),
    mrkdwn(`*Due*\n${dueText(request)}`),
  ];
  if (!request.confidential) fields.push(mrkdwn(`*From*\n${personText(request.requester)}`));

  const blocks: KnownBlock[] = [header(request.confidential ? `${title} · confidential` : title), { type: 'section', fields }];
  if (request.confidential) {
    blocks.push(context(':lock: Confidential: the details are not shown in this channel. Only Clerks can open them.'));
  } else {
    // The subject once (subjectAndDetails): not again under "What" when the form made it from that.
    const { subject, facts } = subjectAndDetails(request, clerkTitle);
    if (subject !== undefined) blocks.push(...sections(subject, (raw) => `*Subject*\n${escapeMrkdwn(raw)}`).slice(0, 1));
    blocks.push(...facts.flatMap(({ label, value }) => sections(value, (raw) => `*${label}*\n${escapeMrkdwn(raw)}`)));
  }
  if (request.routing.note) blocks.push(context(escapeMrkdwn(routeNoteText(request.routing.note, request.council))));
  const last = changeText(request, change);
  if (last) blocks.push(context(`Last change: ${last}`));
  const buttons = clerkButtons(request);
  if (buttons.length > 0) blocks.push({ type: 'actions', block_id: `request_${request.id}`, elements: buttons });

  const fitted = blocks.length > LIMITS.messageBlocks ? [...blocks.slice(0, LIMITS.messageBlocks - 2), context('…details shortened.'), blocks[blocks.length - 1]] : blocks;
  return { text: `${escapeMrkdwn(title)}: ${escapeMrkdwn(statusLabel(request.status, request.kind))}, routed to ${routingText(request)}`, blocks: fitted };
}

/**
 * A complaint about the Clerk, sent privately to the person configured to receive it
 * (CLERK_COMPLAINTS_USER_IDS): the whole complaint, who made it, and the buttons to act on it.
 * It never goes to the Clerks' channel.
 */
export function clerkComplaintMessage(request: ClerkRequest, change?: HistoryEntry, clerkTitle = DEFAULT_CLERK_TITLE): SlackMessage {
  const title = `Complaint about the ${clerkTitle} #${request.id}`;
  const blocks: KnownBlock[] = [
    header(title),
    section(
      `*Status:* ${escapeMrkdwn(statusLabel(request.status, request.kind))}${overdueFlag(request)}\n*From:* ${personText(request.requester)}\n*Routed to:* ${routingText(request)}\n*Due:* ${dueText(request)}`,
    ),
    context(`:lock: Sent to you alone, as the protocol says. The ${escapeMrkdwn(clerkTitle)} cannot see this complaint or act on it.`),
    ...detailBlocks(request, clerkTitle),
  ];
  const last = changeText({ ...request, confidential: false }, change);
  if (last) blocks.push(context(`Last change: ${last}`));
  const buttons = clerkMoves(request.status).map((move) => moveButton(move, request));
  if (buttons.length > 0) blocks.push({ type: 'actions', block_id: `request_${request.id}`, elements: buttons });
  const fitted = blocks.length > LIMITS.messageBlocks ? [...blocks.slice(0, LIMITS.messageBlocks - 2), context('…details shortened.'), blocks[blocks.length - 1]] : blocks;
  return { text: `${title}: ${escapeMrkdwn(statusLabel(request.status, request.kind))}`, blocks: fitted };
}

/** The DM to a requester when their request changes. */
export function requesterUpdateMessage(request: ClerkRequest, change?: HistoryEntry, clerkTitle = DEFAULT_CLERK_TITLE): SlackMessage {
  const lines = [statusUpdateLine({ ...request, status: change?.to ?? request.status }, clerkTitle, { words: escapeMrkdwn, strong: (text) => `*${text}*` })];
  const blocks: KnownBlock[] = [section(lines[0])];
  // The core's words in the core's order (updateDetails), as Teams' card says them.
  const details = updateDetails(request);
  blocks.push(context(`*Subject:* ${escapeMrkdwn(truncate(oneLine(details.subject), 200))} · *${details.routeLabel}:* ${escapeMrkdwn(details.routeTo)} · ${escapeMrkdwn(details.due)}`));
  if (change?.note) {
    const label = change.to === 'refused' ? 'Reason given' : 'Note';
    blocks.push(...sections(change.note, (raw) => `*${label}*\n${quoteMrkdwn(raw)}`).slice(0, 5));
  }
  if (details.afterRefusal) blocks.push(context(escapeMrkdwn(details.afterRefusal)));
  return { text: lines[0], blocks };
}

/** What the requester is told the moment a request is filed: its id, routing and due dates. */
export function filedReceiptMessage(request: ClerkRequest, notice?: string, clerkTitle = DEFAULT_CLERK_TITLE): SlackMessage {
  const text = filedLine(request, clerkTitle, { words: escapeMrkdwn, strong: (id) => `*${id}*` });
  // The core's words in the core's order (receiptDetails), as Teams' card and the console say them.
  const details = receiptDetails(request, notice);
  const lines = [
    ...(details.subject === undefined ? [] : [`*Subject:* ${escapeMrkdwn(truncate(oneLine(details.subject), 200))}`]),
    `*${details.routeLabel}:* ${escapeMrkdwn(details.routeTo)}`,
    ...(details.due === undefined ? [] : [escapeMrkdwn(details.due)]),
  ];
  const blocks: KnownBlock[] = [section(text), section(lines.join('\n'))];
  if (details.note) blocks.push(context(escapeMrkdwn(details.note)));
  if (notice) blocks.push(section(`:warning: ${escapeMrkdwn(notice)}`));
  const steps = nextSteps(notice, 'by direct message', '`/my-requests`');
  blocks.push(context(request.confidential ? `:lock: ${escapeMrkdwn(confidentialityLine(request, clerkTitle))} ${steps}` : steps));
  return { text, blocks };
}

