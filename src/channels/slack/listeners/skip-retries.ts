import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from '../../../log';

/**
 * Slack re-sends an event it thinks went unanswered (`x-slack-retry-num` over HTTP,
 * `retry_attempt` in Socket Mode). Every listener acks at once, so a retry means only that the
 * first delivery was slow to arrive: it is dropped, as is any event id already seen, so a
 * question is never answered twice. Form submissions are not dropped here: they file with an
 * idempotency key instead, so a genuine re-submission after a failure still gets through.
 */
export function skipRetries(logger: Logger, remember = 1000): Middleware<AnyMiddlewareArgs> {
  const seen = new Set<string>();
  return async (args) => {
    const body = args.body as { type?: string; event_id?: string; command?: string };
    const retryNum = args.context.retryNum ?? 0;
    const isEvent = body.type === 'event_callback';
    const isCommand = typeof body.command === 'string';
    if ((isEvent || isCommand) && retryNum > 0) {
      logger.info('slack.retry_ignored', { eventId: body.event_id, command: body.command, retryNum, reason: args.context.retryReason });
      if (isCommand && 'ack' in args && typeof args.ack === 'function') await args.ack();
      return;
    }
    if (isEvent && body.event_id) {
      if (seen.has(body.event_id)) {
        logger.info('slack.duplicate_event_ignored', { eventId: body.event_id });
        return;
      }
      seen.add(body.event_id);
      // A Set iterates in insertion order: drop the oldest to keep memory bounded.
      if (seen.size > remember) seen.delete(seen.values().next().value as string);
    }
    await args.next();
  };
}
