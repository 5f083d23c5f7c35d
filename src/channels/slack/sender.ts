import type { webApi } from '@slack/bolt';
import type { Logger } from '../../log';
import type { ClerkQueue } from '../../queue/queue';
import { Notification, NotificationSender, RecipientGone } from '../../queue/types';
import { clerkChannelMessage, clerkComplaintMessage, filedReceiptMessage, requesterUpdateMessage, SlackMessage } from './blocks';
import { configuredSlackId, slackIdOf } from './identity';
import { slackErrorCode } from './errors';
import { keepMessageUpToDate } from '../kept-message';
import { DEFAULT_CLERK_TITLE } from '../labels';

export const SLACK_PLATFORM = 'slack';
/** The `channel_posts` key of a complaint-about-the-Clerk DM, kept apart from the Clerks' channel post. */
const COMPLAINT_DM = 'slack-complaint-dm';

type SlackCalls = Pick<webApi.WebClient, 'chat' | 'conversations'>;
/** Where posts are kept, and what a receipt adds when nobody can receive the request (`filedNotice`). */
type PostStore = Pick<ClerkQueue, 'channelPost' | 'setChannelPost' | 'filedNotice'>;

/** Where a request's message in the Clerks' channel is, as saved with `queue.setChannelPost`. */
interface ChannelPost {
  channel: string;
  ts: string;
  /** The request's updatedAt as last shown, so a late retry never overwrites a newer state. */
  shown?: string;
  /** For a DM: whom it was sent to, so a newly configured person never gets the old one's message updated. */
  user?: string;
}

function parsePost(reference: string | undefined): ChannelPost | undefined {
  if (!reference) return undefined;
  try {
    const parsed = JSON.parse(reference) as Partial<ChannelPost>;
    if (typeof parsed.channel !== 'string' || typeof parsed.ts !== 'string') return undefined;
    return {
      channel: parsed.channel,
      ts: parsed.ts,
      ...(typeof parsed.shown === 'string' ? { shown: parsed.shown } : {}),
      ...(typeof parsed.user === 'string' ? { user: parsed.user } : {}),
    };
  } catch {
    return undefined;
  }
}

/**
 * Delivers outbox notifications on Slack. `clerks`: a new request is posted to the Clerks'
 * channel and its message ts saved, so each later status change updates that message in place
 * (chat.update) rather than adding noise. `requester`: a DM to a `slack:` user, their receipt
 * for `filed` (written when a Slack form files it) and the step for `status_changed`. Throwing makes
 * the dispatcher retry later; a re-delivery after a crash finds the saved ts and updates instead
 * of posting twice.
 */
export class SlackNotificationSender implements NotificationSender {
  readonly name = SLACK_PLATFORM;

  constructor(
    private readonly client: SlackCalls,
    private readonly posts: PostStore,
    private readonly clerkChannel: string | undefined,
    private readonly logger: Logger,
    /** The title each council gives its Clerk (labels.ts `clerkTitleOf`), which the messages name. */
    private readonly clerkTitleOf: (council: string) => string = () => DEFAULT_CLERK_TITLE,
  ) {}

  accepts(notification: Notification): boolean {
    if (notification.audience === 'clerks') return Boolean(this.clerkChannel);
    if (notification.audience === 'clerk_complaints') return configuredSlackId(notification.recipient) !== undefined;
    return slackIdOf(notification.recipient) !== undefined;
  }

  async deliver(notification: Notification): Promise<void> {
    if (notification.audience === 'clerks') await this.toClerks(notification);
    else if (notification.audience === 'clerk_complaints') await this.toComplaintHandler(notification);
    else await this.toRequester(notification);
  }

