import path from 'node:path';
import { Activity, TestAdapter } from 'botbuilder';
import type { Asker, Reply } from '../../../src/assistant/reply';
import { Config, loadConfig } from '../../../src/config';
import { silentLogger } from '../../../src/log';
import { library, PROJECT_ROOT, PROTOCOLS_DIR, removeTempDirs, tempDir as tempDirWithPrefix } from '../../support/fixtures';
import { ClerkQueue } from '../../../src/queue/queue';
import type { RoleConfig } from '../../../src/queue/roles';
import { TeamsBot } from '../../../src/channels/teams/bot';
import type { ProactiveMessenger, Reference } from '../../../src/channels/teams/proactive';

export const CLERK_AAD = '00000000-0000-0000-0000-00000000c1e4';

export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ COUNCIL: 'flitwick', LOG_LEVEL: 'silent' }), CLERK_USER_IDS: [CLERK_AAD], TEAMS_PORT: 0, ...overrides };
}

/** A queue in a fresh folder; by default CLERK_AAD is the one Clerk, as in `testConfig()`. */
export function openQueue(roles: Partial<RoleConfig> = { clerkIds: [CLERK_AAD] }, file = path.join(tempDir(), 'queue.sqlite')): ClerkQueue {
  return ClerkQueue.open({ path: file, library: library(), roles });
}

// --- people and conversations ------------------------------------------------------------

export interface TeamsUser {
  id: string;
  name: string;
  aadObjectId?: string;
}
export const councillor: TeamsUser = { id: '29:councillor-jo', name: 'Jo Bloggs', aadObjectId: '11111111-1111-1111-1111-111111111111' };
export const otherCouncillor: TeamsUser = { id: '29:councillor-sam', name: 'Sam Smith', aadObjectId: '22222222-2222-2222-2222-222222222222' };
export const clerk: TeamsUser = { id: '29:clerk-pat', name: 'Pat Clerk', aadObjectId: CLERK_AAD };
export const BOT = { id: '28:protocol-bot', name: 'Protocol Bot' };
export const TENANT = '99999999-9999-9999-9999-999999999999';
export const CLERKS_CHANNEL = '19:clerks@thread.tacv2';

export const teamsId = (user: TeamsUser): string => `teams:${user.aadObjectId ?? user.id}`;

let nextId = 1;

export function personalMessage(user: TeamsUser, text: string, serviceUrl = 'https://smba.example.test/emea/'): Partial<Activity> {
  return {
    type: 'message',
    id: `m${nextId++}`,
    channelId: 'msteams',
    serviceUrl,
    from: { ...user },
    recipient: { ...BOT },
    conversation: { id: `a:personal-${user.id}`, conversationType: 'personal', tenantId: TENANT, isGroup: false, name: '' },
    channelData: { tenant: { id: TENANT } },
    text,
    locale: 'en-GB',
  };
}

/** A channel message @mentioning the bot, as Teams sends it. */
export function channelMention(user: TeamsUser, text: string, channel = CLERKS_CHANNEL, serviceUrl = 'https://smba.example.test/emea/'): Partial<Activity> {
  const mention = `<at>${BOT.name}</at>`;
  return {
    type: 'message',
    id: `c${nextId++}`,
    channelId: 'msteams',
    serviceUrl,
    from: { ...user },
    recipient: { ...BOT },
    conversation: { id: `${channel};messageid=${nextId}`, conversationType: 'channel', tenantId: TENANT, isGroup: true, name: '' },
    channelData: { tenant: { id: TENANT }, team: { id: '19:team@thread.tacv2' }, channel: { id: channel } },
    text: `${mention} ${text}`,
    entities: [{ type: 'mention', text: mention, mentioned: { ...BOT } }],
  };
}

/** An Action.Execute press, as the `adaptiveCard/action` invoke Teams sends. */
export function cardInvoke(base: Partial<Activity>, data: Record<string, unknown>): Partial<Activity> {
  const { text: _text, entities: _entities, ...rest } = base;
  return {
    ...rest,
    type: 'invoke',
    id: `i${nextId++}`,
    name: 'adaptiveCard/action',
    replyToId: 'card-message',
    value: { action: { type: 'Action.Execute', verb: data.verb, data }, trigger: 'manual' },
  };
}

// --- card inspection ---------------------------------------------------------------------

export type Json = Record<string, unknown>;

export function cardOf(activity: Partial<Activity> | undefined): Json {
  const content = activity?.attachments?.[0]?.content as Json | undefined;
  if (!content) throw new Error(`expected a card, got ${JSON.stringify(activity)}`);
  return content;
}

/** Every element and action of a card, depth first (ShowCard cards included). */
export function walk(node: unknown, out: Json[] = []): Json[] {
  if (Array.isArray(node)) node.forEach((n) => walk(n, out));
  else if (node && typeof node === 'object') {
    const o = node as Json;
    if (typeof o.type === 'string') out.push(o);
    for (const key of ['body', 'items', 'actions', 'columns', 'inlines', 'card', 'fallback']) if (key in o) walk(o[key], out);
  }
  return out;
}

