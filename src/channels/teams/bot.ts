/**
 * The Teams bot: a thin handler that turns activities into calls of the assistant and the
 * queue, and their results into cards (cards.ts). No rule of its own lives here.
 */
import { randomUUID } from 'node:crypto';
import {
  Activity,
  AdaptiveCardInvokeResponse,
  AdaptiveCardInvokeValue,
  TeamsActivityHandler,
  TeamsInfo,
  teamsGetChannelId,
  TurnContext,
} from 'botbuilder';
import { z } from 'zod';
import type { Assistant } from '../../assistant/assistant';
import type { Asker } from '../../assistant/reply';
import type { Config } from '../../config';
import type { Logger } from '../../log';
import type { ProtocolLibrary } from '../../protocols/library';
import type { ClerkQueue } from '../../queue/queue';
import { undeliverableNotice } from '../../queue/forms';
import { isAboutTheClerk } from '../../queue/roles';
import { ownRoleText, parseRoleRequest, setRoleInChat, usageText } from '../../queue/role-command';
import { ClerkRequest, COMPLAINT_SUBJECTS, QueueError, REQUEST_STATUSES } from '../../queue/types';
import {
  AdaptiveCard,
  ADAPTIVE_CARD_CONTENT_TYPE,
  answerCard,
  attachment,
  ClerkCardOptions,
  clerkComplaintCard,
  clerkRequestCard,
  complaintDetailsCard,
  complaintForm,
  ComplaintValues,
  DocumentRequestValues,
  FormOptions,
  Problems,
  QuestionValues,
  documentRequestForm,
  filedCard,
  helpCard,
  myRequestsCard,
  questionForm,
  queueCard,
  VERB,
} from './cards';
import { cleanText, parseCommand } from './commands';
import * as forms from './forms';
import { asPerson, identify, teamsUserId } from './identity';
import { parseReference, ProactiveMessenger, Reference, serializeReference } from './proactive';

/** The platform name under which Teams keeps conversation references and channel posts. */
export const PLATFORM = 'teams';
/** The conversation-reference key of the Clerks' channel (user keys all start `teams:`). */
export const CLERKS_CHANNEL_KEY = 'clerks-channel';

export type TeamsQueue = Pick<
  ClerkQueue,
  | 'file'
  | 'move'
  | 'get'
  | 'list'
  | 'person'
  | 'savePerson'
  | 'roleOf'
  | 'setRole'
  | 'actsAsClerk'
  | 'recordFeedback'
  | 'setConversationReference'
  | 'conversationReference'
>;

export interface TeamsBotDeps {
  config: Pick<Config, 'CLERK_COMPLAINTS_USER_IDS'>;
  logger: Logger;
  library: Pick<ProtocolLibrary, 'has'>;
  queue: TeamsQueue;
  assistant: Pick<Assistant, 'answer' | 'defaultCouncil' | 'councilName'>;
  messenger: ProactiveMessenger;
  /** Identifies a form instance (its idempotency key); random unless a test fixes it. */
  newFormId?: () => string;
}

/** What a card button leads to. */
interface Outcome {
  /** Replaces the card whose button was pressed. */
  replace?: AdaptiveCard;
  /** Posted as a new message in the conversation. */
  post?: AdaptiveCard | string;
  /** A short confirmation (Teams shows it by the card; Action.Submit hosts get it as a message). */
  note?: string;
  /** The request this action filed. */
  filed?: ClerkRequest;
}

const INVOKE_MESSAGE_TYPE = 'application/vnd.microsoft.activity.message';

const cardActivity = (content: AdaptiveCard): Partial<Activity> => ({ type: 'message', attachments: [attachment(content)] });
const asActivity = (post: AdaptiveCard | string): Partial<Activity> => (typeof post === 'string' ? { type: 'message', text: post } : cardActivity(post));

/** Personal chat, or the Emulator, which has no conversation type. */
const isPersonal = (activity: Partial<Activity>): boolean => {
  const type = activity.conversation?.conversationType;
  return !type || type === 'personal';
};

const sentence = (message: string): string => {
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
};

// --- card data, validated at the edge ------------------------------------------------------

const cardData = z.looseObject({ verb: z.string().min(1) });

