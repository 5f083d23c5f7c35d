/**
 * The Slack channel: builds the Bolt app, registers the listeners and starts it — Socket Mode
 * when SLACK_APP_TOKEN is set (no public URL needed), else HTTP on PORT at /slack/events with
 * Bolt's request signature verification (a missing, wrong or stale signature gets 401).
 */
import type { Server } from 'node:http';
import type { AddressInfo, ListenOptions } from 'node:net';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import type { Logger as BoltLogger, ReceiverEvent } from '@slack/bolt';
import { ConfigError } from '../../config';
import type { Logger } from '../../log';
import type { ChannelDeps, RunningChannel } from '../deps';
import { BodyTooLarge, readBody, refuseTooLarge } from '../body-limit';
import { answerHealth, HEALTH_PATH } from '../health';
import type { SlackContext } from './context';
import { SlackIdentity, slackMemberIds } from './identity';
import { slackErrorCode } from './errors';
import { registerListeners } from './listeners';
import { SlackNotificationSender } from './sender';
import { SlackUserGroups } from './user-groups';
import { clerkTitleOf } from '../labels';

export const SLACK_EVENTS_PATH = '/slack/events';
export { HEALTH_PATH };

export interface SlackAppOptions {
  /** Where the HTTP receiver listens; default `PORT` on all interfaces. */
  listen?: number | ListenOptions;
  /** Today, for form date checks (tests). */
  now?: () => Date;
  /** Socket Mode: give up if Slack's hello has not come within this long (default 30 s). */
  connectTimeoutMs?: number;
}

export interface SlackApp {
  app: App;
  sender: SlackNotificationSender;
  identity: SlackIdentity;
  socketMode: boolean;
  /** Resolves once every request received so far has been processed to the end. */
  idle(): Promise<void>;
}

export interface SlackChannel extends RunningChannel {
  /** A direct message to every Clerk (see ops/watch.ts). */
  alertClerks(text: string): Promise<void>;
  /** The HTTP port actually listened on (undefined in Socket Mode). */
  readonly port?: number;
  idle(): Promise<void>;
}

/**
 * Bolt's own log lines, as our structured logs. Debug lines are dropped: at that level Bolt and
 * its Web API client print request payloads, which hold message and complaint text.
 */
function boltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.INFO;
  const text = (parts: unknown[]) =>
    parts
      .map((part) => {
        if (part instanceof Error) return part.message;
        if (typeof part === 'string') return part;
        try {
          return JSON.stringify(part);
        } catch {
          return String(part);
        }
      })
      .join(' ')
      .slice(0, 300);
  return {
    debug: () => undefined,
    info: (...parts: unknown[]) => logger.info('slack.bolt', { message: text(parts) }),
    warn: (...parts: unknown[]) => logger.warn('slack.bolt', { message: text(parts) }),
    error: (...parts: unknown[]) => logger.error('slack.bolt', { message: text(parts) }),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}

/**
 * HTTP mode's receiver: events, commands and interactions on one path, with signature checks,
 * and GET /healthz. Bodies over the limit are refused before they are read whole; the rest
 * are read here and handed to Bolt already buffered.
 */
function httpReceiver(deps: ChannelDeps, logger: BoltLogger): HTTPReceiver {
  const receiver = new HTTPReceiver({
    signingSecret: deps.config.SLACK_SIGNING_SECRET!,
    endpoints: SLACK_EVENTS_PATH,
    // Listeners ack first and work after; the HTTP response goes out at ack().
    processBeforeResponse: false,
    logger,
    customRoutes: [{ path: HEALTH_PATH, method: ['GET'], handler: (_req, res) => answerHealth(deps.queue, res) }],
  });
  const boltListener = receiver.requestListener;
  receiver.requestListener = (req, res) => {
    if (req.method !== 'POST') return boltListener(req, res);
    readBody(req).then(
      (body) => {
        (req as typeof req & { rawBody?: Buffer }).rawBody = body;
        boltListener(req, res);
      },
      (error: unknown) => {
        if (error instanceof BodyTooLarge) {
          deps.logger.warn('slack.request_too_large', { declaredBytes: Number(req.headers['content-length']) || undefined });
          refuseTooLarge(res);
        } else if (!res.headersSent) {
          res.writeHead(400).end();
        }
      },
    );
  };
  return receiver;
}

