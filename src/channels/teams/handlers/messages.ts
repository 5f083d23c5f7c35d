/** Messages: commands typed in a personal chat or @mentioned in a channel, questions, and the welcome. */
import { Activity, TeamsInfo, teamsGetChannelId, TurnContext } from 'botbuilder';
import type { Asker } from '../../../assistant/reply';
import type { CouncilNames } from '../../../assistant/welcome';
import { answerCard, helpCard, queueCard, QUEUE_CARD_LIMIT } from '../cards';
import { cleanText, parseCommand } from '../commands';
import { asPerson, teamsUserId } from '../identity';
import { ownRoleText, parseRoleRequest, setRoleInChat, usageText } from '../../../queue/role-command';
import { serializeReference } from '../proactive';
import { askerOf, asActivity, cardActivity, CLERKS_CHANNEL_KEY, documentForm, isPersonal, myRequestsFor, PLATFORM, TeamsTurnTools } from './turn';
import { deliverToSubmit, onCardAction, openForm } from './card-actions';
import { offerComplaintForm } from './private-chat';
import { ASK_WHAT, clerkTitleOf, queueOnlyForClerks } from '../../labels';

export async function handleMessage(t: TeamsTurnTools, context: TurnContext): Promise<void> {
  const activity = context.activity;
  // Action.Submit (hosts without Universal Actions) arrives as a message carrying the data.
  if (activity.value && typeof activity.value === 'object' && !cleanText(activity.text)) {
    await deliverToSubmit(context, await onCardAction(t, context, activity.value));
    return;
  }
  const typed = cleanText(activity.text); // before the mention is taken out (which rewrites activity.text)
  const text = cleanText(TurnContext.removeRecipientMention(activity) ?? activity.text);
  if (!text) {
    // A bare @mention (the question to follow) is asked for its question, not met with silence;
    // a blank message is ignored, as in the console.
    if (typed) await context.sendActivity(ASK_WHAT);
    return;
  }
  const asker = askerOf(t, context);
  const personal = isPersonal(activity);
  if (/^(my role|set role\b.*)$/is.test(text.replace(/[?.!]+$/, ''))) return roleCommand(t, context, asker, text);
  const command = parseCommand(text);
  t.deps.logger.debug('teams.message', { command: command.name, personal, user: asker.id });

  switch (command.name) {
    case 'ask':
      if (!command.question) {
        await context.sendActivity(ASK_WHAT);
        return;
      }
      return answer(t, context, asker, command.question);
    case 'question':
      return answer(t, context, asker, command.text);
    case 'request_documents':
      await context.sendActivity(cardActivity(documentForm(t, t.deps.assistant.defaultCouncil, { what: command.what || undefined })));
      return;
    case 'complaint':
      await offerComplaintForm(t, context, asker, t.deps.assistant.defaultCouncil);
      return;
    case 'my_requests':
      await context.sendActivity(cardActivity(myRequestsFor(t, asker, personal)));
      return;
    case 'queue':
      if (asker.role !== 'clerk') {
        await context.sendActivity(queueOnlyForClerks(clerkTitleOf(t.deps.library, t.deps.assistant.defaultCouncil), '**my requests**'));
        return;
      }
      {
        // The first page: a card holds QUEUE_CARD_LIMIT; the total says how many more there are.
        const page = t.deps.queue.page({ status: 'open' }, asPerson(asker), { limit: QUEUE_CARD_LIMIT });
        await context.sendActivity(cardActivity(queueCard(page.requests, { hideConfidential: !personal, total: page.total, clerkTitle: clerkTitleOf(t.deps.library, t.deps.assistant.defaultCouncil) })));
      }
      return;
    case 'register_clerk_channel':
      await registerClerkChannel(t, context, asker);
      return;
    case 'help':
      await context.sendActivity(
        cardActivity(helpCard({ council: councilNames(t), isClerk: asker.role === 'clerk', inChannel: !personal })),
      );
      return;
  }
}

/** `my role`, or `set role @name officer` (a Clerk, in a channel where they can mention someone). */
async function roleCommand(t: TeamsTurnTools, context: TurnContext, asker: Asker, text: string): Promise<void> {
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
  t.deps.logger.info('teams.role_command', { by: asker.id, target: target.userId, role: request.role });
  await context.sendActivity(setRoleInChat(t.deps.queue, asPerson(asker), target, request.role));
}

export async function answer(t: TeamsTurnTools, context: TurnContext, asker: Asker, text: string): Promise<void> {
  const council = t.deps.assistant.defaultCouncil;
  // The assistant keeps unsure and out-of-scope questions for the Clerk's review itself. The
  // conversation id names the chat, or in a channel the post's reply chain: one thread each.
  const thread = `teams:${context.activity.conversation?.id ?? asker.id}`;
  const reply = t.deps.assistant.answer(text, asker, { council, thread });
  t.deps.logger.info('teams.answered', { intent: reply.intent, confidence: reply.confidence, uncertain: reply.uncertain, clauses: reply.clauses.length, followUp: reply.followUp ?? false });
  if (reply.open) {
    // "ok, file it": the form the last answer offered, pre-filled from the conversation.
    const outcome = await openForm(t, context, asker, { form: reply.open.kind, council: reply.council.id, prefill: reply.open.prefill });
    if (outcome.post) await context.sendActivity(asActivity(outcome.post));
    return;
  }
  await context.sendActivity(cardActivity(answerCard(reply)));
}

export async function registerClerkChannel(t: TeamsTurnTools, context: TurnContext, asker: Asker): Promise<void> {
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
  t.deps.queue.setConversationReference(PLATFORM, CLERKS_CHANNEL_KEY, stored);
  t.deps.logger.info('teams.clerk_channel_registered', { by: asker.id });
  await context.sendActivity("Done: new requests for the Clerk will be posted in this channel, with buttons to acknowledge, start, resolve or refuse each one.");
}

/** The names the core's introduction uses, of the council this bot serves. */
function councilNames(t: TeamsTurnTools): CouncilNames {
  const { name, clerkTitle } = t.deps.library.get(t.deps.assistant.defaultCouncil).council;
  return { name, clerkTitle };
}

export async function welcome(t: TeamsTurnTools, context: TurnContext): Promise<void> {
  const personal = isPersonal(context.activity);
  if (personal) {
    const asker = askerOf(t, context);
    await context.sendActivity(
      cardActivity(helpCard({ council: councilNames(t), isClerk: asker.role === 'clerk', inChannel: false })),
    );
    return;
  }
  await context.sendActivity(
    "Hello! @mention me with a question about the Member/Officer protocol, or 'help'. Clerks: send 'register clerk channel' in the channel where new requests should appear.",
  );
}