const feedbackData = z.object({
  intent: z.string().min(1).max(100),
  council: z.string().min(1).max(40),
  helpful: z.boolean(),
  clauseRefs: z.array(z.string().max(60)).max(10),
});

const openFormData = z.object({
  form: z.enum(['document_request', 'complaint', 'question']),
  council: z.string().max(40).optional(),
  prefill: z
    .object({
      subject: z.string().max(2000).optional(),
      about: z.enum(COMPLAINT_SUBJECTS).optional(),
      question: z.string().max(5000).optional(),
      botAnswer: z.string().max(10000).optional(),
    })
    .optional(),
});

const formMeta = z.object({
  formId: z
    .string()
    .regex(/^[A-Za-z0-9-]{8,64}$/)
    .optional()
    .catch(undefined),
  council: z.string().max(40).optional().catch(undefined),
});

const moveData = z.object({
  requestId: z.coerce.number().int().positive(),
  to: z.enum(REQUEST_STATUSES),
  reason: z.string().max(2000).optional(),
  view: z.enum(['clerk', 'mine']).default('clerk'),
});

const requestIdData = z.object({ requestId: z.coerce.number().int().positive() });

export class TeamsBot extends TeamsActivityHandler {
  private readonly newFormId: () => string;

  constructor(private readonly deps: TeamsBotDeps) {
    super();
    this.newFormId = deps.newFormId ?? randomUUID;

    this.onTurn(async (context, next) => {
      this.rememberPersonalChat(context);
      await next();
    });
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botAdded = (context.activity.membersAdded ?? []).some((m) => m.id === context.activity.recipient?.id);
      if (botAdded) await this.welcome(context);
      await next();
    });
  }

  // --- messages -----------------------------------------------------------------------------

  private async handleMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    // Action.Submit (hosts without Universal Actions) arrives as a message carrying the data.
    if (activity.value && typeof activity.value === 'object' && !cleanText(activity.text)) {
      await this.deliverToSubmit(context, await this.onCardAction(context, activity.value));
      return;
    }
    const text = cleanText(TurnContext.removeRecipientMention(activity) ?? activity.text);
    if (!text) return;
    const asker = this.asker(context);
    const personal = isPersonal(activity);
    if (/^(my role|set role\b.*)$/is.test(text.replace(/[?.!]+$/, ''))) return this.roleCommand(context, asker, text);
    const command = parseCommand(text);
    this.deps.logger.debug('teams.message', { command: command.name, personal, user: asker.id });

    switch (command.name) {
      case 'ask':
        if (!command.question) {
          await context.sendActivity('What would you like to ask? For example: ask may I give instructions to the groundsman?');
          return;
        }
        return this.answer(context, asker, command.question);
      case 'question':
        return this.answer(context, asker, command.text);
      case 'request_documents':
        await context.sendActivity(cardActivity(this.documentForm(this.deps.assistant.defaultCouncil, { what: command.what || undefined })));
        return;
      case 'complaint':
        await this.offerComplaintForm(context, asker, this.deps.assistant.defaultCouncil);
        return;
      case 'my_requests':
        await context.sendActivity(cardActivity(this.myRequests(asker, personal)));
        return;
      case 'queue':
        if (asker.role !== 'clerk') {
          await context.sendActivity("Only the Clerk can see the queue. Type 'my requests' to see yours.");
          return;
        }
        await context.sendActivity(cardActivity(queueCard(this.deps.queue.list({ status: 'open' }, asPerson(asker)), { hideConfidential: !personal })));
        return;
      case 'register_clerk_channel':
        await this.registerClerkChannel(context, asker);
        return;
      case 'help':
        await context.sendActivity(
          cardActivity(helpCard({ councilName: this.deps.assistant.councilName(this.deps.assistant.defaultCouncil), isClerk: asker.role === 'clerk', inChannel: !personal })),
        );
        return;
    }
  }

  /** `my role`, or `set role @name officer` (a Clerk, in a channel where they can mention someone). */
  private async roleCommand(context: TurnContext, asker: Asker, text: string): Promise<void> {
    const mentioned = (context.activity.entities ?? [])
      .filter((e) => e.type === 'mention' && e.mentioned?.id && e.mentioned.id !== context.activity.recipient?.id)
      .map((e) => e.mentioned as { id: string; name?: string; aadObjectId?: string })[0];
    const rest = text.replace(/<at>[^<]*<\/at>/gi, ' ').replace(/^(my\s+role|set\s+role)/i, '');
    const request = parseRoleRequest(rest, Boolean(mentioned));
    if (request.kind === 'show' || (request.kind === 'usage' && !mentioned && /^my role/i.test(text))) {
      await context.sendActivity(ownRoleText(asker.role));
      return;
    }
    if (request.kind !== 'set' || !mentioned) {
      await context.sendActivity(usageText('set role').replace('`set role`', '`my role`'));
      return;
    }
    let aadObjectId = mentioned.aadObjectId;
    if (!aadObjectId) {
      // A mention carries the Bot Framework id; the queue knows people by their Entra object id.
      aadObjectId = await TeamsInfo.getMember(context, mentioned.id).then((m) => m.aadObjectId, () => undefined);
    }
    const target = { userId: teamsUserId({ id: mentioned.id, aadObjectId }), name: mentioned.name };
    this.deps.logger.info('teams.role_command', { by: asker.id, target: target.userId, role: request.role });
    await context.sendActivity(setRoleInChat(this.deps.queue, asPerson(asker), target, request.role));
  }

  private async answer(context: TurnContext, asker: Asker, text: string): Promise<void> {
    const council = this.deps.assistant.defaultCouncil;
    // The assistant keeps unsure and out-of-scope questions for the Clerk's review itself.
    const reply = this.deps.assistant.answer(text, asker, { council });
    this.deps.logger.info('teams.answered', { intent: reply.intent, confidence: reply.confidence, uncertain: reply.uncertain, clauses: reply.clauses.length });
    await context.sendActivity(cardActivity(answerCard(reply)));
  }

  private async registerClerkChannel(context: TurnContext, asker: Asker): Promise<void> {
    const activity = context.activity;
    if (asker.role !== 'clerk') {
      await context.sendActivity("Only a Clerk can choose the Clerks' channel.");
      return;
    }
    if (activity.conversation?.conversationType !== 'channel') {
      await context.sendActivity("Send 'register clerk channel' in the Teams channel where the Clerks want new requests, @mentioning me there.");
      return;
    }
    const reference = TurnContext.getConversationReference(activity);
    // The channel itself, not the thread this message is in: each request starts its own post.
    const channelId = teamsGetChannelId(activity as Activity) ?? reference.conversation!.id.split(';')[0];
    const stored = serializeReference({ ...reference, conversation: { ...reference.conversation!, id: channelId } });
    this.deps.queue.setConversationReference(PLATFORM, CLERKS_CHANNEL_KEY, stored);
    this.deps.logger.info('teams.clerk_channel_registered', { by: asker.id });
    await context.sendActivity("Done: new requests for the Clerk will be posted in this channel, with buttons to acknowledge, start, resolve or refuse each one.");
  }

  private async welcome(context: TurnContext): Promise<void> {
    const personal = isPersonal(context.activity);
    if (personal) {
      const asker = this.asker(context);
      await context.sendActivity(
        cardActivity(helpCard({ councilName: this.deps.assistant.councilName(this.deps.assistant.defaultCouncil), isClerk: asker.role === 'clerk', inChannel: false })),
      );
      return;
    }
    await context.sendActivity(
      "Hello! @mention me with a question about the Member/Officer protocol, or 'help'. Clerks: send 'register clerk channel' in the channel where new requests should appear.",
    );
  }

  // --- card buttons -------------------------------------------------------------------------

  protected override async onAdaptiveCardInvoke(context: TurnContext, invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const data = { ...(invokeValue.action.data ?? {}), verb: invokeValue.action.verb ?? invokeValue.action.data?.verb };
    const outcome = await this.onCardAction(context, data);
    if (outcome.post) await context.sendActivity(asActivity(outcome.post));
    if (outcome.replace) return { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: outcome.replace as unknown as Record<string, unknown> };
    return { statusCode: 200, type: INVOKE_MESSAGE_TYPE, value: (outcome.note ?? 'Done.') as unknown as Record<string, unknown> };
  }

  /** Action.Submit has no reply channel of its own: update the card's message, or post. */
  private async deliverToSubmit(context: TurnContext, outcome: Outcome): Promise<void> {
    const replyToId = context.activity.replyToId;
    if (outcome.replace) {
      if (replyToId) await context.updateActivity({ ...cardActivity(outcome.replace), id: replyToId });
      else await context.sendActivity(cardActivity(outcome.replace));
    }
    if (outcome.post) await context.sendActivity(asActivity(outcome.post));
    if (outcome.note && !outcome.replace && !outcome.post) await context.sendActivity(outcome.note);
  }

  private async onCardAction(context: TurnContext, raw: unknown): Promise<Outcome> {
    const parsed = cardData.safeParse(raw);
    if (!parsed.success) return { note: "Sorry, I didn't understand that button. Please try again." };
    const data = parsed.data as Record<string, unknown> & { verb: string };
    const asker = this.asker(context);
    this.deps.logger.debug('teams.card_action', { verb: data.verb, user: asker.id });
    const outcome = await this.cardAction(context, asker, data);
    // Filed from a channel by someone the bot has never chatted with: open the personal chat
    // now, while Teams' details are at hand, so the outbox can tell them of each step.
    if (outcome.filed) await this.ensurePersonalChat(context, asker);
    return outcome;
  }

  private async cardAction(context: TurnContext, asker: Asker, data: Record<string, unknown> & { verb: string }): Promise<Outcome> {
    try {
      switch (data.verb) {
        case VERB.feedback:
          return this.recordFeedback(asker, data);
        case VERB.openForm:
          return await this.openForm(context, asker, data);
        case VERB.submitDocumentRequest:
          return this.submitDocumentRequest(asker, data);
        case VERB.submitComplaint:
          return this.submitComplaint(context, asker, data);
        case VERB.submitQuestion:
          return this.submitQuestion(asker, data);
        case VERB.move:
          return this.move(context, asker, data);
        case VERB.myRequests:
          return { post: this.myRequests(asker, isPersonal(context.activity)), note: 'Your requests are below.' };
        case VERB.showDetails:
          return await this.showDetails(context, asker, data);
        default:
          return { note: 'That button is no longer supported. Please type help to see what I can do.' };
      }
    } catch (error) {
      if (error instanceof QueueError) return { note: sentence(error.message) };
      throw error;
    }
  }

  private recordFeedback(asker: Asker, data: Record<string, unknown>): Outcome {
    const parsed = feedbackData.safeParse(data);
    if (!parsed.success) return { note: "Sorry, I couldn't record that feedback." };
    this.deps.queue.recordFeedback({ userId: asker.id, ...parsed.data });
    return { note: parsed.data.helpful ? 'Thank you: glad it helped.' : "Thank you: the Clerk reviews answers that didn't help." };
  }

  private async openForm(context: TurnContext, asker: Asker, data: Record<string, unknown>): Promise<Outcome> {
    const parsed = openFormData.safeParse(data);
    if (!parsed.success) return { note: "Sorry, I couldn't open that form. Type help to see the commands." };
    const council = this.council(parsed.data.council);
    const prefill = parsed.data.prefill ?? {};
    switch (parsed.data.form) {
      case 'document_request':
        return { post: this.documentForm(council, { what: prefill.subject }), note: 'The form is below.' };
      case 'question':
        return { post: this.questionFormFor(council, { question: prefill.question, botAnswer: prefill.botAnswer }), note: 'The form is below.' };
      case 'complaint':
        return { note: await this.offerComplaintForm(context, asker, council, prefill.about) };
    }
  }

  private submitDocumentRequest(asker: Asker, data: Record<string, unknown>): Outcome {
    const meta = formMeta.parse(data);
    const council = this.council(meta.council);
    const form = forms.parseDocumentRequest(data);
    if (!form.ok) return { replace: this.documentForm(council, form.values, form.problems, meta.formId) };
    return this.file(forms.documentRequest(council, asPerson(asker), form.value), meta.formId, () => this.documentForm(council, form.value, undefined, meta.formId));
  }

  private submitComplaint(context: TurnContext, asker: Asker, data: Record<string, unknown>): Outcome {
    if (!isPersonal(context.activity)) return { note: 'Complaints are confidential: please file them in our personal chat. Type complaint there.' };
    const meta = formMeta.parse(data);
    const council = this.council(meta.council);
    const form = forms.parseComplaint(data);
    if (!form.ok) return { replace: this.complaintFormFor(council, form.values, form.problems, meta.formId) };
    return this.file(forms.complaint(council, asPerson(asker), form.value), meta.formId, () => this.complaintFormFor(council, form.value, undefined, meta.formId));
  }

  private submitQuestion(asker: Asker, data: Record<string, unknown>): Outcome {
    const meta = formMeta.parse(data);
    const council = this.council(meta.council);
    const form = forms.parseQuestion(data);
    if (!form.ok) return { replace: this.questionFormFor(council, form.values, form.problems, meta.formId) };
    return this.file(forms.question(council, asPerson(asker), form.value), meta.formId, () => this.questionFormFor(council, form.value, undefined, meta.formId));
  }

  /**
   * Files a valid request. The form's id is the idempotency key, so a double click or a
   * resent invoke files once; the Clerks hear of it through the outbox, not from here.
   */
  private file(request: Parameters<TeamsQueue['file']>[0], formId: string | undefined, formAgain: () => AdaptiveCard): Outcome {
    try {
      const filed = this.deps.queue.file(request, formId ? { idempotencyKey: `${PLATFORM}:form:${formId}` } : undefined);
      this.deps.logger.info('teams.request_filed', { id: filed.id, kind: filed.kind, council: filed.council });
      return { replace: filedCard(filed, undeliverableNotice(filed, this.deps.config.CLERK_COMPLAINTS_USER_IDS.length > 0)), filed };
    } catch (error) {
      if (error instanceof QueueError && error.code === 'invalid') {
        const form = formAgain();
        return { replace: { ...form, body: [{ type: 'TextBlock', text: `⚠ ${sentence(error.message)}`, color: 'Attention', wrap: true }, ...form.body] } };
      }
      throw error;
    }
  }

  private move(context: TurnContext, asker: Asker, data: Record<string, unknown>): Outcome {
    const parsed = moveData.safeParse(data);
    if (!parsed.success) return { note: "Sorry, I couldn't read that button." };
    const { requestId, to, view } = parsed.data;
    const reason = parsed.data.reason?.trim() || undefined;
    const actor = asPerson(asker);
    const cardFor = (request: ClerkRequest, options: ClerkCardOptions) =>
      isAboutTheClerk(request) ? clerkComplaintCard(request, options) : clerkRequestCard(request, options);
    if (to === 'refused' && !reason) {
      const current = this.deps.queue.get(requestId, actor);
      return { replace: cardFor(current, { problem: 'Please give a reason for refusing: the requester is told it.' }) };
    }
    const moved = this.deps.queue.move(requestId, to, actor, reason);
    this.deps.logger.info('teams.request_moved', { id: moved.id, to, by: asker.id });
    if (view === 'mine') return { replace: this.myRequests(asker, isPersonal(context.activity)) };
    const { history } = this.deps.queue.get(requestId, actor);
    return { replace: cardFor(moved, { change: history[history.length - 1] }) };
  }

  private async showDetails(context: TurnContext, asker: Asker, data: Record<string, unknown>): Promise<Outcome> {
    const parsed = requestIdData.safeParse(data);
    if (!parsed.success) return { note: "Sorry, I couldn't read that button." };
    if (!this.mayActAsClerk(parsed.data.requestId, asker)) return { note: "Only the Clerk can see a complaint's details." };
    const request: ClerkRequest = this.deps.queue.get(parsed.data.requestId, asPerson(asker));
    const details = complaintDetailsCard(request);
    if (isPersonal(context.activity)) return { post: details, note: 'The details are below.' };
    const sent = await this.sendPrivately(context, asker, cardActivity(details));
    this.deps.logger.info('teams.complaint_details_shown', { id: request.id, to: asker.id, sent });
    return { note: sent ? "I've sent the details to our personal chat." : 'Open a personal chat with me first (select my name, then Chat), then press the button again.' };
  }

  // --- shared pieces -----------------------------------------------------------------------

  /**
   * A complaint form, never in a channel: in a shared conversation it goes to the asker's
   * personal chat, and the channel only hears that it did. Returns what to tell the channel.
   */
  private async offerComplaintForm(context: TurnContext, asker: Asker, council: string, about?: string): Promise<string> {
    const form = cardActivity(this.complaintFormFor(council, { about }));
    if (isPersonal(context.activity)) {
      await context.sendActivity(form);
      return 'The form is below.';
    }
    const sent = await this.sendPrivately(context, asker, form);
    const note = sent
      ? "I've sent you the complaint form in our personal chat, so it stays private."
      : "Complaints stay private, so I take them only in a personal chat: open a chat with me (select my name, then Chat) and type 'complaint'.";
    if (context.activity.type === 'message') await context.sendActivity(note);
    return note;
  }

  private async ensurePersonalChat(context: TurnContext, asker: Asker): Promise<void> {
    const { queue, messenger, logger } = this.deps;
    if (isPersonal(context.activity) || queue.conversationReference(PLATFORM, asker.id)) return;
    try {
      const reference = await messenger.openPersonalChat(context);
      if (reference) queue.setConversationReference(PLATFORM, asker.id, serializeReference(reference));
    } catch (error) {
      logger.warn('teams.personal_chat_failed', { user: asker.id, error: (error as Error).name });
    }
  }

  private async sendPrivately(context: TurnContext, asker: Asker, activity: Partial<Activity>): Promise<boolean> {
    const { queue, messenger, logger } = this.deps;
    try {
      let reference: Reference | undefined = parseReference(queue.conversationReference(PLATFORM, asker.id));
      if (!reference) {
        reference = await messenger.openPersonalChat(context);
        if (reference) queue.setConversationReference(PLATFORM, asker.id, serializeReference(reference));
      }
      if (!reference) return false;
      await messenger.send(reference, activity);
      return true;
    } catch (error) {
      logger.warn('teams.personal_chat_failed', { user: asker.id, error: (error as Error).name });
      return false;
    }
  }

  /** Keeps where to reach each person privately, from their first contact on. */
  private rememberPersonalChat(context: TurnContext): void {
    const activity = context.activity;
    if (!isPersonal(activity) || !activity.from?.id || !activity.conversation?.id || !activity.serviceUrl) return;
    if (activity.from.id === activity.recipient?.id) return;
    const key = teamsUserId(activity.from);
    const reference = serializeReference(TurnContext.getConversationReference(activity));
    if (this.deps.queue.conversationReference(PLATFORM, key) !== reference) this.deps.queue.setConversationReference(PLATFORM, key, reference);
  }

  private asker(context: TurnContext): Asker {
    return identify(context.activity.from, this.deps.queue);
  }

  /** The core's rule: a Clerk, except on a complaint about the Clerk, which only its configured handler may see. */
  private mayActAsClerk(requestId: number, asker: Asker): boolean {
    try {
      return this.deps.queue.actsAsClerk(requestId, asPerson(asker));
    } catch (error) {
      if (error instanceof QueueError) return false;
      throw error;
    }
  }

  private council(id: string | undefined): string {
    return id && this.deps.library.has(id) ? id : this.deps.assistant.defaultCouncil;
  }

  private myRequests(asker: Asker, personal: boolean): AdaptiveCard {
    return myRequestsCard(this.deps.queue.list({ requesterId: asker.id }, asPerson(asker)), { hideConfidential: !personal });
  }

  private formOptions<V>(council: string, values: V, problems: Problems | undefined, formId: string | undefined): FormOptions<V> {
    return { formId: formId ?? this.newFormId(), council, councilName: this.deps.assistant.councilName(council), values, problems };
  }

  private documentForm(council: string, values: DocumentRequestValues, problems?: Problems, formId?: string): AdaptiveCard {
    return documentRequestForm(this.formOptions(council, values, problems, formId));
  }

  private complaintFormFor(council: string, values: ComplaintValues, problems?: Problems, formId?: string): AdaptiveCard {
    return complaintForm(this.formOptions(council, values, problems, formId));
  }

  private questionFormFor(council: string, values: QuestionValues, problems?: Problems, formId?: string): AdaptiveCard {
    return questionForm(this.formOptions(council, values, problems, formId));
  }
}