/** Builds the Bolt app with every listener registered, without initialising or starting it. */
export function createSlackApp(deps: ChannelDeps, options: SlackAppOptions = {}): SlackApp {
  const { config, logger } = deps;
  if (!config.SLACK_BOT_TOKEN) throw new ConfigError('SLACK_BOT_TOKEN is not set: the Slack channel needs the bot token (xoxb-…)');
  const socketMode = Boolean(config.SLACK_APP_TOKEN);
  if (!socketMode && !config.SLACK_SIGNING_SECRET) {
    throw new ConfigError('SLACK_SIGNING_SECRET is not set: HTTP mode needs it to verify requests (or set SLACK_APP_TOKEN for Socket Mode)');
  }

  const clientOptions = {
    ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
    // A few quick retries only: the outbox retries deliveries itself, with backoff, and a
    // trigger_id for views.open is dead after 3 seconds anyway.
    retryConfig: { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 3000 },
    timeout: 10_000,
  };
  const receiver = socketMode ? undefined : httpReceiver(deps, boltLogger(logger));
  const app = new App({
    token: config.SLACK_BOT_TOKEN,
    // Bolt would otherwise call auth.test from the constructor and leave a failure as an
    // unhandled rejection (a crash); `startSlack` runs `init()` and reports it clearly instead.
    deferInitialization: true,
    ...(receiver ? { receiver } : { socketMode: true, appToken: config.SLACK_APP_TOKEN }),
    logger: boltLogger(logger),
    clientOptions,
  });

  app.error(async (error) => {
    logger.error('slack.listener_failed', { code: error.code, error: error.message.split('\n')[0].slice(0, 200) });
  });

  const identity = new SlackIdentity(deps.queue, logger);
  const ctx: SlackContext = { ...deps, identity, now: options.now ?? (() => new Date()) };
  registerListeners(app, ctx);

  // Track every request from receipt to the end of its listeners, so tests and shutdown can
  // wait for work that continues after the HTTP response (processBeforeResponse: false).
  const inFlight = new Set<Promise<void>>();
  const processEvent = app.processEvent.bind(app);
  app.processEvent = (event: ReceiverEvent) => {
    const work = processEvent(event);
    inFlight.add(work);
    const done = () => {
      inFlight.delete(work);
    };
    work.then(done, done);
    return work;
  };
  const idle = async () => {
    while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
  };

  const sender = new SlackNotificationSender(app.client, deps.queue, config.SLACK_CLERK_CHANNEL, logger, (council) => clerkTitleOf(deps.library, council));
  return { app, sender, identity, socketMode, idle };
}

const TOKEN_ERRORS = ['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired'];

/** Checks the bot token with Slack (auth.test) and learns the bot's own ids, or says why not. */
async function initialise(app: App): Promise<void> {
  try {
    await app.init();
  } catch (error) {
    const code = slackErrorCode(error);
    if (code && TOKEN_ERRORS.includes(code)) {
      throw new ConfigError(`Slack refused SLACK_BOT_TOKEN (${code}): copy the Bot User OAuth Token (xoxb-…) from the app's "OAuth & Permissions" page`);
    }
    throw new Error(`could not reach Slack to check the bot token: ${(error as Error).message.split('\n')[0].slice(0, 200)}`);
  }
}

/** How long start-up waits for Slack's hello on the Socket Mode connection. */
export const SOCKET_MODE_CONNECT_TIMEOUT_MS = 30_000;

/**
 * Opens the Socket Mode connection. Bolt would otherwise retry for ever when the WebSocket
 * cannot be reached, leaving a process that neither answers nor exits.
 */
async function connectSocketMode(app: App, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`could not open the Socket Mode connection to Slack within ${Math.round(timeoutMs / 1000)} s (check the network; \`protocol-bot doctor\` checks SLACK_APP_TOKEN)`)), timeoutMs);
  });
  try {
    await Promise.race([app.start(), timedOut]);
  } catch (error) {
    await app.stop().catch(() => undefined);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** Starts the Slack channel; its `sender` delivers the outbox's Slack notifications. */
export async function startSlack(deps: ChannelDeps, options: SlackAppOptions = {}): Promise<SlackChannel> {
  const slack = createSlackApp(deps, options);
  await initialise(slack.app);
  let port: number | undefined;
  if (slack.socketMode) {
    await connectSocketMode(slack.app, options.connectTimeoutMs ?? SOCKET_MODE_CONNECT_TIMEOUT_MS);
  } else {
    const listen = options.listen ?? deps.config.PORT;
    const server = (await (typeof listen === 'number' ? slack.app.start(listen) : slack.app.start(listen))) as Server;
    port = (server.address() as AddressInfo).port;
  }
  const groups = new SlackUserGroups(slack.app.client, { officer: deps.config.SLACK_OFFICER_GROUP, clerk: deps.config.SLACK_CLERK_GROUP }, deps.logger);
  if (groups.configured) {
    await groups.refresh();
    groups.start();
    deps.queue.addRoleSource(groups);
  }
  if (!deps.config.SLACK_CLERK_CHANNEL) deps.logger.warn('slack.no_clerk_channel', { hint: 'set SLACK_CLERK_CHANNEL to post new requests to the Clerks\' channel' });
  deps.logger.info('slack.started', { mode: slack.socketMode ? 'socket' : 'http', port, path: slack.socketMode ? undefined : SLACK_EVENTS_PATH });
  return {
    name: 'slack',
    sender: slack.sender,
    port,
    idle: slack.idle,
    alertClerks: async (text: string) => {
      // Straight to each Clerk, not through the Clerks' channel (which may be what is failing).
      // Only the Slack ids (CLERK_USER_IDS may name Teams people, or write `slack:U…`).
      for (const clerk of slackMemberIds(deps.config.CLERK_USER_IDS)) {
        const opened = await slack.app.client.conversations.open({ users: clerk });
        if (opened.channel?.id) await slack.app.client.chat.postMessage({ channel: opened.channel.id, text });
      }
    },
    stop: async () => {
      groups.stop();
      await slack.app.stop();
      await slack.idle();
      deps.logger.info('slack.stopped', {});
    },
  };
}
