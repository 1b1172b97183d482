/** What every HTTP route shares: its coded errors, the method check, the body read within its bound, and JSON answers. */
import type { IncomingMessage, ServerResponse } from 'node:http';

const MAX_BODY_BYTES = 1024 * 1024;

/** A failure we answer with a fixed status, code and message (never the underlying error's text). */
export class HttpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly headers: Record<string, string> = {}) {
    super(message);
  }
}

/** Built only when a body is too large: an Error captures a stack trace, which no other request should pay for. */
const tooLarge = () => new HttpError(413, 'PAYLOAD_TOO_LARGE', 'Request body is larger than 1 MB.', { connection: 'close' });

export function readBody(req: IncomingMessage): Promise<string> {
  if (Number(req.headers['content-length']) > MAX_BODY_BYTES) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (size > MAX_BODY_BYTES) return; // already answered 413; discard until the connection closes
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else reject(tooLarge());
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    // An aborted upload or broken chunked encoding is the client's failure, not ours.
    req.on('error', () => reject(new HttpError(400, 'BAD_REQUEST', 'The request body could not be read.')));
  });
}

export function allowMethods(req: IncomingMessage, methods: string[]): void {
  if (!methods.includes(req.method ?? '')) {
    throw new HttpError(405, 'METHOD_NOT_ALLOWED', `Use ${methods.join(' or ')}.`, { allow: methods.join(', ') });
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'cache-control': 'no-store',
  });
  res.end(text);
}