  /**
   * A complaint about the Clerk: a DM to the person configured for it, never the Clerks' channel.
   * Its first DM is updated in place at each later step (one message, live buttons only on the
   * current state); if that update fails (the DM deleted, say), a new DM is posted and becomes the
   * one updated. Throwing leaves the notification in the outbox to retry.
   */
  private async toComplaintHandler(notification: Notification): Promise<void> {
    const user = configuredSlackId(notification.recipient) as string;
    const { request } = notification;
    const message = clerkComplaintMessage(request, notification.change, this.clerkTitleOf(request.council));
    const saved = parsePost(this.posts.channelPost(request.id, COMPLAINT_DM));
    await keepMessageUpToDate<ChannelPost>({
      policy: 'send anew',
      // A newly configured person gets a message of their own, never an update of the previous one's.
      saved: saved?.user === user ? saved : undefined,
      shownIn: (post) => post.shown,
      shows: request.updatedAt,
      update: async (post) => {
        await this.client.chat.update({ channel: post.channel, ts: post.ts, ...message });
      },
      send: async () => {
        const posted = await sendDirectMessage(this.client, user, message);
        return posted.ts ? { channel: posted.channel, ts: posted.ts, user } : undefined;
      },
      save: (post, shown) => this.savePost(request.id, COMPLAINT_DM, post, shown),
      log: (step, error) => {
        if (step === 'newer_shown') this.logger.info('slack.clerk_complaint_newer', { request: request.id, status: request.status });
        else if (step === 'update_failed') this.logger.warn('slack.clerk_complaint_update_failed', { request: request.id, user, error });
        else this.logger.info(step === 'updated' ? 'slack.clerk_complaint_updated' : 'slack.clerk_complaint_sent', { request: request.id, user, event: notification.event });
      },
    });
  }

  /** The Clerks' channel: one post per request, updated in place; any failure is retried by the outbox. */
  private async toClerks(notification: Notification): Promise<void> {
    const { request } = notification;
    const message = clerkChannelMessage(request, notification.change, this.clerkTitleOf(request.council));
    const channel = this.clerkChannel as string;
    await keepMessageUpToDate<ChannelPost>({
      policy: 'one message',
      saved: parsePost(this.posts.channelPost(request.id, SLACK_PLATFORM)),
      shownIn: (post) => post.shown,
      shows: request.updatedAt,
      update: async (post) => {
        await this.client.chat.update({ channel: post.channel, ts: post.ts, ...message });
      },
      send: async () => {
        const posted = await this.client.chat.postMessage({ channel, ...message, unfurl_links: false, unfurl_media: false });
        return posted.ts ? { channel: posted.channel ?? channel, ts: posted.ts } : undefined;
      },
      save: (post, shown) => this.savePost(request.id, SLACK_PLATFORM, post, shown),
      log: (step) => {
        const event = step === 'newer_shown' ? 'slack.clerk_post_newer' : step === 'updated' ? 'slack.clerk_post_updated' : 'slack.clerk_post_created';
        this.logger.info(event, { request: request.id, status: request.status });
      },
    });
  }

  private savePost(requestId: number, key: string, post: ChannelPost, shown: string): void {
    const saved: ChannelPost = { channel: post.channel, ts: post.ts, shown, ...(post.user ? { user: post.user } : {}) };
    this.posts.setChannelPost(requestId, key, JSON.stringify(saved));
  }

  private async toRequester(notification: Notification): Promise<void> {
    const user = slackIdOf(notification.recipient) as string;
    const { request } = notification;
    const clerkTitle = this.clerkTitleOf(request.council);
    const message =
      notification.event === 'filed' ? filedReceiptMessage(request, this.posts.filedNotice(request), clerkTitle) : requesterUpdateMessage(request, notification.change, clerkTitle);
    try {
      await sendDirectMessage(this.client, user, message);
    } catch (error) {
      const code = slackErrorCode(error);
      if (code !== undefined && GONE_MEMBER_ERRORS.has(code)) throw new RecipientGone(code);
      throw error;
    }
    this.logger.info('slack.requester_notified', { request: notification.requestId, user, event: notification.event });
  }
}

/**
 * What Slack answers for a member who is no longer there (deactivated when they left the council,
 * or removed): their requests stay, but no DM can ever reach them. Only for a requester: a
 * complaint's handler who has gone must be replaced in the configuration, so that keeps failing.
 */
const GONE_MEMBER_ERRORS = new Set(['user_disabled', 'user_not_found']);

/** A Slack user id as a deployer configures it (`U123` or `slack:U123`); undefined for another platform's. */

/** Opens (or finds) the DM with a user and posts to it; returns where the message is. */
export async function sendDirectMessage(client: SlackCalls, user: string, message: SlackMessage): Promise<{ channel: string; ts?: string }> {
  const opened = await client.conversations.open({ users: user });
  const channel = opened.channel?.id;
  if (!channel) throw new Error('conversations.open returned no channel');
  const posted = await client.chat.postMessage({ channel, ...message, unfurl_links: false, unfurl_media: false });
  return { channel: posted.channel ?? channel, ...(posted.ts ? { ts: posted.ts } : {}) };
}
