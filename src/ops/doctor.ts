/**
 * `protocol-bot doctor`: checks the set-up end to end and says, one line per check, what is
 * wrong and what to do. The same checks run at start-up (failures logged as warnings). Nothing
 * here writes: the database is opened read-only and Slack is only asked questions.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { webApi } from '@slack/bolt';
import { channelSetupProblem, Config, loadConfig, PROJECT_ROOT, slackConfigured, teamsConfigured } from '../config';
import { cachedModelStatus } from '../nlu/engine';
import { IntentFile, loadIntents } from '../nlu/intents';
import { ProtocolLibrary } from '../protocols/library';
import { type CouncilMetadata, ROUTE_KIND_NAMES } from '../protocols/metadata';
import { checkedCount, describeStaleRef, staleCuratedRefsIn } from '../protocols/curated';
import { inspectDatabase } from '../queue/inspect';
import { readVectorTable, VECTORS } from '../nlu/vectors';
import { slackMemberIds } from '../channels/slack/identity';
import { slackErrorCode } from '../channels/slack/errors';
import { configuredTeamsKey } from '../channels/teams/identity';

export interface Check {
  /** Short, stable name (for monitoring): e.g. `database.integrity`. */
  name: string;
  ok: boolean;
  /** What was found. */
  detail: string;
  /** What to do, when not ok. */
  fix?: string;
}

export interface DoctorOptions {
  /** Slack Web API calls give up after this long (default 10 s). */
  timeoutMs?: number;
  /** Skip the (slow) integrity check of the database: start-up has just done its own. */
  skipIntegrity?: boolean;
  now?: () => Date;
  /**
   * The intents the running bot has already loaded (at start-up): checked as they are, not parsed again from their
   * YAML, which costs most of a second of CPU beside the first messages.
   */
  intents?: IntentFile[];
}

/** Notifications undelivered for longer than this are a problem worth a cross. */
export const STUCK_AFTER_MS = 15 * 60_000;
export const SLACK_MANIFEST = path.join(PROJECT_ROOT, 'manifest', 'slack', 'manifest.yml');
/** The Teams conversation reference key under which the Clerks' channel is registered. */
const TEAMS_CLERKS_CHANNEL_KEY = 'clerks-channel';

const pass = (name: string, detail: string): Check => ({ name, ok: true, detail });
const fail = (name: string, detail: string, fix: string): Check => ({ name, ok: false, detail, fix });
const firstLine = (error: unknown): string => String((error as Error)?.message ?? error).split('\n')[0].slice(0, 300);

/** Every check, in order; later checks are skipped (not failed) when what they need is broken. */
export async function runDoctor(env: NodeJS.ProcessEnv, options: DoctorOptions = {}): Promise<Check[]> {
  const checks: Check[] = [];
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (error) {
    return [fail('config', firstLine(error), 'correct that variable (see "Configuration" in the README)')];
  }
  const setupProblem = channelSetupProblem(config);
  checks.push(setupProblem ? fail('config', setupProblem, 'set or unset the variables named, then run doctor again') : pass('config', `valid; ${describeChannels(config)}`));

  checks.push(...localChecks(config, options));
  // Not among the start-up checks: at start the engine reads the table itself and logs its own warning.
  checks.push(wordVectorsCheck(config));
  if (slackConfigured(config)) checks.push(...(await slackChecks(config, options)));
  if (teamsConfigured(config)) checks.push(...teamsChecks(config));
  return checks;
}

function describeChannels(config: Config): string {
  const channels = [
    slackConfigured(config) ? `Slack (${config.SLACK_APP_TOKEN ? 'Socket Mode' : 'HTTP'})` : '',
    teamsConfigured(config) ? `Teams${config.MICROSOFT_APP_ID ? '' : ' (unauthenticated, Emulator only)'}` : '',
  ].filter(Boolean);
  return `council ${config.COUNCIL}; channels: ${channels.length ? channels.join(', ') : 'none (npm start opens the console chat)'}`;
}

