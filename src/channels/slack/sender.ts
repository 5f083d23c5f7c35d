import type { webApi } from '@slack/bolt';
import type { Logger } from '../../log';
import type { ClerkQueue } from '../../queue/queue';
import type { Notification, NotificationSender } from '../../queue/types';
import { clerkChannelMessage, clerkComplaintMessage, requesterUpdateMessage, SlackMessage } from './blocks';
import { configuredSlackId, slackIdOf } from './identity';

export const SLACK_PLATFORM = 'slack';
/** The `channel_posts` key of a complaint-about-the-Clerk DM, kept apart from the Clerks' channel post. */
const COMPLAINT_DM = 'slack-complaint-dm';

type SlackCalls = Pick<webApi.WebClient, 'chat' | 'conversations'>;
type PostStore = Pick<ClerkQueue, 'channelPost' | 'setChannelPost'>;

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
 * (chat.update) rather than adding noise. `requester`: a DM to a `slack:` user. Throwing makes
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
    const message = clerkComplaintMessage(request, notification.change);
    const existing = parsePost(this.posts.channelPost(request.id, COMPLAINT_DM));
    if (existing && existing.user === user) {
      if (existing.shown && existing.shown > request.updatedAt) {
        this.logger.info('slack.clerk_complaint_newer', { request: request.id, status: request.status });
        return;
      }
      try {
        await this.client.chat.update({ channel: existing.channel, ts: existing.ts, ...message });
        this.posts.setChannelPost(request.id, COMPLAINT_DM, JSON.stringify({ ...existing, shown: request.updatedAt }));
        this.logger.info('slack.clerk_complaint_updated', { request: request.id, user, event: notification.event });
        return;
      } catch (error) {
        this.logger.warn('slack.clerk_complaint_update_failed', { request: request.id, user, error: error instanceof Error ? error.message : String(error) });
      }
    }
    const posted = await sendDirectMessage(this.client, user, message);
    // Without a ts there is nothing to update later: the next step posts anew.
    if (posted.ts) this.posts.setChannelPost(request.id, COMPLAINT_DM, JSON.stringify({ channel: posted.channel, ts: posted.ts, shown: request.updatedAt, user } satisfies ChannelPost));
    this.logger.info('slack.clerk_complaint_sent', { request: request.id, user, event: notification.event });
  }

  private async toClerks(notification: Notification): Promise<void> {
    const { request } = notification;
    const message = clerkChannelMessage(request, notification.change);
    const existing = parsePost(this.posts.channelPost(request.id, SLACK_PLATFORM));
    if (existing) {
      if (existing.shown && existing.shown > request.updatedAt) {
        this.logger.info('slack.clerk_post_newer', { request: request.id, status: request.status });
        return;
      }
      await this.client.chat.update({ channel: existing.channel, ts: existing.ts, ...message });
      this.savePost(request.id, { ...existing, shown: request.updatedAt });
      this.logger.info('slack.clerk_post_updated', { request: request.id, status: request.status });
      return;
    }
    const channel = this.clerkChannel as string;
    const posted = await this.client.chat.postMessage({ channel, ...message, unfurl_links: false, unfurl_media: false });
    if (!posted.ts) throw new Error('chat.postMessage returned no ts');
    this.savePost(request.id, { channel: posted.channel ?? channel, ts: posted.ts, shown: request.updatedAt });
    this.logger.info('slack.clerk_post_created', { request: request.id, status: request.status });
  }

  private savePost(requestId: number, post: ChannelPost): void {
    this.posts.setChannelPost(requestId, SLACK_PLATFORM, JSON.stringify(post));
  }

  private async toRequester(notification: Notification): Promise<void> {
    const user = slackIdOf(notification.recipient) as string;
    const message = requesterUpdateMessage(notification.request, notification.change);
    await sendDirectMessage(this.client, user, message);
    this.logger.info('slack.requester_notified', { request: notification.requestId, user, event: notification.event });
  }
}

/** A Slack user id as a deployer configures it (`U123` or `slack:U123`); undefined for another platform's. */

/** Opens (or finds) the DM with a user and posts to it; returns where the message is. */
export async function sendDirectMessage(client: SlackCalls, user: string, message: SlackMessage): Promise<{ channel: string; ts?: string }> {
  const opened = await client.conversations.open({ users: user });
  const channel = opened.channel?.id;
  if (!channel) throw new Error('conversations.open returned no channel');
  const posted = await client.chat.postMessage({ channel, ...message, unfurl_links: false, unfurl_media: false });
  return { channel: posted.channel ?? channel, ...(posted.ts ? { ts: posted.ts } : {}) };
}
