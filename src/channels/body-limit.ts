/**
 * Request bodies for Slack and Teams are small (a few kilobytes); anything above the limit is
 * refused before it is read whole: at once when its Content-Length says so, else as soon as
 * the bytes received pass the limit. Without this, an unsigned 400 MB POST is buffered in full
 * before its signature is checked.
 */
import type http from 'node:http';

/** 1 MB: Slack's and Teams' largest payloads (a modal's state, an Adaptive Card) are far below. */
export const MAX_BODY_BYTES = 1_000_000;

export class BodyTooLarge extends Error {
  constructor() {
    super('request body too large');
  }
}

/** Reads the whole body, up to `limit` bytes; a bigger one rejects with BodyTooLarge (and the request is dropped). */
export function readBody(req: http.IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      // Discarded as it comes (see refuseTooLarge), never kept.
      req.resume();
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        chunks.length = 0;
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', (error) => {
      if (!done) reject(error);
      done = true;
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      resolve(Buffer.concat(chunks));
    });
  });
}

/**
 * A refused client that goes on sending (discarded) is given this long between two reads before its socket is
 * closed: a client still sending has not read its 413 yet, and closing under it resets the connection.
 */
const LINGER_IDLE_MS = 2_000;
/** However long a refused client goes on sending, its socket is closed this long after the 413. */
const LINGER_MAX_MS = 30_000;

/**
 * Answers 413, then closes the connection gently (a "lingering close"). Closing a socket
 * while the client is still sending makes the kernel reset the connection, and a client that
 * had not yet read the 413 loses it (it sees ECONNRESET instead). So the answer goes out as
 * keep-alive, which stops Node from closing the socket itself; once it is written, our side is
 * shut (FIN) while what the client still sends is read and discarded, never kept; the socket
 * is destroyed when the client closes, when it has sent nothing for LINGER_IDLE_MS, or
 * LINGER_MAX_MS after the answer. (A fixed 2 s after the answer lost the 413 to a client
 * starved of CPU and still sending: test/ops/stop.test.ts on a loaded machine, uat19.)
 */
export function refuseTooLarge(res: http.ServerResponse): void {
  const socket = res.socket;
  if (!res.headersSent) res.writeHead(413, { 'content-type': 'text/plain; charset=utf-8' });
  if (!res.writableEnded) res.end('request body too large');
  res.once('finish', () => {
    if (!socket || socket.destroyed) return;
    socket.end();
    socket.resume();
    const close = () => socket.destroy();
    const idle = setTimeout(close, LINGER_IDLE_MS).unref();
    const most = setTimeout(close, LINGER_MAX_MS).unref();
    socket.on('data', () => idle.refresh());
    socket.once('close', () => {
      clearTimeout(idle);
      clearTimeout(most);
    });
  });
}