/** Protocols, intents, the model cache, the database and the outbox. */
export function localChecks(config: Config, options: DoctorOptions = {}): Check[] {
  const checks: Check[] = [];
  let library: ProtocolLibrary | undefined;
  try {
    library = ProtocolLibrary.load(config.PROTOCOLS_DIR);
    const { council } = library.get(config.COUNCIL);
    checks.push(pass('protocols', `${library.ids().length} council(s) in ${config.PROTOCOLS_DIR}; ${config.COUNCIL} loads`));
    checks.push(routesCheck(council));
  } catch (error) {
    library = undefined;
    checks.push(fail('protocols', firstLine(error), 'fix the protocol files named, or set COUNCIL/PROTOCOLS_DIR'));
  }
  let intents: IntentFile[] | undefined;
  try {
    intents = options.intents ?? loadIntents(config.INTENTS_DIR);
    checks.push(pass('intents', `${intents.length} intents in ${config.INTENTS_DIR}`));
  } catch (error) {
    checks.push(fail('intents', firstLine(error), 'fix the intent file named (see "Adding an intent" in the README)'));
  }
  if (library && intents) checks.push(curatedRefsCheck(library, intents));
  if (intents) {
    const model = cachedModelStatus(intents, config.MODEL_CACHE_DIR);
    checks.push(
      model.current
        ? pass('model_cache', `the trained model for the current intents is cached (${path.basename(model.file)})`)
        : fail('model_cache', `no cached model for the current intents in ${config.MODEL_CACHE_DIR}`, 'run `protocol-bot train` (or `npm install`) so the bot does not train at start-up'),
    );
  }
  checks.push(...databaseChecks(config, options));
  return checks;
}

/** The kinds of request a council may give a route of its own (its <id>.json `routes`), named as `routes` names them. */
const ROUTED_KINDS = ['complaint_about_officer', 'complaint_about_councillor', 'complaint_about_councillor_by_councillor', 'document_access'] as const;

/**
 * Whether the running council says who receives each kind of request. Without a route, requests go to the Clerk
 * (src/queue/routing.ts), which is right for most; but a complaint about the Clerk has nobody to go to: it names no
 * recipient and is kept from the Clerk, so the complainant is told to take it elsewhere themselves. A freshly ingested
 * protocol has no routes until a person confirms the ones proposed from its text.
 */
export function routesCheck(council: CouncilMetadata): Check {
  const toTheClerk = ROUTED_KINDS.filter((kind) => !council.routes[kind]).map((kind) => ROUTE_KIND_NAMES[kind].toLowerCase());
  const fallback = toTheClerk.length > 0 ? `; ${toTheClerk.join(', ')} go to the ${council.clerkTitle} (no route of their own)` : '';
  const aboutTheClerk = council.routes.complaint_about_clerk;
  if (aboutTheClerk) {
    return pass('routes', `complaints about the ${council.clerkTitle} go to ${aboutTheClerk.recipient}${aboutTheClerk.clause ? ` (clause ${aboutTheClerk.clause})` : ''}${fallback}`);
  }
  return fail(
    'routes',
    `${council.id} names nobody for complaints about the ${council.clerkTitle}: such a complaint is kept from the ${council.clerkTitle} and the complainant is told to send it on themselves${fallback}`,
    `run \`protocol-bot routes ${council.id}\` to see whom the protocol names, check it against its clause, and put it in ${council.id}.json's "routes"`,
  );
}

