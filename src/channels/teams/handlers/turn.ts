/**
 * What every Teams handler shares: the bot's dependencies, who is asking, which council, the
 * forms as cards, and the small conversions between an outcome and an activity.
 */
import { Activity, TurnContext } from 'botbuilder';
import type { Asker } from '../../../assistant/reply';
import type { Assistant } from '../../../assistant/assistant';
import type { Logger } from '../../../log';
import type { ProtocolLibrary } from '../../../protocols/library';
import type { ClerkQueue } from '../../../queue/queue';
import { ClerkRequest, QueueError, Role } from '../../../queue/types';
import { complaintRoutings, routeRequest } from '../../../queue/routing';
import {
  AdaptiveCard,
  attachment,
  complaintForm,
  ComplaintValues,
  DocumentRequestValues,
  FormOptions,
  Problems,
  QuestionValues,
  documentRequestForm,
  myRequestsCard,
  questionForm,
} from '../cards';
import { asPerson, identify } from '../identity';
import { ProactiveMessenger } from '../proactive';
import { clerkTitleOf } from '../../labels';



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
  | 'page'
  | 'person'
  | 'savePerson'
  | 'roleOf'
  | 'setRole'
  | 'actsAsClerk'
  | 'filedNotice'
  | 'recordFeedback'
  | 'setConversationReference'
  | 'conversationReference'
>;

export interface TeamsBotDeps {
  logger: Logger;
  library: Pick<ProtocolLibrary, 'has' | 'get'>;
  queue: TeamsQueue;
  assistant: Pick<Assistant, 'answer' | 'defaultCouncil' | 'councilName'>;
  messenger: ProactiveMessenger;
  /** Identifies a form instance (its idempotency key); random unless a test fixes it. */
  newFormId?: () => string;
}

/** What a card button leads to. */
export interface Outcome {
  /** Replaces the card whose button was pressed. */
  replace?: AdaptiveCard;
  /** Posted as a new message in the conversation. */
  post?: AdaptiveCard | string;
  /** A short confirmation (Teams shows it by the card; Action.Submit hosts get it as a message). */
  note?: string;
  /** The request this action filed. */
  filed?: ClerkRequest;
}

export const INVOKE_MESSAGE_TYPE = 'application/vnd.microsoft.activity.message';

export const cardActivity = (content: AdaptiveCard): Partial<Activity> => ({ type: 'message', attachments: [attachment(content)] });
export const asActivity = (post: AdaptiveCard | string): Partial<Activity> => (typeof post === 'string' ? { type: 'message', text: post } : cardActivity(post));

/** Personal chat, or the Emulator, which has no conversation type. */
export const isPersonal = (activity: Partial<Activity>): boolean => {
  const type = activity.conversation?.conversationType;
  return !type || type === 'personal';
};

export const sentence = (message: string): string => {
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
};

/** What a handler is given: the bot's dependencies and how to name a new form. */
export interface TeamsTurnTools {
  deps: TeamsBotDeps;
  newFormId: () => string;
}

export function askerOf(t: TeamsTurnTools, context: TurnContext): Asker {
  return identify(context.activity.from, t.deps.queue);
}

/** The core's rule: a Clerk, except on a complaint about the Clerk, which only its configured handler may see. */
export function mayActAsClerk(t: TeamsTurnTools, requestId: number, asker: Asker): boolean {
  try {
    return t.deps.queue.actsAsClerk(requestId, asPerson(asker));
  } catch (error) {
    if (error instanceof QueueError) return false;
    throw error;
  }
}

export function councilFor(t: TeamsTurnTools, id: string | undefined): string {
  return id && t.deps.library.has(id) ? id : t.deps.assistant.defaultCouncil;
}

export function myRequestsFor(t: TeamsTurnTools, asker: Asker, personal: boolean): AdaptiveCard {
  return myRequestsCard(t.deps.queue.list({ requesterId: asker.id }, asPerson(asker)), { hideConfidential: !personal, clerkTitle: clerkTitleOf(t.deps.library, t.deps.assistant.defaultCouncil) });
}

export function formOptions<V>(t: TeamsTurnTools, council: string, values: V, problems: Problems | undefined, formId: string | undefined): FormOptions<V> {
  return { formId: formId ?? t.newFormId(), council, councilName: t.deps.assistant.councilName(council), clerkTitle: clerkTitleOf(t.deps.library, council), values, problems };
}

export function documentForm(t: TeamsTurnTools, council: string, values: DocumentRequestValues, problems?: Problems, formId?: string): AdaptiveCard {
  const routing = routeRequest(t.deps.library.get(council).council, 'document_access');
  return documentRequestForm({ ...formOptions(t, council, values, problems, formId), routing });
}

/** The complaint form, each choice showing where a complaint by someone of the complainant's role would go. */
export function complaintFormFor(t: TeamsTurnTools, council: string, complainant: Role, values: ComplaintValues, problems?: Problems, formId?: string): AdaptiveCard {
  const routings = complaintRoutings(t.deps.library.get(council).council, complainant);
  return complaintForm({ ...formOptions(t, council, values, problems, formId), routings });
}

export function questionFormFor(t: TeamsTurnTools, council: string, values: QuestionValues, problems?: Problems, formId?: string): AdaptiveCard {
  return questionForm(formOptions(t, council, values, problems, formId));
}
