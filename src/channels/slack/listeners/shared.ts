/** What several listeners share: their argument types, private replies, reading button values. */
import type {
  AllMiddlewareArgs,
  BlockAction,
  ButtonAction,
  SlackActionMiddlewareArgs,
  SlackCommandMiddlewareArgs,
  SlackViewMiddlewareArgs,
  ViewSubmitAction,
} from '@slack/bolt';
import { z } from 'zod';
import { QueueError } from '../../../queue/types';
import type { SlackMessage } from '../blocks';
import type { SlackContext } from '../context';
import { escapeMrkdwn } from '../escape';
import { queueMessageText } from '../../labels';
import { publishHome } from '../home';
import { sendDirectMessage } from '../sender';

export type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;
export type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;
export type SubmissionArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

export type CommandListener = (args: CommandArgs) => Promise<void>;
export type ButtonListener = (args: ButtonArgs) => Promise<void>;
export type SubmissionListener = (args: SubmissionArgs) => Promise<void>;

/** An ephemeral reply to a slash command: only the person who typed it sees it. */
export async function replyPrivately(respond: CommandArgs['respond'], message: SlackMessage | string): Promise<void> {
  const content = typeof message === 'string' ? { text: message } : message;
  await respond({ response_type: 'ephemeral', ...content });
}

/**
 * Tells the person who pressed a button something only they see: an ephemeral message where
 * the button was (via response_url), their App Home with a notice when it was pressed there,
 * or else a DM.
 */
export async function tellPresser(ctx: Pick<SlackContext, 'identity' | 'queue' | 'logger'>, args: ButtonArgs, text: string): Promise<void> {
  const { body, client } = args;
  try {
    if (body.view?.type === 'home') {
      await publishHome(ctx, client, body.user.id, text);
    } else if (body.response_url) {
      await args.respond({ response_type: 'ephemeral', replace_original: false, text: escapeForText(text) });
    } else {
      await sendDirectMessage(client, body.user.id, { text: escapeForText(text), blocks: [] });
    }
  } catch (error) {
    ctx.logger.warn('slack.tell_failed', { user: body.user.id, error: (error as Error).message });
  }
}

/** Our own sentences may quote a queue message that names user input, so they are escaped too. */
const escapeForText = escapeMrkdwn;

const requestIdSchema = z.coerce.number().int().positive();

/** The request id a button carries, or undefined for a malformed value. */
export function requestIdOf(value: string | undefined): number | undefined {
  const parsed = requestIdSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * For a button only Clerks may press: the request id it carries, or undefined once the presser
 * has been told why nothing happens (an out-of-date button, or not one of the Clerk's team).
 */
export async function requestIdForClerk(ctx: SlackContext, args: ButtonArgs, refusal: string, refusedEvent: string): Promise<number | undefined> {
  const id = requestIdOf(args.action.value);
  if (id === undefined) {
    await tellPresser(ctx, args, 'Sorry, that button is out of date; nothing was changed.');
    return undefined;
  }
  if (!mayActAsClerk(ctx, id, args.body.user.id)) {
    ctx.logger.warn(refusedEvent, { user: args.body.user.id, request: id, action: args.action.action_id });
    await tellPresser(ctx, args, refusalFor(ctx, id, args.body.user.id, refusal));
    return undefined;
  }
  return id;
}

/**
 * What to tell someone who may not act on request `id`: `refusal`, except that one of the Clerk's
 * team is told plainly when the request does not exist (removed under retention, say). Anyone
 * else gets `refusal` either way, so a button's value never tells them which requests exist.
 */
export function refusalFor(ctx: Pick<SlackContext, 'identity' | 'queue'>, requestId: number, slackId: string, refusal: string): string {
  const presser = ctx.identity.personNow(slackId);
  if (presser.role !== 'clerk') return refusal;
  try {
    ctx.queue.actsAsClerk(requestId, presser);
    return refusal;
  } catch (error) {
    if (error instanceof QueueError && error.code === 'not_found') return `There is no request #${requestId} (it may have been removed), so nothing was changed.`;
    return refusal;
  }
}

/**
 * Whether a Slack user may act on a request with the Clerk's authority, by the core's rule: a
 * Clerk on any request but a complaint about the Clerk, which only its configured handler may.
 */
export function mayActAsClerk(ctx: Pick<SlackContext, 'identity' | 'queue'>, requestId: number, slackId: string): boolean {
  try {
    return ctx.queue.actsAsClerk(requestId, ctx.identity.personNow(slackId));
  } catch (error) {
    if (error instanceof QueueError) return false;
    throw error;
  }
}

/** A QueueError's message as a sentence for the user; anything else as a generic apology. */
export function explain(error: unknown): string {
  if (error instanceof QueueError) return queueMessageText(error.message, 'words', error.kind);
  return 'Sorry, something went wrong on my side and nothing was changed. Please try again in a minute.';
}

/** Whether a thrown error is one the user can be told about (else it is logged as a fault). */
export const isQueueError = (error: unknown): error is QueueError => error instanceof QueueError;
