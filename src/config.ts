import path from 'node:path';
import { z } from 'zod';

/** The project root, whether running from `src/` (jest, the test processes) or `dist/src/` (compiled). */
export const PROJECT_ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const idList = z
  .string()
  .optional()
  .transform((v) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean));

/** A yes/no setting: exactly `true` or `false` (as the README says); empty means not set. */
const booleanFlag = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .pipe(z.enum(['true', 'false'], { error: 'must be true or false' }).optional())
  .optional();

/** An on/off switch (as the README says); empty means not set, so the default holds. */
const onOff = (fallback: 'on' | 'off') =>
  z
    .string()
    .trim()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(z.enum(['on', 'off'], { error: 'must be on or off' }).optional())
    .optional()
    .transform((v) => v ?? fallback);

const COUNCIL_ID = /^[a-z][a-z0-9-]*$/;

/** A folder or file; set but empty is refused in words (uat26: zod's "Too small: expected string to have >=1 characters"). */
const pathSetting = (fallback: string) => z.string().min(1, `an empty path: give one, or leave it unset for the default (${fallback})`).default(fallback);

const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);

export const configSchema = z.object({
  COUNCIL: z.string().regex(COUNCIL_ID, 'a council id is lower-case letters, digits or dashes, starting with a letter, such as "flitwick"').default('flitwick'),
  PROTOCOLS_DIR: pathSetting(path.join(PROJECT_ROOT, 'data', 'protocols')),
  INTENTS_DIR: pathSetting(path.join(PROJECT_ROOT, 'intents')),
  DATABASE_PATH: pathSetting(path.join(PROJECT_ROOT, 'var', 'protocol-bot.sqlite')),
  /** Where the trained intent model is cached between starts. */
  MODEL_CACHE_DIR: pathSetting(path.join(PROJECT_ROOT, 'var', 'cache')),
  /**
   * The word vectors' vote for an unsure reading (docs/word-vectors.md): `on` reads words no example uses by meaning.
   * On by default since vec4 made it cheap: the table is read and the vote built only at the first unsure reading (a
   * start and a confident `ask` pay nothing); that reading pays the table's read, about 8 MB from then on
   * (docs/word-vectors.md "vec4" and "On by default").
   */
  WORD_VECTORS: onOff('on'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** Working days allowed before a new request must be acknowledged. */
  ACK_TARGET_DAYS: z.coerce.number().int().min(1).max(60).default(2),
  /** Working days allowed before a request must be resolved. */
  RESOLVE_TARGET_DAYS: z.coerce.number().int().min(1).max(365).default(20),
  /** Days to keep unanswered questions for the Clerk's review. */
  UNANSWERED_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),

  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_CLERK_CHANNEL: optionalText,
  SLACK_API_URL: z.string().url().optional().or(z.literal('').transform(() => undefined)),
  CLERK_USER_IDS: idList,
  /** Who receives a complaint about the Clerk (the person the protocol names), in the same forms as CLERK_USER_IDS. */
  CLERK_COMPLAINTS_USER_IDS: idList,
  /** Officers, as CLERK_USER_IDS names Clerks (any platform's ids). */
  OFFICER_USER_IDS: idList,
  /** Slack user groups (S…) whose members are officers / Clerks, read with usergroups.users.list. */
  SLACK_OFFICER_GROUP: optionalText,
  SLACK_CLERK_GROUP: optionalText,
  PORT: port(3000),

  MICROSOFT_APP_ID: optionalText,
  MICROSOFT_APP_PASSWORD: optionalText,
  MICROSOFT_APP_TENANT_ID: optionalText,
  MICROSOFT_APP_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional().or(z.literal('').transform(() => undefined)),
  /** Set to "true" to run the Teams endpoint with no app id (Bot Framework Emulator). */
  TEAMS_ENABLED: booleanFlag,
  TEAMS_PORT: port(3978),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Reads the environment; a bad value raises one line naming the variable and what is allowed. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const variable = String(issue.path[0]);
  throw new ConfigError(`invalid ${variable}=${JSON.stringify(env[variable] ?? '')}: ${issue.message}${variable === 'COUNCIL' ? councilIdHint(env.COUNCIL) : ''}`);
}

/** A council's name typed as people write it ("Rookhaven", " flitwick ") names the id it would be (uat26). */
function councilIdHint(value: string | undefined): string {
  const id = (value ?? '').trim().toLowerCase().replace(/\s+/g, '-');
  return COUNCIL_ID.test(id) ? ` (did you mean COUNCIL=${id}?)` : '';
}

/**
 * Whether the word vectors' vote is on. The intent engine is built by scripts and tests as well as
 * by the bot, none of which hand it a Config, so it asks here; a value that is neither on nor off
 * reads as the default (start-up and `doctor` refuse it through loadConfig).
 */
export function wordVectorsOn(env: NodeJS.ProcessEnv = process.env): boolean {
  const parsed = configSchema.shape.WORD_VECTORS.safeParse(env.WORD_VECTORS);
  return parsed.success && parsed.data === 'on';
}

/**
 * A channel set up halfway is a mistake, not a wish for the console: start-up (and `doctor`)
 * stop on it, naming the variable that is missing, instead of quietly opening the console.
 */
export function channelSetupProblem(config: Config): string | undefined {
  const slackParts = { SLACK_SIGNING_SECRET: config.SLACK_SIGNING_SECRET, SLACK_APP_TOKEN: config.SLACK_APP_TOKEN, SLACK_CLERK_CHANNEL: config.SLACK_CLERK_CHANNEL, SLACK_OFFICER_GROUP: config.SLACK_OFFICER_GROUP, SLACK_CLERK_GROUP: config.SLACK_CLERK_GROUP };
  if (!config.SLACK_BOT_TOKEN) {
    const stray = Object.entries(slackParts).find(([, value]) => value)?.[0];
    if (stray) return `${stray} is set but SLACK_BOT_TOKEN is not: set the bot token (xoxb-…) too, or unset ${stray}`;
  } else if (!config.SLACK_SIGNING_SECRET && !config.SLACK_APP_TOKEN) {
    return 'SLACK_BOT_TOKEN is set but neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP mode) is: set one of them';
  }
  if (!config.MICROSOFT_APP_ID) {
    const stray = (['MICROSOFT_APP_PASSWORD', 'MICROSOFT_APP_TENANT_ID', 'MICROSOFT_APP_TYPE'] as const).find((name) => config[name]);
    if (stray) return `${stray} is set but MICROSOFT_APP_ID is not: set the bot's app id too, or unset ${stray}`;
  } else {
    if (config.TEAMS_ENABLED === 'false') return 'MICROSOFT_APP_ID is set but TEAMS_ENABLED=false: unset one of them';
    const type = config.MICROSOFT_APP_TYPE ?? 'MultiTenant';
    if (type !== 'UserAssignedMSI' && !config.MICROSOFT_APP_PASSWORD) return 'MICROSOFT_APP_ID is set but MICROSOFT_APP_PASSWORD is not: set the client secret of the bot\'s app registration';
    if (type !== 'MultiTenant' && !config.MICROSOFT_APP_TENANT_ID) return `MICROSOFT_APP_TYPE=${type} needs MICROSOFT_APP_TENANT_ID (the directory (tenant) id of the app registration)`;
  }
  return undefined;
}

/** The configuration `npm start` runs with: valid values, and no channel set up halfway. */
export function loadStartConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const config = loadConfig(env);
  const problem = channelSetupProblem(config);
  if (problem) throw new ConfigError(problem);
  return config;
}

export const slackConfigured = (config: Config): boolean => Boolean(config.SLACK_BOT_TOKEN && (config.SLACK_SIGNING_SECRET || config.SLACK_APP_TOKEN));
export const teamsConfigured = (config: Config): boolean => Boolean(config.MICROSOFT_APP_ID || config.TEAMS_ENABLED === 'true');
