import type { webApi } from '@slack/bolt';
import { isOpen } from '../../queue/lifecycle';
import type { ClerkRequest } from '../../queue/types';
import { homeView, QUEUE_PAGE } from './blocks';
import type { SlackContext } from './context';
import { clerkTitleOf, DEFAULT_CLERK_TITLE } from '../labels';

/** The default council's title for its Clerk, which lists name ("requests with the Chief Executive"). */
export function defaultClerkTitle(ctx: Partial<Pick<SlackContext, 'library' | 'assistant'>>): string {
  return ctx.library && ctx.assistant ? clerkTitleOf(ctx.library, ctx.assistant.defaultCouncil) : DEFAULT_CLERK_TITLE;
}

/** Own requests: open ones first (in the queue's order), then the most recently closed. */
function ownOrder(requests: ClerkRequest[]): ClerkRequest[] {
  const open = requests.filter((r) => isOpen(r.status));
  const closed = requests.filter((r) => !isOpen(r.status)).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return [...open, ...closed];
}

/** Publishes a user's App Home: their own requests, and for Clerks the open queue. */
export async function publishHome(
  ctx: Pick<SlackContext, 'identity' | 'queue'> & Partial<Pick<SlackContext, 'library' | 'assistant'>>,
  client: Pick<webApi.WebClient, 'views' | 'users'>,
  slackId: string,
  notice?: string,
): Promise<void> {
  const person = await ctx.identity.person(slackId, client);
  const own = ownOrder(ctx.queue.list({ requesterId: person.userId }, person));
  // The first page only: App Home shows what fits, and `/clerk-queue` pages through the rest.
  const page = person.role === 'clerk' ? ctx.queue.page({ status: 'open' }, person, { limit: QUEUE_PAGE.home }) : undefined;
  await client.views.publish({ user_id: slackId, view: homeView({ person, own, queue: page?.requests, queueTotal: page?.total, notice, clerkTitle: defaultClerkTitle(ctx) }) });
}
