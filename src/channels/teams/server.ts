/**
 * The Teams endpoint: POST /api/messages on TEAMS_PORT, served by node's own http module, with
 * the Bot Framework's CloudAdapter checking each request's token. With no MICROSOFT_APP_ID it
 * runs unauthenticated, for the Bot Framework Emulator on a developer's machine.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  Activity,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationBotFrameworkAuthenticationOptions,
  ConfigurationServiceClientCredentialFactory,
  Request as BotRequest,
  Response as BotResponse,
} from 'botbuilder';
import type { Config } from '../../config';
import type { ChannelDeps, RunningChannel } from '../deps';
import { PLATFORM, TeamsBot } from './bot';
import { configuredTeamsKey } from './identity';
import { CloudMessenger, parseReference } from './proactive';
import { TeamsNotificationSender } from './sender';
import { BodyTooLarge, readBody, refuseTooLarge } from '../body-limit';
import { answerHealth, HEALTH_PATH } from '../health';
import { clerkTitleOf } from '../labels';

export const MESSAGES_PATH = '/api/messages';

export interface TeamsServerOptions {
  /**
   * Interface to listen on (default: all; tests use 127.0.0.1). Without MICROSOFT_APP_ID the
   * endpoint is unauthenticated and listens on 127.0.0.1 whatever this says.
   */
  host?: string;
  /** Extra Bot Framework authentication settings (e.g. a different OpenID metadata URL). */
  authentication?: ConfigurationBotFrameworkAuthenticationOptions;
}

export function createAdapter(
  config: Config,
  extra: ConfigurationBotFrameworkAuthenticationOptions = {},
): { adapter: CloudAdapter; authentication: ConfigurationBotFrameworkAuthentication } {
  const settings = {
    MicrosoftAppId: config.MICROSOFT_APP_ID,
    MicrosoftAppPassword: config.MICROSOFT_APP_PASSWORD,
    MicrosoftAppType: config.MICROSOFT_APP_TYPE,
    MicrosoftAppTenantId: config.MICROSOFT_APP_TENANT_ID,
  };
  const credentials = new ConfigurationServiceClientCredentialFactory(settings);
  const authentication = new ConfigurationBotFrameworkAuthentication(
    { MicrosoftAppId: config.MICROSOFT_APP_ID, MicrosoftAppTenantId: config.MICROSOFT_APP_TENANT_ID, ...extra },
    credentials,
  );
  return { adapter: new CloudAdapter(authentication), authentication };
}

/** jsonwebtoken's own errors: a token that is forged, expired or not yet valid. */
const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']);

/**
 * Whether a failed authentication is the caller's fault (401) rather than ours (e.g. the Bot
 * Framework's signing keys could not be fetched). CloudAdapter alone answers a forged
 * signature with 500, because jsonwebtoken's errors are not AuthenticationErrors.
 */
function isUnauthorized(error: unknown): boolean {
  const e = error as { name?: string; statusCode?: number };
  return TOKEN_ERRORS.has(e?.name ?? '') || e?.statusCode === 401 || e?.statusCode === 403;
}

/** Adapts node's response to the small Express-like surface CloudAdapter.process() uses. */
function botResponse(res: http.ServerResponse): BotResponse {
  return {
    socket: res.socket,
    status(code: number) {
      res.statusCode = code;
      return this;
    },
    header(name: string, value: unknown) {
      res.setHeader(name, String(value));
      return this;
    },
    send(body: unknown) {
      if (body === undefined || body === null) return this;
      if (typeof body === 'string' || Buffer.isBuffer(body)) {
        if (!res.hasHeader('content-type')) res.setHeader('content-type', 'text/plain; charset=utf-8');
        res.write(body);
      } else {
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.write(JSON.stringify(body));
      }
      return this;
    },
    end() {
      if (!res.writableEnded) res.end();
      return this;
    },
  };
}

class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readJson(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  // Teams activities are small; one over the limit is refused before it is read whole.
  const raw = await readBody(req);
  try {
    const body: unknown = JSON.parse(raw.toString('utf8'));
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw new Error('not an object');
    return body as Record<string, unknown>;
  } catch {
    throw new BodyError(400, 'the body must be a JSON activity');
  }
}

/** The only interface the unauthenticated (Emulator) mode listens on. */
export const LOOPBACK = '127.0.0.1';

/** Whether a peer address is this machine (IPv4, IPv6 or IPv4-mapped IPv6 loopback). */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || /^(::ffff:)?127\./.test(address);
}

export interface TeamsChannel extends RunningChannel {
  /** A message to each Clerk's personal chat with the bot (see ops/watch.ts). */
  alertClerks(text: string): Promise<void>;
  readonly port: number;
  readonly host: string;
}

