/**
 * Delivers outbox notifications in Teams: each request as a card in the Clerks' channel,
 * updated in place as its status changes, and each change to the requester's personal chat.
 * It accepts only what it can deliver: the Clerks' channel once a Clerk has registered one,
 * and `teams:` users whose personal chat it knows.
 */
import type { Logger } from '../../log';
import type { ClerkQueue } from '../../queue/queue';
import { Notification, NotificationSender, RecipientGone } from '../../queue/types';
import { attachment, clerkComplaintCard, clerkRequestCard, filedCard, requesterUpdateCard } from './cards';
import { CLERKS_CHANNEL_KEY, PLATFORM } from './bot';
import { configuredTeamsKey } from './identity';
import { connectorRefusal, parseReference, ProactiveMessenger, Reference } from './proactive';
import type { Activity } from 'botbuilder';
import { keepMessageUpToDate, KeptMessage, KeptMessagePolicy, KeptMessageStep } from '../kept-message';
import { DEFAULT_CLERK_TITLE } from '../labels';

/** The `channel_posts` key of a complaint-about-the-Clerk card, kept apart from the Clerks' channel post. */
const COMPLAINT_CHAT = 'teams-complaint-chat';

/**
 * What the Bot Connector answers, for good, about a person's personal chat with the bot once no
 * message can reach it (Microsoft's "Status codes from bot conversational APIs", each marked
 * "retry: no"): 403 `BotNotInConversationRoster` (the app uninstalled there, as when someone
 * leaves and their account goes), 403 `ConversationBlockedByUser` (they blocked the bot), 404
 * `ConversationNotFound` (the chat deleted). Only ever read for a requester: the Clerks' channel
 * and the person who handles complaints about the Clerk are the operator's to fix, so those keep
 * failing and keep `doctor` and the Clerks' alert saying so. `BotDisabledByAdmin` is left out on
 * purpose: it is the tenant's whole bot, not one person gone.
 */
const GONE_REQUESTER: ReadonlyArray<{ status: number; code: string }> = [
  { status: 403, code: 'BotNotInConversationRoster' },
  { status: 403, code: 'ConversationBlockedByUser' },
  { status: 404, code: 'ConversationNotFound' },
];

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

  private clerkTitle(council: string): string {
    return this.deps.clerkTitleOf?.(council) ?? DEFAULT_CLERK_TITLE;
  }

  constructor(
    /** `clerkTitleOf`: the title each council gives its Clerk (labels.ts), which the cards name. */
    private readonly deps: { queue: SenderQueue; messenger: ProactiveMessenger; logger: Logger; clerkTitleOf?: (council: string) => string },
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
    const { logger } = this.deps;
    const key = configuredTeamsKey(notification.recipient) as string;
    const chat = this.personalChat(key);
    if (!chat) throw new Error('no personal chat is known for the person who receives complaints about the Clerk');
    const request = notification.request;
    const activity = { type: 'message', attachments: [attachment(clerkComplaintCard(request, { change: notification.change, clerkTitle: this.clerkTitle(request.council) }))] };
    await this.keepCard(request.id, request.updatedAt, COMPLAINT_CHAT, chat, activity, 'send anew', (step, error) => {
      if (step === 'newer_shown') logger.debug('teams.clerk_complaint_newer', { request: request.id, notification: notification.id });
      else if (step === 'update_failed') logger.warn('teams.clerk_complaint_update_failed', { request: request.id, to: key, error });
      else logger.info(step === 'updated' ? 'teams.clerk_complaint_updated' : 'teams.clerk_complaint_sent', { request: request.id, event: notification.event, to: key });
    });
  }

  /** The Clerks' channel: one card per request, updated in place; any failure is retried by the outbox. */
  private async toClerks(notification: Notification): Promise<void> {
    const { logger } = this.deps;
    const channel = this.clerksChannel();
    if (!channel) throw new Error("no Clerks' channel is registered in Teams");
    const request = notification.request;
    const activity = { type: 'message', attachments: [attachment(clerkRequestCard(request, { change: notification.change, clerkTitle: this.clerkTitle(request.council) }))] };
    await this.keepCard(request.id, request.updatedAt, PLATFORM, channel, activity, 'one message', (step) => {
      if (step === 'newer_shown') logger.debug('teams.channel_post_newer', { request: request.id, notification: notification.id });
      else logger.info(step === 'updated' ? 'teams.channel_post_updated' : 'teams.channel_posted', { request: request.id, status: request.status });
    });
  }

  /**
   * The card of a request kept up to date in one conversation, saved under `key` in the queue's channel posts; a card
   * saved in another conversation (the Clerks' channel replaced, another person configured) is left, and a new one sent.
   */
  private keepCard(requestId: number, shows: string, key: string, to: Reference, activity: Partial<Activity>, policy: KeptMessagePolicy, log: KeptMessage<ChannelPost>['log']): Promise<KeptMessageStep> {
    const { queue, messenger } = this.deps;
    const saved = parsePost(queue.channelPost(requestId, key));
    const conversationId = to.conversation!.id;
    return keepMessageUpToDate<ChannelPost>({
      policy,
      saved: saved?.conversationId === conversationId ? saved : undefined,
      shownIn: (post) => post.shows,
      shows,
      update: (post) => messenger.update(to, post.activityId, activity),
      send: async () => {
        const activityId = await messenger.send(to, activity);
        return activityId ? { conversationId, activityId, shows: '' } : undefined;
      },
      save: (post, shown) => queue.setChannelPost(requestId, key, JSON.stringify({ ...post, shows: shown } satisfies ChannelPost)),
      log,
    });
  }

  private async toRequester(notification: Notification): Promise<void> {
    const recipient = notification.recipient ?? '';
    const chat = this.personalChat(recipient);
    if (!chat) throw new Error('no personal chat is known for the requester');
    const clerkTitle = this.clerkTitle(notification.request.council);
    const content = notification.event === 'filed' ? filedCard(notification.request, undefined, clerkTitle) : requesterUpdateCard(notification.request, notification.change, clerkTitle);
    try {
      await this.deps.messenger.send(chat, { type: 'message', attachments: [attachment(content)] });
    } catch (error) {
      const refusal = connectorRefusal(error);
      if (refusal && GONE_REQUESTER.some((gone) => gone.status === refusal.status && gone.code === refusal.code)) throw new RecipientGone(refusal.code);
      throw error;
    }
    this.deps.logger.info('teams.requester_told', { request: notification.requestId, event: notification.event, to: recipient });
  }

  private clerksChannel(): Reference | undefined {
    return parseReference(this.deps.queue.conversationReference(PLATFORM, CLERKS_CHANNEL_KEY));
  }

  private personalChat(userId: string): Reference | undefined {
    return parseReference(this.deps.queue.conversationReference(PLATFORM, userId));
  }
}
