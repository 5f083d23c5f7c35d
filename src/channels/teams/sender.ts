/**
 * Delivers outbox notifications in Teams: each request as a card in the Clerks' channel,
 * updated in place as its status changes, and each change to the requester's personal chat.
 * It accepts only what it can deliver: the Clerks' channel once a Clerk has registered one,
 * and `teams:` users whose personal chat it knows.
 */
import type { Logger } from '../../log';
import type { ClerkQueue } from '../../queue/queue';
import type { Notification, NotificationSender } from '../../queue/types';
import { attachment, clerkComplaintCard, clerkRequestCard, filedCard, requesterUpdateCard } from './cards';
import { CLERKS_CHANNEL_KEY, PLATFORM } from './bot';
import { configuredTeamsKey } from './identity';
import { parseReference, ProactiveMessenger, Reference } from './proactive';

/** The `channel_posts` key of a complaint-about-the-Clerk card, kept apart from the Clerks' channel post. */
const COMPLAINT_CHAT = 'teams-complaint-chat';

export type SenderQueue = Pick<ClerkQueue, 'conversationReference' | 'channelPost' | 'setChannelPost'>;

/** Where a request's card sits, and which version of the request it shows. */
interface ChannelPost {
  conversationId: string;
  activityId: string;
  shows: string;
}

function parsePost(json: string | undefined): ChannelPost | undefined {
  if (!json) return undefined;
  try {
    const post = JSON.parse(json) as Partial<ChannelPost>;
    return typeof post.conversationId === 'string' && typeof post.activityId === 'string' ? { shows: '', ...post } as ChannelPost : undefined;
  } catch {
    return undefined;
  }
}

export class TeamsNotificationSender implements NotificationSender {
  readonly name = 'teams';

  constructor(
    private readonly deps: { queue: SenderQueue; messenger: ProactiveMessenger; logger: Logger },
  ) {}

  accepts(notification: Notification): boolean {
    if (notification.audience === 'clerks') return this.clerksChannel() !== undefined;
    if (notification.audience === 'clerk_complaints') {
      // Waits (not accepted) until the person has opened a personal chat with the bot.
      const key = configuredTeamsKey(notification.recipient);
      return key !== undefined && this.personalChat(key) !== undefined;
    }
    const recipient = notification.recipient ?? '';
    return recipient.startsWith(`${PLATFORM}:`) && this.personalChat(recipient) !== undefined;
  }

  async deliver(notification: Notification): Promise<void> {
    if (notification.audience === 'clerks') await this.toClerks(notification);
    else if (notification.audience === 'clerk_complaints') await this.toComplaintHandler(notification);
    else await this.toRequester(notification);
  }

  /**
   * A complaint about the Clerk: to the configured person's personal chat, never the Clerks'
   * channel. The first card is updated in place at each later step (one card, live buttons only
   * on the current state); if the update fails (the card gone, say), a new card is sent and
   * becomes the one updated. Throwing leaves the notification in the outbox to retry.
   */
  private async toComplaintHandler(notification: Notification): Promise<void> {
    const { queue, messenger, logger } = this.deps;
    const key = configuredTeamsKey(notification.recipient) as string;
    const chat = this.personalChat(key);
    if (!chat) throw new Error('no personal chat is known for the person who receives complaints about the Clerk');
    const request = notification.request;
    const activity = { type: 'message', attachments: [attachment(clerkComplaintCard(request, { change: notification.change }))] };
    const post = parsePost(queue.channelPost(request.id, COMPLAINT_CHAT));
    if (post && post.conversationId === chat.conversation?.id) {
      if (post.shows > request.updatedAt) {
        logger.debug('teams.clerk_complaint_newer', { request: request.id, notification: notification.id });
        return;
      }
      try {
        await messenger.update(chat, post.activityId, activity);
        queue.setChannelPost(request.id, COMPLAINT_CHAT, JSON.stringify({ ...post, shows: request.updatedAt }));
        logger.info('teams.clerk_complaint_updated', { request: request.id, event: notification.event, to: key });
        return;
      } catch (error) {
        logger.warn('teams.clerk_complaint_update_failed', { request: request.id, to: key, error: error instanceof Error ? error.message : String(error) });
      }
    }
    const activityId = await messenger.send(chat, activity);
    // Without an id there is nothing to update later: the next step sends anew.
    if (activityId) {
      queue.setChannelPost(request.id, COMPLAINT_CHAT, JSON.stringify({ conversationId: chat.conversation!.id, activityId, shows: request.updatedAt } satisfies ChannelPost));
    }
    logger.info('teams.clerk_complaint_sent', { request: request.id, event: notification.event, to: key });
  }

  private async toClerks(notification: Notification): Promise<void> {
    const { queue, messenger, logger } = this.deps;
    const channel = this.clerksChannel();
    if (!channel) throw new Error("no Clerks' channel is registered in Teams");
    const request = notification.request;
    const activity = { type: 'message', attachments: [attachment(clerkRequestCard(request, { change: notification.change }))] };
    const post = parsePost(queue.channelPost(request.id, PLATFORM));

    if (post && post.conversationId === channel.conversation?.id) {
      // Notifications can arrive out of order after a retry: never replace a newer card with an older one.
      if (post.shows > request.updatedAt) {
        logger.debug('teams.channel_post_newer', { request: request.id, notification: notification.id });
        return;
      }
      await messenger.update({ ...channel, conversation: { ...channel.conversation!, id: post.conversationId } }, post.activityId, activity);
      queue.setChannelPost(request.id, PLATFORM, JSON.stringify({ ...post, shows: request.updatedAt }));
      logger.info('teams.channel_post_updated', { request: request.id, status: request.status });
      return;
    }
    // Not posted yet (or posted to a channel since replaced): post it now.
    const activityId = await messenger.send(channel, activity);
    if (!activityId) throw new Error('Teams did not return an id for the channel post');
    queue.setChannelPost(request.id, PLATFORM, JSON.stringify({ conversationId: channel.conversation!.id, activityId, shows: request.updatedAt } satisfies ChannelPost));
    logger.info('teams.channel_posted', { request: request.id, status: request.status });
  }

  private async toRequester(notification: Notification): Promise<void> {
    const recipient = notification.recipient ?? '';
    const chat = this.personalChat(recipient);
    if (!chat) throw new Error('no personal chat is known for the requester');
    const content = notification.event === 'filed' ? filedCard(notification.request) : requesterUpdateCard(notification.request, notification.change);
    await this.deps.messenger.send(chat, { type: 'message', attachments: [attachment(content)] });
    this.deps.logger.info('teams.requester_told', { request: notification.requestId, event: notification.event, to: recipient });
  }

  private clerksChannel(): Reference | undefined {
    return parseReference(this.deps.queue.conversationReference(PLATFORM, CLERKS_CHANNEL_KEY));
  }

  private personalChat(userId: string): Reference | undefined {
    return parseReference(this.deps.queue.conversationReference(PLATFORM, userId));
  }
}
