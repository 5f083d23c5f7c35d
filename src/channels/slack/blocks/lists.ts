/** Lists of requests: /my-requests, /clerk-queue and the App Home. */
import { DEFAULT_CLERK_TITLE, kindLabel, statusLabel, whoIsTold } from '../../labels';
import type { types as Slack } from '@slack/bolt';
import type { ClerkRequest, Person } from '../../../queue/types';
import { isOpen } from '../../../queue/lifecycle';
import { escapeMrkdwn } from '../escape';
import { LIMITS, oneLine, truncate } from '../text';
import { ACTIONS, HomeView, KnownBlock, SlackMessage } from './ids';
import { button, context, divider, fitBlocks, header, mrkdwn, plain, section } from './builders';
import { dueText, overdueFlag, routingText } from './labels';
import { clerkButtons, personText } from './requests';

/** One line about a request. For Clerks' lists a complaint shows kind, routing and id only. */
export function requestSummary(request: ClerkRequest, audience: 'requester' | 'clerk', clerkTitle = DEFAULT_CLERK_TITLE): string {
  const title = `*#${request.id}* · ${escapeMrkdwn(kindLabel(request.kind, clerkTitle))}`;
  const status = `${escapeMrkdwn(statusLabel(request.status, request.kind))}${overdueFlag(request)}`;
  if (audience === 'clerk' && request.confidential) {
    return `${title} (confidential) · ${status}\nRouted to ${routingText(request)} · ${dueText(request)}`;
  }
  const from = audience === 'clerk' ? ` · from ${personText(request.requester)}` : '';
  return `${title} · ${status}${from}\n“${escapeMrkdwn(truncate(oneLine(request.subject), 200))}” · routed to ${routingText(request)} · ${dueText(request)}`;
}

/** The asker's own requests, with Withdraw on the open ones. */
function ownRequestBlocks(requests: ClerkRequest[], clerkTitle: string): KnownBlock[] {
  if (requests.length === 0) return [section(`You have no requests with the ${escapeMrkdwn(clerkTitle)} yet. Ask me a question, or use \`/request-documents\` or \`/complaint\`.`)];
  return requests.map((request) => ({
    type: 'section',
    text: mrkdwn(requestSummary(request, 'requester', clerkTitle)),
    ...(isOpen(request.status) ? { accessory: { ...button('Withdraw', ACTIONS.withdraw, String(request.id)), confirm: withdrawConfirm(request, clerkTitle) } } : {}),
  }));
}

function withdrawConfirm(request: ClerkRequest, clerkTitle: string): Slack.ConfirmationDialog {
  return {
    title: plain('Withdraw this request?', 100),
    text: plain(`Request #${request.id} will be closed and ${whoIsTold(request, clerkTitle)} told.`, 300),
    confirm: plain('Withdraw', 30),
    deny: plain('Keep it', 30),
  };
}

/** The open queue for Clerks, overdue first (the queue's order), with their buttons. */
function clerkQueueBlocks(requests: ClerkRequest[], withButtons: boolean, clerkTitle: string): KnownBlock[] {
  if (requests.length === 0) return [section('The queue is empty: no open requests.')];
  const blocks: KnownBlock[] = [];
  for (const request of requests) {
    blocks.push(section(requestSummary(request, 'clerk', clerkTitle)));
    const buttons = withButtons ? clerkButtons(request) : request.confidential ? [button('View details', ACTIONS.viewDetails, String(request.id))] : [];
    if (buttons.length > 0) blocks.push({ type: 'actions', block_id: `queue_${request.id}`, elements: buttons });
  }
  return blocks;
}

/** `clerkTitle`: the council's title for its Clerk, which the list names ("with the Chief Executive"). */
export function myRequestsMessage(requests: ClerkRequest[], clerkTitle = DEFAULT_CLERK_TITLE): SlackMessage {
  const blocks = fitBlocks([header('Your requests'), ...ownRequestBlocks(requests, clerkTitle)], LIMITS.messageBlocks, 'requests');
  // Not "with the Clerk": a complaint about the Clerk among them is not (uat19). Teams and the console name no holder either.
  return { text: `You have ${requests.length} request${requests.length === 1 ? '' : 's'}.`, blocks };
}

/** Requests per page of the open queue: what fits Slack's block limits at two blocks a request. */
export const QUEUE_PAGE = { message: 20, home: 25 } as const;

/**
 * `/clerk-queue`: one page of the open queue. `page` (when the queue is paged) gives the total
 * and the next page's cursor, which `/clerk-queue <cursor>` opens.
 */
export function clerkQueueMessage(requests: ClerkRequest[], page?: { total: number; next?: string }, clerkTitle = DEFAULT_CLERK_TITLE): SlackMessage {
  const overdue = requests.filter((r) => r.overdue).length;
  const total = page?.total ?? requests.length;
  const shown = requests.length < total ? ` (${requests.length} shown)` : '';
  const summary = `${total} open request${total === 1 ? '' : 's'}${shown}${overdue ? `, ${overdue} overdue on this page` : ''}.`;
  const more = page?.next ? [context(`Next page: \`/clerk-queue ${page.next}\``)] : [];
  const blocks = fitBlocks([header('Clerk queue'), context(summary), ...clerkQueueBlocks(requests, false, clerkTitle), ...more], LIMITS.messageBlocks, 'requests');
  return { text: summary, blocks };
}

/** App Home: the user's own requests; for Clerks also the open queue, overdue first. */
export function homeView(input: { person: Person; own: ClerkRequest[]; queue?: ClerkRequest[]; queueTotal?: number; notice?: string; clerkTitle?: string }): HomeView {
  const clerkTitle = input.clerkTitle ?? DEFAULT_CLERK_TITLE;
  const blocks: KnownBlock[] = [];
  if (input.notice) blocks.push(section(`:information_source: ${escapeMrkdwn(input.notice)}`));
  blocks.push(header('Your requests'), ...ownRequestBlocks(input.own, clerkTitle).slice(0, 40));
  if (input.queue) {
    const overdue = input.queue.filter((r) => r.overdue).length;
    const total = input.queueTotal ?? input.queue.length;
    const rest = total > input.queue.length ? ` The first ${input.queue.length} are below; \`/clerk-queue\` pages through the rest.` : '';
    blocks.push(divider, header('Open queue'), context(`${total} open${overdue ? `, ${overdue} overdue` : ''}. Overdue first.${rest}`));
    blocks.push(...clerkQueueBlocks(input.queue, true, clerkTitle));
  }
  blocks.push(context('Ask me anything about the protocol in a direct message, or use `/protocol`, `/request-documents`, `/complaint`, `/my-requests`.'));
  return { type: 'home', blocks: fitBlocks(blocks, LIMITS.homeBlocks, 'requests') };
}

