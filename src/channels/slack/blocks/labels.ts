/** Routing and due dates as every surface shows them, escaped for mrkdwn. */
import { formatDate } from '../../labels';
import type { ClerkRequest } from '../../../queue/types';
import { isOpen } from '../../../queue/lifecycle';
import { escapeMrkdwn } from '../escape';

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

export const overdueFlag = (request: Pick<ClerkRequest, 'overdue' | 'status'>): string =>
  request.overdue && isOpen(request.status) ? ' :warning: *Overdue*' : '';

