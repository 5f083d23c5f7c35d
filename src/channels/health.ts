/**
 * GET /healthz for a load balancer or supervisor, on Slack's HTTP port and on the Teams port:
 * 200 "ok" while the queue's database can be read, 503 when it cannot (the bot would then
 * acknowledge nothing it could keep).
 */
import type http from 'node:http';
import type { PeopleDirectory } from '../queue/queue';

export const HEALTH_PATH = '/healthz';

/** The part of the queue a health check reads: one indexed look-up, for someone never there. */
type Readable = Pick<PeopleDirectory, 'person'>;

export function databaseReadable(queue: Readable): boolean {
  try {
    queue.person('health-check:nobody');
    return true;
  } catch {
    return false;
  }
}

export function answerHealth(queue: Readable, res: http.ServerResponse): void {
  const ok = databaseReadable(queue);
  res.writeHead(ok ? 200 : 503, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(ok ? 'ok' : 'unhealthy: the database cannot be read');
}
