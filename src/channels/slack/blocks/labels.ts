/** Routing and due dates as every surface shows them, escaped for mrkdwn. */
import { dueWords, routeText } from '../../labels';
import type { ClerkRequest } from '../../../queue/types';
import { isOpen } from '../../../queue/lifecycle';
import { escapeMrkdwn } from '../escape';

/** `Town Clerk (clause alsager:53)` (the words every channel uses), escaped. */
export function routingText(request: Pick<ClerkRequest, 'routing' | 'council'>): string {
  return escapeMrkdwn(routeText(request.routing, request.council));
}

/** What is due next (the words every channel uses): dates only, so nothing to escape. */
export const dueText = (request: ClerkRequest): string => dueWords(request);

export const overdueFlag = (request: Pick<ClerkRequest, 'overdue' | 'status'>): string =>
  request.overdue && isOpen(request.status) ? ' :warning: *Overdue*' : '';

