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
import { keepMessageUpToDate } from '../kept-message';

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
    const saved = parsePost(queue.channelPost(request.id, COMPLAINT_CHAT));
    await keepMessageUpToDate<ChannelPost>({
      policy: 'send anew',
      // A newly configured person's chat gets a card of its own, never an update of the previous one's.
      saved: saved?.conversationId === chat.conversation?.id ? saved : undefined,
      shownIn: (post) => post.shows,
      shows: request.updatedAt,
      update: (post) => messenger.update(chat, post.activityId, activity),
      send: async () => {
        const activityId = await messenger.send(chat, activity);
        return activityId ? { conversationId: chat.conversation!.id, activityId, shows: '' } : undefined;
      },
      save: (post, shows) => queue.setChannelPost(request.id, COMPLAINT_CHAT, JSON.stringify({ ...post, shows } satisfies ChannelPost)),
      log: (step, error) => {
        if (step === 'newer_shown') logger.debug('teams.clerk_complaint_newer', { request: request.id, notification: notification.id });
        else if (step === 'update_failed') logger.warn('teams.clerk_complaint_update_failed', { request: request.id, to: key, error });
        else logger.info(step === 'updated' ? 'teams.clerk_complaint_updated' : 'teams.clerk_complaint_sent', { request: request.id, event: notification.event, to: key });
      },
    });
  }

  /** The Clerks' channel: one card per request, updated in place; any failure is retried by the outbox. */
  private async toClerks(notification: Notification): Promise<void> {
    const { queue, messenger, logger } = this.deps;
    const channel = this.clerksChannel();
    if (!channel) throw new Error("no Clerks' channel is registered in Teams");
    const request = notification.request;
    const activity = { type: 'message', attachments: [attachment(clerkRequestCard(request, { change: notification.change }))] };
    const saved = parsePost(queue.channelPost(request.id, PLATFORM));
    await keepMessageUpToDate<ChannelPost>({
      policy: 'one message',
      // Posted to a channel since replaced: post it in the new one.
      saved: saved?.conversationId === channel.conversation?.id ? saved : undefined,
      shownIn: (post) => post.shows,
      shows: request.updatedAt,
      update: (post) => messenger.update({ ...channel, conversation: { ...channel.conversation!, id: post.conversationId } }, post.activityId, activity),
      send: async () => {
        const activityId = await messenger.send(channel, activity);
        return activityId ? { conversationId: channel.conversation!.id, activityId, shows: '' } : undefined;
      },
      save: (post, shows) => queue.setChannelPost(request.id, PLATFORM, JSON.stringify({ ...post, shows } satisfies ChannelPost)),
      log: (step) => {
        if (step === 'newer_shown') logger.debug('teams.channel_post_newer', { request: request.id, notification: notification.id });
        else logger.info(step === 'updated' ? 'teams.channel_post_updated' : 'teams.channel_posted', { request: request.id, status: request.status });
      },
    });
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
