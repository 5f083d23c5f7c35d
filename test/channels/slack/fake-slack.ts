/* eslint-disable @typescript-eslint/no-explicit-any -- decoded Slack payloads are arbitrary JSON that the tests read freely */
/**
 * A stand-in for Slack's Web API on 127.0.0.1, for the end-to-end test: it records every call
 * the app makes (method and decoded arguments) and answers `{ ok: true, … }` the way Slack does.
 * It also receives what the app posts to `response_url`s (under /respond/…).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const MEMBER_ID = /^[UW][A-Z0-9]+$/;

export interface ApiCall {
  method: string;
  args: Record<string, any>;
  /** What the fake answered, once it has. */
  result?: Record<string, any>;
}

export interface ResponseUrlPost {
  path: string;
  body: Record<string, any>;
}

function decode(contentType: string | undefined, raw: string): Record<string, any> {
  if (contentType?.includes('application/json')) return raw ? JSON.parse(raw) : {};
  const args: Record<string, any> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    // The Web API client sends nested arguments (blocks, view) as JSON strings.
    args[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return args;
}

export class FakeSlackApi {
  readonly calls: ApiCall[] = [];
  readonly responses: ResponseUrlPost[] = [];
  /** When set, auth.test fails with this error code (a wrong or revoked bot token). */
  authError?: string;
  /** Scopes the token has, sent as Slack does in the `x-oauth-scopes` header. */
  scopes = ['app_mentions:read', 'chat:write', 'commands', 'im:history', 'im:read', 'im:write', 'users:read', 'channels:read', 'groups:read', 'usergroups:read'];
  /** Channels conversations.info knows, and whether the bot is a member (others: channel_not_found). */
  channels: Record<string, { name: string; isMember: boolean }> = { CCLERKS: { name: 'clerks', isMember: true } };
  /** Users users.info does not know (user_not_found). */
  unknownUsers = new Set<string>();
  /** Members of each user group (usergroups.users.list). */
  userGroups: Record<string, string[]> = {};
  /** Where apps.connections.open sends a Socket Mode client (a fake WebSocket server). */
  socketUrl?: string;
  /** When set, apps.connections.open fails with this error code (a bad app token). */
  appTokenError?: string;
  /** chat.postMessage to these channels fails with the error given (e.g. not_in_channel). */
  postErrors: Record<string, string> = {};
  /** chat.update in these channels fails with the error given (e.g. message_not_found). */
  updateErrors: Record<string, string> = {};
  /** Milliseconds to hold the answer to a method (a slow Slack). */
  delays: Record<string, number> = {};
  /** Calls whose answer has been sent, in order. */
  readonly answered: ApiCall[] = [];
  private ts = 0;
  private views = 0;

  private constructor(
    private readonly server: http.Server,
    readonly url: string,
  ) {}

  static async start(): Promise<FakeSlackApi> {
    // eslint-disable-next-line prefer-const -- the server's handler reads it before it is assigned
    let api: FakeSlackApi | undefined;
    const server = http.createServer((req, res) => {
      let raw = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (raw += chunk));
      req.on('end', () => {
        const body = decode(req.headers['content-type'], raw);
        const path = req.url ?? '/';
        if (path.startsWith('/respond/')) {
          res.writeHead(200, { 'content-type': 'application/json' });
          api?.responses.push({ path, body });
          res.end(JSON.stringify({ ok: true }));
          return;
        }
        const method = path.replace(/^\/api\//, '').replace(/\?.*$/, '');
        const call: ApiCall = { method, args: body };
        api?.calls.push(call);
        const answer = () => {
          res.writeHead(200, { 'content-type': 'application/json', ...(api && method === 'auth.test' ? { 'x-oauth-scopes': api.scopes.join(',') } : {}) });
          call.result = api?.answer(method, body) ?? { ok: true };
          res.end(JSON.stringify(call.result));
          api?.answered.push(call);
        };
        const delay = api?.delays[method];
        if (delay) setTimeout(answer, delay);
        else answer();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    api = new FakeSlackApi(server, `http://127.0.0.1:${port}`);
    return api;
  }

  private answer(method: string, args: Record<string, any>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        if (this.authError) return { ok: false, error: this.authError };
        return { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', team: 'Council', user: 'protocol' };
      case 'chat.postMessage':
        if (this.postErrors[args.channel]) return { ok: false, error: this.postErrors[args.channel] };
        return { ok: true, channel: args.channel, ts: `1700000000.${String(++this.ts).padStart(6, '0')}`, message: { text: args.text } };
      case 'chat.update':
        if (this.updateErrors[args.channel]) return { ok: false, error: this.updateErrors[args.channel] };
        return { ok: true, channel: args.channel, ts: args.ts };
      case 'conversations.open':
        // Slack knows only its own member ids (U…, W…): a Teams id or a "slack:" prefix is nobody.
        if (!MEMBER_ID.test(String(args.users))) return { ok: false, error: 'user_not_found' };
        return { ok: true, channel: { id: `D${args.users}` } };
      case 'conversations.info': {
        const channel = this.channels[args.channel];
        if (!channel) return { ok: false, error: 'channel_not_found' };
        return { ok: true, channel: { id: args.channel, name: channel.name, is_member: channel.isMember, is_archived: false } };
      }
      case 'usergroups.users.list': {
        const users = this.userGroups[args.usergroup];
        return users ? { ok: true, users } : { ok: false, error: 'no_such_subteam' };
      }
      case 'apps.connections.open':
        if (this.appTokenError) return { ok: false, error: this.appTokenError };
        return { ok: true, url: this.socketUrl ?? 'wss://wss-fake.slack.invalid/link' };
      case 'users.info':
        if (this.unknownUsers.has(args.user) || !MEMBER_ID.test(String(args.user))) return { ok: false, error: 'user_not_found' };
        return { ok: true, user: { id: args.user, name: String(args.user).toLowerCase(), real_name: `Real ${args.user}`, profile: { display_name: `Name ${args.user}` } } };
      case 'views.open':
      case 'views.update':
      case 'views.publish':
        return { ok: true, view: { ...(args.view ?? {}), id: `V${++this.views}` } };
      default:
        return { ok: true };
    }
  }

  callsTo(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