/** All the text a card shows, in order (TextBlocks, TextRuns, facts, button titles). */
export function textOf(node: unknown): string {
  const parts: string[] = [];
  for (const el of walk(node)) {
    if (el.type === 'TextBlock' || el.type === 'TextRun') parts.push(String(el.text));
    if (el.type === 'FactSet') for (const f of el.facts as { title: string; value: string }[]) parts.push(`${f.title}: ${f.value}`);
    if (typeof el.type === 'string' && (el.type as string).startsWith('Action.') && el.title && el.type !== 'Action.Submit') parts.push(String(el.title));
  }
  return parts.join('\n');
}

export const buttons = (node: unknown): Json[] => walk(node).filter((el) => el.type === 'Action.Execute' || el.type === 'Action.ShowCard');
export const button = (node: unknown, title: string | RegExp): Json => {
  const found = buttons(node).find((b) => (typeof title === 'string' ? b.title === title : title.test(String(b.title))));
  if (!found) throw new Error(`no button ${title} in ${buttons(node).map((b) => b.title).join(', ')}`);
  return found;
};
export const inputs = (node: unknown): Json[] => walk(node).filter((el) => String(el.type).startsWith('Input.'));

// --- fakes -------------------------------------------------------------------------------

/** Records what the bot sends on its own initiative. */
export class FakeMessenger implements ProactiveMessenger {
  readonly sent: { reference: Reference; activity: Partial<Activity>; id: string }[] = [];
  readonly updated: { reference: Reference; activityId: string; activity: Partial<Activity> }[] = [];
  canOpenPersonalChat = true;
  /** When set, update() fails as the connector does for a deleted or unknown activity. */
  updateFails = false;
  private n = 0;

  async send(reference: Reference, activity: Partial<Activity>): Promise<string> {
    const id = `proactive-${++this.n}`;
    this.sent.push({ reference, activity, id });
    return id;
  }
  async update(reference: Reference, activityId: string, activity: Partial<Activity>): Promise<void> {
    if (this.updateFails) throw new Error('NotFound: the activity does not exist');
    this.updated.push({ reference, activityId, activity });
  }
  async openPersonalChat(context: { activity: Partial<Activity> }): Promise<Reference | undefined> {
    if (!this.canOpenPersonalChat) return undefined;
    const a = context.activity;
    return { channelId: a.channelId, serviceUrl: a.serviceUrl, conversation: { id: `a:opened-${a.from!.id}` } as never, user: a.from, bot: a.recipient };
  }
}

/** Canned replies by question, so flows don't depend on the classifier's training. */
export class FakeAssistant {
  readonly defaultCouncil = 'flitwick';
  readonly asked: { text: string; asker: Asker; options?: unknown }[] = [];
  constructor(private readonly replies: Record<string, Partial<Reply>> = {}) {}
  councilName(id: string): string {
    return library().get(id).council.name;
  }
  answer(text: string, asker: Asker, options?: { council?: string; record?: boolean }): Reply {
    this.asked.push({ text, asker, options });
    const canned = this.replies[text] ?? {};
    return {
      intent: 'document_access',
      confidence: 0.91,
      uncertain: false,
      council: { id: 'flitwick', name: 'Flitwick Town Council' },
      summary: 'A councillor may see documents they need for their role.',
      clauses: [{ council: 'flitwick', ref: '56', heading: 'Access to information', text: 'Councillors have a right to see documents.\n(a) where they need them', score: 1 }],
      actions: [{ kind: 'document_request', label: 'Request these documents', prefill: { subject: text } }],
      ...canned,
    };
  }
}

export interface BotHarness {
  adapter: TestAdapter;
  queue: ClerkQueue;
  messenger: FakeMessenger;
  assistant: FakeAssistant;
  /** Sends one activity and returns everything the bot replied with. */
  send(activity: Partial<Activity>): Promise<Partial<Activity>[]>;
}

export function botHarness(options: { replies?: Record<string, Partial<Reply>>; queue?: ClerkQueue } = {}): BotHarness {
  const queue = options.queue ?? openQueue();
  const messenger = new FakeMessenger();
  const assistant = new FakeAssistant(options.replies);
  let formNo = 0;
  const bot = new TeamsBot({
    logger: silentLogger,
    library: library(),
    queue,
    assistant: assistant as never,
    messenger,
    newFormId: () => `form-000${++formNo}`,
  });
  const adapter = new TestAdapter(async (context) => bot.run(context));
  return {
    adapter,
    queue,
    messenger,
    assistant,
    async send(activity) {
      await adapter.processActivity({ ...activity });
      return adapter.activeQueue.splice(0);
    },
  };
}

/** The body of the invoke response among a turn's replies. */
export function invokeResponse(replies: Partial<Activity>[]): { status: number; body: { statusCode: number; type: string; value: unknown } } {
  const found = replies.find((r) => r.type === 'invokeResponse');
  if (!found) throw new Error(`no invoke response among ${replies.map((r) => r.type).join(', ')}`);
  return found.value as never;
}

export { library, PROJECT_ROOT, PROTOCOLS_DIR, removeTempDirs };
/** A fresh temporary folder for these tests, removed by `removeTempDirs()`. */
export const tempDir = (): string => tempDirWithPrefix('protocol-bot-teams-');