export async function startTeams(deps: ChannelDeps, options: TeamsServerOptions = {}): Promise<TeamsChannel> {
  const { config, logger } = deps;
  const appId = config.MICROSOFT_APP_ID ?? '';
  // Unauthenticated, anyone who can reach the port can claim to be anyone (a Clerk included):
  // only this machine may, so the Emulator works and nothing else can.
  const host = appId ? options.host : LOOPBACK;
  if (!appId) {
    logger.warn('teams.unauthenticated', {
      message: `MICROSOFT_APP_ID is not set: the Teams endpoint accepts unauthenticated requests, so it listens on ${LOOPBACK} only (Bot Framework Emulator on this machine; never expose it)`,
    });
  }
  const { adapter, authentication } = createAdapter(config, options.authentication);
  adapter.onTurnError = async (context, error) => {
    // The error's name and first line only: it may not quote what the user wrote.
    logger.error('teams.turn_failed', { activity: context.activity.type, error: `${error.name}: ${String(error.message).split('\n')[0].slice(0, 200)}` });
    if (context.activity.type === 'message') {
      await context.sendActivity('Sorry, something went wrong on my side. Please try again; if it keeps happening, tell the Clerk.').catch(() => undefined);
    }
  };
  const messenger = new CloudMessenger(adapter, appId);
  const bot = new TeamsBot({ ...deps, messenger });
  const sender = new TeamsNotificationSender({ queue: deps.queue, messenger, logger, clerkTitleOf: (council) => clerkTitleOf(deps.library, council) });

  // Turns under way, so that a stop can let them finish.
  const inFlight = new Set<Promise<void>>();
  const server = http.createServer((req, res) => {
    if (!appId && !isLoopback(req.socket.remoteAddress)) {
      // Belt and braces: the listening address already keeps other machines out.
      logger.warn('teams.not_loopback', { from: req.socket.remoteAddress });
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('forbidden');
      return;
    }
    const path = (req.url ?? '').split('?')[0];
    if (path === HEALTH_PATH && req.method === 'GET') {
      answerHealth(deps.queue, res);
      return;
    }
    if (path !== MESSAGES_PATH) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST', 'content-type': 'text/plain; charset=utf-8' }).end('method not allowed');
      return;
    }
    const turn = readJson(req)
      .then(async (body) => {
        // Checked here first so that every bad token is a 401 (see isUnauthorized); the adapter
        // checks again, against the same cached keys.
        try {
          await authentication.authenticateRequest(body as Partial<Activity> as Activity, String(req.headers.authorization ?? ''));
        } catch (error) {
          if (!isUnauthorized(error)) throw error;
          logger.warn('teams.unauthorized', { reason: (error as Error).name });
          res.writeHead(401, { 'content-type': 'text/plain; charset=utf-8' }).end('unauthorized');
          return;
        }
        const request: BotRequest = { body, headers: req.headers, method: req.method };
        await adapter.process(request, botResponse(res), (context) => bot.run(context));
      })
      .catch((error: unknown) => {
        if (error instanceof BodyTooLarge) {
          logger.warn('teams.request_too_large', { declaredBytes: Number(req.headers['content-length']) || undefined });
          refuseTooLarge(res);
          return;
        }
        const status = error instanceof BodyError ? error.status : 500;
        if (status === 500) logger.error('teams.request_failed', { error: (error as Error).name });
        if (!res.headersSent) res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
        if (!res.writableEnded) res.end(error instanceof BodyError ? error.message : 'internal error');
      });
    inFlight.add(turn);
    void turn.finally(() => inFlight.delete(turn));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.TEAMS_PORT, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port, address } = server.address() as AddressInfo;
  logger.info('teams.listening', { port, host: address, path: MESSAGES_PATH, authenticated: Boolean(appId) });

  return {
    name: 'teams',
    sender,
    port,
    host: address,
    alertClerks: async (text: string) => {
      // Straight to each Clerk's personal chat, not through the Clerks' channel (which may be what
      // is failing). Only Teams ids count (CLERK_USER_IDS may name Slack people), and only those
      // the bot has a chat with: it cannot start one without a turn from them.
      for (const key of config.CLERK_USER_IDS.map(configuredTeamsKey)) {
        const chat = key ? parseReference(deps.queue.conversationReference(PLATFORM, key)) : undefined;
        if (chat) await messenger.send(chat, { type: 'message', text });
        else if (key) logger.warn('teams.clerk_alert_no_chat', { to: key });
      }
    },
    // No new requests; the turns under way finish (their replies go out), then the rest closes.
    stop: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
      server.closeAllConnections();
      await closed;
    },
  };
}
