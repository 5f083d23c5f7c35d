/**
 * While the bot runs: the doctor's checks once at start-up, logged as warnings, and a watch on
 * the outbox that tells the Clerks once when notifications have been failing for an hour (a
 * secret expired, the bot was removed from their channel...), instead of leaving them waiting
 * in silence.
 */
import type { ChannelDeps, RunningChannel } from '../channels/deps';
import type { Logger } from '../log';
import type { ClerkQueue } from '../queue/queue';
import { localChecks, slackChecks, teamsChecks } from './doctor';
import { slackConfigured, teamsConfigured } from '../config';

/** Failing this long before the Clerks are told. */
export const ALERT_AFTER_MS = 60 * 60_000;
const WATCH_EVERY_MS = 5 * 60_000;

/** A channel that can reach the Clerks directly, not through the (failing) outbox. */
export interface ClerkAlerts {
  alertClerks(text: string): Promise<void>;
}
const canAlert = (channel: RunningChannel): channel is RunningChannel & ClerkAlerts =>
  typeof (channel as Partial<ClerkAlerts>).alertClerks === 'function';

export interface NotificationWatch {
  /** Looks once (the timer calls this every few minutes); resolves when any alert is sent. */
  checkNow(): Promise<void>;
  stop(): void;
}

export function watchNotifications(options: {
  queue: Pick<ClerkQueue, 'outbox'>;
  channels: RunningChannel[];
  logger: Logger;
  now?: () => Date;
  everyMs?: number;
}): NotificationWatch {
  const { queue, channels, logger } = options;
  const now = options.now ?? (() => new Date());
  // One message per episode: told once, then quiet until notifications flow again.
  let told = false;
  let checking: Promise<void> = Promise.resolve();
  const check = async () => {
    const failing = queue.outbox.failing();
    const since = failing.oldestCreatedAt ? new Date(failing.oldestCreatedAt) : undefined;
    if (!since || failing.count === 0) {
      told = false;
      return;
    }
    const forMs = now().getTime() - since.getTime();
    if (forMs < ALERT_AFTER_MS || told) return;
    told = true;
    const hours = Math.floor(forMs / ALERT_AFTER_MS);
    logger.error('outbox.notifications_failing', { count: failing.count, since: failing.oldestCreatedAt });
    const text =
      `Protocol Assistant: ${failing.count} notification(s) about requests have not been delivered for ${hours === 1 ? 'an hour' : `${hours} hours`}. ` +
      'New requests may be waiting unseen. Please ask whoever runs the bot to run `protocol-bot doctor`; meanwhile `protocol-bot queue list` shows the queue.';
    for (const channel of channels.filter(canAlert)) {
      await channel.alertClerks(text).catch((error: unknown) => logger.error('ops.clerk_alert_failed', { via: channel.name, error: String((error as Error)?.message ?? error).split('\n')[0] }));
    }
  };
  const timer = setInterval(() => {
    checking = checking.then(check).catch((error: unknown) => logger.warn('ops.notification_watch_failed', { error: String((error as Error)?.message ?? error) }));
  }, options.everyMs ?? WATCH_EVERY_MS);
  timer.unref();
  return {
    checkNow: () => (checking = checking.then(check)),
    stop: () => clearInterval(timer),
  };
}

/** The doctor's checks, at start-up, as warnings: the bot starts anyway, and says what is wrong. */
export async function startupWarnings(deps: ChannelDeps, _channels: RunningChannel[], logger: Logger): Promise<void> {
  const { config } = deps;
  try {
    const checks = [
      // The integrity check ran when the database was opened; the rest are cheap.
      ...localChecks(config, { skipIntegrity: true, intents: [...deps.assistant.engine.intents.values()] }),
      ...(slackConfigured(config) ? await slackChecks(config) : []),
      ...(teamsConfigured(config) ? teamsChecks(config) : []),
    ];
    for (const check of checks.filter((c) => !c.ok)) logger.warn('ops.setup_check_failed', { check: check.name, detail: check.detail, fix: check.fix });
  } catch (error) {
    logger.warn('ops.setup_checks_failed', { error: String((error as Error)?.message ?? error).split('\n')[0] });
  }
}
