/**
 * Messages the bot starts itself: posts to the Clerks' channel, DMs to requesters, card updates.
 * Kept behind a small interface so the bot and the sender can be tested without a connector,
 * and so a move to another SDK touches this file rather than every caller.
 */
import { Activity, CloudAdapter, ConversationParameters, ConversationReference, TurnContext } from 'botbuilder';
import { z } from 'zod';

export type Reference = Partial<ConversationReference>;

export interface ProactiveMessenger {
  /** Posts `activity` to a stored conversation; resolves to the new message's id. */
  send(reference: Reference, activity: Partial<Activity>): Promise<string | undefined>;
  /** Replaces an earlier message in place. */
  update(reference: Reference, activityId: string, activity: Partial<Activity>): Promise<void>;
  /**
   * Starts a personal chat with whoever sent `context`'s activity (Teams allows it where the bot
   * is installed in the team); resolves to its reference, or undefined where it cannot.
   */
  openPersonalChat(context: TurnContext): Promise<Reference | undefined>;
}

const referenceSchema = z.object({
  channelId: z.string().min(1),
  serviceUrl: z.string().url(),
  conversation: z.looseObject({ id: z.string().min(1) }),
  bot: z.looseObject({ id: z.string() }).optional(),
  user: z.looseObject({ id: z.string() }).optional(),
  locale: z.string().optional(),
});

/** What is stored for a conversation: where to post, not which message it came from. */
export function serializeReference(reference: Reference): string {
  const { channelId, serviceUrl, conversation, bot, user, locale } = reference;
  return JSON.stringify({ channelId, serviceUrl, conversation, bot, user, ...(locale ? { locale } : {}) });
}

/** A stored reference, or undefined if there is none or it is not one (never throws). */
export function parseReference(json: string | undefined): Reference | undefined {
  if (!json) return undefined;
  try {
    const parsed = referenceSchema.safeParse(JSON.parse(json));
    return parsed.success ? (parsed.data as unknown as Reference) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * How the Bot Connector refused a call: the HTTP status and the `error.code` of its answer
 * (`{"error":{"code":"BotNotInConversationRoster",…}}`), as botbuilder's client raises it (a
 * RestError with `statusCode` and `code`). Undefined for anything else: the connector down, a
 * network error, a refusal without a code.
 */
export function connectorRefusal(error: unknown): { status: number; code: string } | undefined {
  const { statusCode, code } = (error ?? {}) as { statusCode?: unknown; code?: unknown };
  return typeof statusCode === 'number' && typeof code === 'string' && code !== '' ? { status: statusCode, code } : undefined;
}

/** Connector calls through the CloudAdapter, as the bot's app id (empty when unauthenticated). */
export class CloudMessenger implements ProactiveMessenger {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
  ) {}

  async send(reference: Reference, activity: Partial<Activity>): Promise<string | undefined> {
    let id: string | undefined;
    await this.continueConversation(reference, async (context) => {
      // A proactive turn would otherwise reply to its own made-up continuation id; a message the
      // bot starts is a new post (Send to Conversation), which in a channel starts a new thread.
      context.onSendActivities(async (_context, activities, next) => {
        for (const a of activities) delete a.replyToId;
        return next();
      });
      id = (await context.sendActivity(activity))?.id;
    });
    return id;
  }

  async update(reference: Reference, activityId: string, activity: Partial<Activity>): Promise<void> {
    await this.continueConversation(reference, async (context) => {
      await context.updateActivity({ ...activity, id: activityId });
    });
  }

  /**
   * A proactive turn whose failure reaches the caller. The adapter hands an error thrown in a
   * turn to its onTurnError, which logs it and returns, so a post Teams refused (the connector
   * down, a 503) would look sent and the outbox would mark it delivered and never retry it.
   */
  private async continueConversation(reference: Reference, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    let failure: { error: unknown } | undefined;
    await this.adapter.continueConversationAsync(this.appId, reference, async (context) => {
      try {
        await logic(context);
      } catch (error) {
        failure = { error };
      }
    });
    if (failure) throw failure.error;
  }

  async openPersonalChat(context: TurnContext): Promise<Reference | undefined> {
    const activity = context.activity;
    if (activity.channelId !== 'msteams' || !activity.serviceUrl) return undefined;
    const tenantId: string | undefined = activity.conversation?.tenantId ?? activity.channelData?.tenant?.id;
    const parameters = {
      isGroup: false,
      bot: activity.recipient,
      members: [activity.from],
      tenantId,
      channelData: { tenant: { id: tenantId } },
    } as ConversationParameters;
    let reference: Reference | undefined;
    // `null` audience: the connector's default scope, as TeamsInfo does.
    await this.adapter.createConversationAsync(this.appId, activity.channelId, activity.serviceUrl, null as unknown as string, parameters, async (created) => {
      reference = TurnContext.getConversationReference(created.activity);
    });
    return reference;
  }
}
