/** The id that ties a request's log lines, its answer and the caller's own logs together. */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Long enough for any tracing id (a W3C traceparent is 55 characters). */
export const REQUEST_ID_MAX = 200;
/** Visible ASCII and spaces only: nothing that could break a log line or a header. */
const PRINTABLE = /^[\x20-\x7e]+$/;

/** The caller's `x-request-id` when it is printable and at most 200 characters; else a new UUID. */
export function requestIdOf(req: IncomingMessage): string {
  const sent = req.headers['x-request-id'];
  return typeof sent === 'string' && sent.length <= REQUEST_ID_MAX && PRINTABLE.test(sent) && sent.trim() !== '' ? sent : randomUUID();
}
