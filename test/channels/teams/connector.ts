import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorCall {
  method: string;
  path: string;
  conversationId: string;
  /** The activity replied to (POST) or updated (PUT). */
  activityId?: string;
  body: Record<string, unknown>;
  /** The status a refused call was answered with (see `refuse`); absent for one that succeeded. */
  refusedWith?: number;
}

/** How the Bot Connector refuses a call: its HTTP status and the `error.code` of its JSON body. */
export interface ConnectorRefusal {
  status: number;
  code: string;
  message: string;
}

/**
 * A stand-in for the Bot Connector service on 127.0.0.1: records what the bot posts and
 * updates, and answers as the real one does (with the new activity's id).
 */
export class FakeConnector {
  readonly calls: ConnectorCall[] = [];
  /** While true, every call is answered 503 and not recorded: the Bot Connector is unreachable. */
  down = false;
  /**
   * Conversations the connector refuses, as the real one does when the bot was uninstalled or
   * removed from one (403 `BotNotInConversationRoster`) or it no longer exists (404
   * `ConversationNotFound`): the call is recorded, with the status, and answered with the error.
   */
  readonly refuse = new Map<string, ConnectorRefusal>();
  private readonly server = http.createServer((req, res) => this.handle(req, res));
  private n = 0;
  url = '';

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  /** Calls made since the last `take()`. */
  private seen = 0;
  take(): ConnectorCall[] {
    const fresh = this.calls.slice(this.seen);
    this.seen = this.calls.length;
    return fresh;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (this.down) {
        res.writeHead(503, { 'content-type': 'text/plain' }).end('service unavailable');
        return;
      }
      const path = (req.url ?? '').split('?')[0];
      const text = Buffer.concat(chunks).toString('utf8');
      const body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      const activities = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(path);
      if (activities) {
        const call: ConnectorCall = { method: req.method ?? '', path, conversationId: decodeURIComponent(activities[1]), body };
        if (activities[2]) call.activityId = decodeURIComponent(activities[2]);
        const refusal = this.refuse.get(call.conversationId);
        if (refusal) {
          this.calls.push({ ...call, refusedWith: refusal.status });
          res.writeHead(refusal.status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: refusal.code, message: refusal.message } }));
          return;
        }
        this.calls.push(call);
        const id = req.method === 'PUT' ? call.activityId : `posted-${++this.n}`;
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id }));
        return;
      }
      if (req.method === 'POST' && path === '/v3/conversations') {
        this.calls.push({ method: 'POST', path, conversationId: '', body });
        res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `a:created-${++this.n}` }));
        return;
      }
      res.writeHead(404).end();
    });
  }
}

/** Posts one activity to the bot's endpoint as the Teams service would. */
export async function postActivity(url: string, activity: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(activity) });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // plain text
  }
  return { status: response.status, body };
}
