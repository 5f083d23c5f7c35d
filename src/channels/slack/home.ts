import type { webApi } from '@slack/bolt';
import { isOpen } from '../../queue/lifecycle';
import type { ClerkRequest } from '../../queue/types';
import { homeView } from './blocks';
import type { SlackContext } from './context';

/** Own requests: open ones first (in the queue's order), then the most recently closed. */
function ownOrder(requests: ClerkRequest[]): ClerkRequest[] {
  const open = requests.filter((r) => isOpen(r.status));
  const closed = requests.filter((r) => !isOpen(r.status)).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return [...open, ...closed];
}

/** Publishes a user's App Home: their own requests, and for Clerks the open queue. */
export async function publishHome(
  ctx: Pick<SlackContext, 'identity' | 'queue'>,
  client: Pick<webApi.WebClient, 'views' | 'users'>,
  slackId: string,
  notice?: string,
): Promise<void> {
  const person = await ctx.identity.person(slackId, client);
  const own = ownOrder(ctx.queue.list({ requesterId: person.userId }, person));
  const queue = person.role === 'clerk' ? ctx.queue.list({ status: 'open' }, person) : undefined;
  await client.views.publish({ user_id: slackId, view: homeView({ person, own, queue, notice }) });
}