/** Whether the word vectors' vote is on (WORD_VECTORS=on) and its table (data/vectors) loads; the bot runs without it either way. */
export function wordVectorsCheck(config: Config, dir: string = VECTORS.dir): Check {
  if (config.WORD_VECTORS === 'off') return pass('word_vectors', 'off (WORD_VECTORS=off; on, the default, word vectors help an unsure reading, the table read at the first one)');
  const read = readVectorTable(dir);
  if (read.table) return pass('word_vectors', `loaded: ${read.table.size} words, ${read.table.dimensions}-d, from ${dir}`);
  return fail(
    'word_vectors',
    `on, but the table is not usable: ${read.problem}; the bot reads messages without the word vectors' vote`,
    'restore it (`git checkout -- data/vectors`) or rebuild it (`node scripts/vectors-build.js`, docs/word-vectors.md); or set WORD_VECTORS=off',
  );
}

/**
 * The hand-made clause references (intents' `clauses:` maps, routes' `clause`) against each
 * council's current text: a clause gone, or changed since the version before. Only councils
 * that have such references are read, so a large protocol nobody curated costs nothing here.
 */
function curatedRefsCheck(library: ProtocolLibrary, intents: IntentFile[]): Check {
  try {
    const curated = library.ids().filter((id) => intents.some((i) => i.clauses[id]?.length) || Object.values(library.metadata(id).routes).some((r) => r?.clause));
    const stale = staleCuratedRefsIn(library, intents, curated);
    if (stale.length === 0) {
      const checked = checkedCount(library, curated);
      const since = checked > 0 ? `, or whose changed text a person has checked (${checked} clause(s), \`protocol-bot checked\`)` : '';
      return pass('curated_refs', `every curated clause reference of ${curated.length} council(s) points at a clause whose text is unchanged${since}, and every new clause is in a topic's map`);
    }
    const shown = stale.slice(0, 5).map(describeStaleRef).join('; ');
    const fresh = stale.filter((s) => s.problem === 'new').length;
    const refs = stale.length - fresh;
    const what = [refs > 0 ? `${refs} stale curated clause reference(s)` : '', fresh > 0 ? `${fresh} new clause(s) in no topic's clause map` : ''].filter(Boolean).join(' and ');
    const fixes = [
      refs > 0
        ? 'read each changed clause (`protocol-bot diff <council>`); correct refs that no longer fit in the intent files or <council>.json named, then `protocol-bot train`; ' +
          'when a changed clause\'s refs are right (or now corrected), say so with `protocol-bot checked <council> <ref> --by "<your name>"`'
        : '',
      fresh > 0
        ? 'Add each new clause to the `clauses:` list for its council in the intent whose questions it answers (intents/<intent>.yaml), then `protocol-bot train`; ' +
          'a new clause no topic needs: `protocol-bot checked <council> <ref> --by "<your name>"`'
        : '',
    ].filter(Boolean);
    return fail('curated_refs', `${what}: ${shown}${stale.length > 5 ? `; and ${stale.length - 5} more` : ''}`, fixes.join('. '));
  } catch (error) {
    return fail('curated_refs', firstLine(error), 'fix the protocol files named');
  }
}

function databaseChecks(config: Config, options: DoctorOptions): Check[] {
  const file = config.DATABASE_PATH;
  let report;
  try {
    report = inspectDatabase(file, { teamsClerksChannelKey: TEAMS_CLERKS_CHANNEL_KEY });
  } catch (error) {
    return [fail('database', `${file}: ${firstLine(error)}`, 'check DATABASE_PATH and who owns the file; restore a damaged file from a backup')];
  }
  if (!report.exists) return [pass('database', `${file} does not exist yet; the first start creates it`)];
  const checks: Check[] = [pass('database', `${file} opens`)];
  const version = report.schemaVersion ?? 0;
  if (version > report.expectedVersion) {
    checks.push(fail('database.migrations', `schema version ${version} is newer than this program's (${report.expectedVersion})`, 'upgrade protocol-bot to the version that wrote this database'));
  } else if (version < report.expectedVersion) {
    checks.push(fail('database.migrations', `schema version ${version}, this program's is ${report.expectedVersion}`, 'start the bot once (it migrates the database), after a backup'));
  } else {
    checks.push(pass('database.migrations', `schema version ${version} is current`));
  }
  if (!options.skipIntegrity) {
    checks.push(
      report.integrity === 'ok'
        ? pass('database.integrity', 'integrity_check: ok')
        : fail('database.integrity', `integrity_check: ${report.integrity}`, 'stop the bot and restore the database from a backup'),
    );
  }
  checks.push(
    report.journalMode === 'wal'
      ? pass('database.wal', 'journal mode is WAL')
      : fail('database.wal', `journal mode is ${report.journalMode}`, 'start the bot once: it switches the database to WAL'),
  );
  checks.push(outboxCheck(report, options.now?.() ?? new Date()));
  return checks;
}

