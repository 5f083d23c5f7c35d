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

/** How long a refused client may go on sending (discarded) after its 413, before the socket is closed. */
const LINGER_MS = 2_000;

/**
 * Answers 413, then closes the connection gently (a "lingering close"). Closing a socket
 * while the client is still sending makes the kernel reset the connection, and a client that
 * had not yet read the 413 loses it (it sees ECONNRESET instead). So the answer goes out as
 * keep-alive, which stops Node from closing the socket itself; once it is written, our side is
 * shut (FIN) while what the client still sends is read and discarded, never kept; the socket
 * is destroyed when the client closes or after LINGER_MS.
 */
export function refuseTooLarge(res: http.ServerResponse): void {
  const socket = res.socket;
  if (!res.headersSent) res.writeHead(413, { 'content-type': 'text/plain; charset=utf-8' });
  if (!res.writableEnded) res.end('request body too large');
  res.once('finish', () => {
    if (!socket || socket.destroyed) return;
    socket.end();
    socket.resume();
    setTimeout(() => socket.destroy(), LINGER_MS).unref();
  });
}
