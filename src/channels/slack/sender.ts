import type { webApi } from '@slack/bolt';
import type { Logger } from '../../log';
import type { ClerkQueue } from '../../queue/queue';
import type { Notification, NotificationSender } from '../../queue/types';
import { clerkChannelMessage, clerkComplaintMessage, requesterUpdateMessage, SlackMessage } from './blocks';
import { configuredSlackId, slackIdOf } from './identity';

export const SLACK_PLATFORM = 'slack';

type SlackCalls = Pick<webApi.WebClient, 'chat' | 'conversations'>;
type PostStore = Pick<ClerkQueue, 'channelPost' | 'setChannelPost'>;

/** Where a request's message in the Clerks' channel is, as saved with `queue.setChannelPost`. */
interface ChannelPost {
  channel: string;
  ts: string;
  /** The request's updatedAt as last shown, so a late retry never overwrites a newer state. */
  shown?: string;
}

function parsePost(reference: string | undefined): ChannelPost | undefined {
  if (!reference) return undefined;
  try {
    const parsed = JSON.parse(reference) as Partial<ChannelPost>;
    if (typeof parsed.channel !== 'string' || typeof parsed.ts !== 'string') return undefined;
    return { channel: parsed.channel, ts: parsed.ts, ...(typeof parsed.shown === 'string' ? { shown: parsed.shown } : {}) };
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

  /** A complaint about the Clerk: a DM to the person configured for it, never the Clerks' channel. */
  private async toComplaintHandler(notification: Notification): Promise<void> {
    const user = configuredSlackId(notification.recipient) as string;
    await sendDirectMessage(this.client, user, clerkComplaintMessage(notification.request, notification.change));
    this.logger.info('slack.clerk_complaint_sent', { request: notification.requestId, user, event: notification.event });
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

/** Opens (or finds) the DM with a user and posts to it. */
export async function sendDirectMessage(client: SlackCalls, user: string, message: SlackMessage): Promise<void> {
  const opened = await client.conversations.open({ users: user });
  const channel = opened.channel?.id;
  if (!channel) throw new Error('conversations.open returned no channel');
  await client.chat.postMessage({ channel, ...message, unfurl_links: false, unfurl_media: false });
}