function outboxCheck(report: ReturnType<typeof inspectDatabase>, now: Date): Check {
  const undelivered = report.undelivered ?? 0;
  const failing = report.failing ?? 0;
  if (undelivered === 0) return pass('outbox', 'every notification has been delivered');
  const oldest = report.oldestUndeliveredAt ? new Date(report.oldestUndeliveredAt) : now;
  const ageMinutes = Math.round((now.getTime() - oldest.getTime()) / 60_000);
  const detail = `${undelivered} undelivered (${failing} failed at least once), the oldest written ${ageMinutes} min ago${report.lastError ? `; last error: ${report.lastError}` : ''}`;
  if (failing === 0 && now.getTime() - oldest.getTime() < STUCK_AFTER_MS) return pass('outbox', detail);
  return fail('outbox', detail, 'is the bot running, and in the Clerks\' channel? See the Slack/Teams checks and the last error');
}

// ---- Slack ----

/**
 * Slack's SDK and the YAML parser, loaded when a Slack check runs: the bot's start-up runs the
 * local checks through ops/watch.ts, and loading them there cost it hundreds of milliseconds.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const slackWebApi = (): typeof webApi => (require('@slack/bolt') as typeof import('@slack/bolt')).webApi;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const parseYaml = (text: string): unknown => (require('yaml') as typeof import('yaml')).parse(text);

/** The bot scopes the Slack manifest asks for: what the code needs. */
export function manifestBotScopes(file = SLACK_MANIFEST): string[] {
  const manifest = parseYaml(fs.readFileSync(file, 'utf8')) as { oauth_config?: { scopes?: { bot?: string[] } } };
  return manifest.oauth_config?.scopes?.bot ?? [];
}

const silentSlackLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  setLevel: () => undefined,
  getLevel: () => slackWebApi().LogLevel.ERROR,
  setName: () => undefined,
};

function slackClient(token: string, config: Config, options: DoctorOptions): webApi.WebClient {
  const { WebClient } = slackWebApi();
  return new WebClient(token, {
    ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
    retryConfig: { retries: 0 },
    timeout: options.timeoutMs ?? 10_000,
    logger: silentSlackLogger,
    rejectRateLimitedCalls: true,
  });
}

const slackError = (error: unknown): string => slackErrorCode(error) ?? firstLine(error);

export async function slackChecks(config: Config, options: DoctorOptions = {}): Promise<Check[]> {
  const checks: Check[] = [];
  const client = slackClient(config.SLACK_BOT_TOKEN!, config, options);
  let scopes: string[] | undefined;
  try {
    const auth = await client.auth.test();
    scopes = auth.response_metadata?.scopes;
    checks.push(pass('slack.auth', `token valid: workspace ${auth.team ?? '?'} (${auth.team_id ?? '?'}), bot user ${auth.user ?? '?'} (${auth.user_id ?? '?'})`));
  } catch (error) {
    const code = slackError(error);
    const unreachable = !(error as { data?: unknown }).data;
    checks.push(
      fail(
        'slack.auth',
        unreachable ? `could not reach Slack: ${code}` : `Slack refused SLACK_BOT_TOKEN: ${code}`,
        unreachable ? 'check the network (and SLACK_API_URL, if set)' : 'copy the Bot User OAuth Token (xoxb-…) from the app\'s "OAuth & Permissions" page into SLACK_BOT_TOKEN',
      ),
    );
    return checks; // nothing else can be asked with a token Slack refuses
  }

  const needed = manifestBotScopes();
  if (!scopes) {
    checks.push(fail('slack.scopes', 'Slack did not say which scopes the token has', 'compare the app\'s "OAuth & Permissions" page with manifest/slack/manifest.yml'));
  } else {
    const missing = needed.filter((scope) => !scopes!.includes(scope));
    checks.push(
      missing.length
        ? fail('slack.scopes', `the token lacks ${missing.join(', ')}`, 'add them under "OAuth & Permissions" (or re-import manifest/slack/manifest.yml) and reinstall the app to the workspace')
        : pass('slack.scopes', `all ${needed.length} scopes the manifest needs are granted`),
    );
  }

  if (!config.SLACK_CLERK_CHANNEL) {
    checks.push(fail('slack.clerks_channel', 'SLACK_CLERK_CHANNEL is not set: new requests wait in the outbox', 'set SLACK_CLERK_CHANNEL to the Clerks\' channel id (C…) and invite the bot there'));
  } else {
    try {
      const info = await client.conversations.info({ channel: config.SLACK_CLERK_CHANNEL });
      const name = info.channel?.name ? `#${info.channel.name}` : config.SLACK_CLERK_CHANNEL;
      if (info.channel?.is_archived) {
        checks.push(fail('slack.clerks_channel', `${name} is archived`, 'unarchive it or set SLACK_CLERK_CHANNEL to another channel'));
      } else if (info.channel?.is_member === false) {
        checks.push(fail('slack.clerks_channel', `the bot is not a member of ${name}: notifications to the Clerks fail`, `invite it: in ${name} type /invite @Protocol Assistant`));
      } else {
        checks.push(pass('slack.clerks_channel', `${name} exists and the bot is a member`));
      }
    } catch (error) {
      const code = slackError(error);
      checks.push(
        code === 'channel_not_found'
          ? fail('slack.clerks_channel', `SLACK_CLERK_CHANNEL=${config.SLACK_CLERK_CHANNEL}: no such channel the bot can see`, 'use the channel id (C…, from the channel\'s details) and invite the bot, for a private channel first')
          : fail('slack.clerks_channel', `could not look up SLACK_CLERK_CHANNEL=${config.SLACK_CLERK_CHANNEL}: ${code}`, code === 'missing_scope' ? 'grant channels:read and groups:read (see slack.scopes)' : 'run doctor again; if it persists, check Slack\'s status'),
      );
    }
  }

  const memberIdFix = 'use member ids (U…: a profile\'s "⋮ → Copy member ID") of active people';
  /** What is wrong with each Slack id of a configured list: deactivated, a bot, or nobody. */
  const peopleProblems = async (ids: readonly string[]): Promise<string[]> => {
    const problems: string[] = [];
    for (const id of ids) {
      try {
        const { user } = await client.users.info({ user: id });
        if (user?.deleted) problems.push(`${id} is deactivated`);
        else if (user?.is_bot) problems.push(`${id} is a bot`);
      } catch (error) {
        problems.push(`${id}: ${slackError(error)}`);
      }
    }
    return problems;
  };

  // The lists may name Teams people too, and Slack people as `slack:U…` or `U…`: Slack checks its own.
  const clerks = slackMemberIds(config.CLERK_USER_IDS);
  const others = config.CLERK_USER_IDS.length - clerks.length;
  if (clerks.length === 0) {
    const which = config.CLERK_USER_IDS.length === 0 ? 'CLERK_USER_IDS is empty' : 'CLERK_USER_IDS has no Slack member id';
    checks.push(fail('slack.clerks', `${which}: nobody can act on requests in Slack`, 'set CLERK_USER_IDS to the Clerks\' Slack member ids (U…), comma-separated'));
  } else {
    const problems = await peopleProblems(clerks);
    checks.push(
      problems.length
        ? fail('slack.clerks', `CLERK_USER_IDS: ${problems.join('; ')}`, memberIdFix)
        : pass('slack.clerks', `all ${clerks.length} Slack ids in CLERK_USER_IDS are active people${others ? ` (${others} other id(s) are not Slack's)` : ''}`),
    );
  }

  const complaintHandlers = slackMemberIds(config.CLERK_COMPLAINTS_USER_IDS);
  if (complaintHandlers.length === 0) {
    checks.push(
      fail(
        'slack.clerk_complaints',
        'CLERK_COMPLAINTS_USER_IDS is empty: a complaint about the Clerk cannot be delivered in Slack (the complainant is told to send it to the person the protocol names themselves)',
        'set CLERK_COMPLAINTS_USER_IDS to the Slack member id of the person your protocol names for complaints about the Clerk (e.g. the Chair of the Personnel Committee)',
      ),
    );
  } else {
    const problems = await peopleProblems(complaintHandlers);
    checks.push(
      problems.length
        ? fail('slack.clerk_complaints', `CLERK_COMPLAINTS_USER_IDS: ${problems.join('; ')}`, memberIdFix)
        : pass('slack.clerk_complaints', `complaints about the Clerk go to ${complaintHandlers.length} active person(s)`),
    );
  }

  for (const [variable, group] of [['SLACK_OFFICER_GROUP', config.SLACK_OFFICER_GROUP], ['SLACK_CLERK_GROUP', config.SLACK_CLERK_GROUP]] as const) {
    if (!group) continue;
    try {
      const { users } = await client.usergroups.users.list({ usergroup: group });
      checks.push(pass('slack.groups', `${variable}=${group} has ${users?.length ?? 0} member(s)`));
    } catch (error) {
      checks.push(fail('slack.groups', `${variable}=${group} cannot be read: ${slackError(error)}`, 'use the user group\'s id (S…) and grant usergroups:read (see slack.scopes)'));
    }
  }

  if (config.SLACK_APP_TOKEN) {
    try {
      const opened = await slackClient(config.SLACK_APP_TOKEN, config, options).apps.connections.open();
      checks.push(opened.url ? pass('slack.socket_mode', 'the app token opens a Socket Mode connection') : fail('slack.socket_mode', 'Slack gave no connection URL', 'check that Socket Mode is enabled for the app'));
    } catch (error) {
      checks.push(fail('slack.socket_mode', `SLACK_APP_TOKEN cannot open a connection: ${slackError(error)}`, 'create an app-level token (xapp-…) with connections:write under "Basic Information", and enable Socket Mode'));
    }
  }
  return checks;
}

// ---- Teams ----

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function teamsChecks(config: Config): Check[] {
  const checks: Check[] = [];
  const appId = config.MICROSOFT_APP_ID;
  if (!appId) {
    checks.push(fail('teams.app', 'TEAMS_ENABLED=true without MICROSOFT_APP_ID: the endpoint is unauthenticated', 'for Teams itself, set MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD, MICROSOFT_APP_TENANT_ID and MICROSOFT_APP_TYPE'));
  } else {
    const problems: string[] = [];
    if (!GUID.test(appId)) problems.push('MICROSOFT_APP_ID is not a GUID (the app registration\'s "Application (client) ID")');
    if (config.MICROSOFT_APP_TENANT_ID && !GUID.test(config.MICROSOFT_APP_TENANT_ID)) problems.push('MICROSOFT_APP_TENANT_ID is not a GUID (the "Directory (tenant) ID")');
    const setup = channelSetupProblem({ ...config, SLACK_BOT_TOKEN: undefined, SLACK_SIGNING_SECRET: undefined, SLACK_APP_TOKEN: undefined, SLACK_CLERK_CHANNEL: undefined });
    if (setup) problems.push(setup);
    checks.push(
      problems.length
        ? fail('teams.app', problems.join('; '), 'copy the values from the Azure Bot resource and its app registration')
        : pass('teams.app', `app id, password, tenant and type (${config.MICROSOFT_APP_TYPE ?? 'MultiTenant'}) are consistent`),
    );
  }
  // CLERK_COMPLAINTS_USER_IDS may name Slack people too: Teams checks its own.
  const complaintKeys = config.CLERK_COMPLAINTS_USER_IDS.map(configuredTeamsKey).filter((key): key is string => key !== undefined);
  let registered: boolean | undefined;
  let withoutChat: string[] | undefined;
  try {
    const report = inspectDatabase(config.DATABASE_PATH, { teamsClerksChannelKey: TEAMS_CLERKS_CHANNEL_KEY, teamsPersonalChatKeys: complaintKeys });
    registered = report.teamsClerksChannel;
    withoutChat = report.exists ? report.teamsWithoutChat : complaintKeys;
  } catch {
    registered = undefined; // the database check has already said why
  }
  // With Slack running too, the outbox gives a notification to the first channel that can deliver it:
  // Slack's Clerks' channel and a Slack person named for complaints about the Clerk need nothing of Teams.
  const slackTakesClerks = slackConfigured(config) && Boolean(config.SLACK_CLERK_CHANNEL);
  const slackComplaintHandlers = slackConfigured(config) ? slackMemberIds(config.CLERK_COMPLAINTS_USER_IDS) : [];
  checks.push(
    registered
      ? pass('teams.clerks_channel', 'a Clerks\' channel is registered')
      : slackTakesClerks
        ? pass('teams.clerks_channel', `no Clerks' channel is registered in Teams: new requests go to Slack's (${config.SLACK_CLERK_CHANNEL})`)
        : fail('teams.clerks_channel', 'no Clerks\' channel is registered: new requests wait in the outbox', 'in the Clerks\' channel, a Clerk posts "@Protocol Bot register clerk channel"'),
  );
  if (complaintKeys.length === 0 && slackComplaintHandlers.length > 0) {
    checks.push(pass('teams.clerk_complaints', `complaints about the Clerk go through Slack to ${slackComplaintHandlers.length} person(s) in CLERK_COMPLAINTS_USER_IDS`));
  } else if (complaintKeys.length === 0) {
    checks.push(
      fail(
        'teams.clerk_complaints',
        'CLERK_COMPLAINTS_USER_IDS is empty: a complaint about the Clerk cannot be delivered in Teams (the complainant is told to send it to the person the protocol names themselves)',
        'set CLERK_COMPLAINTS_USER_IDS to the Object ID (Entra ID) of the person your protocol names for complaints about the Clerk',
      ),
    );
  } else if (withoutChat && withoutChat.length > 0) {
    checks.push(
      fail(
        'teams.clerk_complaints',
        `${withoutChat.map((key) => key.replace(/^teams:/, '')).join(', ')} has no personal chat with the bot: a complaint about the Clerk waits in the outbox until they have one`,
        'ask them to open a chat with the bot in Teams (Apps → Protocol Bot) and say hello',
      ),
    );
  } else if (withoutChat) {
    checks.push(pass('teams.clerk_complaints', `complaints about the Clerk go to ${complaintKeys.length} person(s), each with a personal chat`));
  }
  return checks;
}

// ---- output ----

/** One line per check: a detail that spans lines (integrity_check lists every damaged page) is folded onto its line. */
export function formatChecks(checks: Check[]): string {
  const oneLine = (text: string | undefined) => (text ?? '').replace(/\s*[\r\n]+\s*/g, ' ').trim();
  return checks.map((c) => (c.ok ? `✓ ${c.name}: ${oneLine(c.detail)}` : `✗ ${c.name}: ${oneLine(c.detail)} — ${oneLine(c.fix)}`)).join('\n');
}
