/**
 * How the HTTP server treats connections, so that slow, idle or numerous clients cannot hold it:
 * node:http's timeouts and connection cap set from HttpLimits, and a JSON answer (with a code)
 * for a request node:http cuts or cannot parse.
 */
import type { Server, ServerOptions } from 'node:http';
import type { Socket } from 'node:net';
import type { Logger } from 'pino';
import type { HttpLimits } from '../config.js';

/** The options node:http takes at creation; the rest is set on the server by `guardConnections`. */
export function serverOptions(limits: HttpLimits): ServerOptions {
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    // node:http enforces the two request timeouts only when it checks, every 30 s by default:
    // check every second, or four times per timeout when one is shorter, so a cut is never late by much.
    connectionsCheckingInterval: Math.max(10, Math.min(1000, Math.floor(Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs) / 4))),
  };
}

/** What a client is told when node:http gives up on its request before our handler sees it. */
const CLIENT_ERRORS: Record<string, { status: number; reason: string; code: string; message: (limits: HttpLimits) => string }> = {
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    reason: 'Request Timeout',
    code: 'REQUEST_TIMEOUT',
    message: (limits) =>
      `The request was not received in time: its headers must arrive within ${seconds(limits.headersTimeoutMs)} and all of it within ${seconds(limits.requestTimeoutMs)}.`,
  },
  HPE_HEADER_OVERFLOW: {
    status: 431,
    reason: 'Request Header Fields Too Large',
    code: 'REQUEST_HEADER_FIELDS_TOO_LARGE',
    message: () => 'The request headers are too large (16 kB at most, the URL included).',
  },
};
const MALFORMED = { status: 400, reason: 'Bad Request', code: 'BAD_REQUEST', message: () => 'The request is not valid HTTP/1.1.' };

export function guardConnections(server: Server, limits: HttpLimits, logger: Logger): void {
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  // A socket on which nothing moves this long is destroyed (node:http does so when no one listens for 'timeout').
  server.setTimeout(limits.socketIdleTimeoutMs);
  server.maxConnections = limits.maxConnections;

  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    // Answer only on a socket nothing has been written to, so no answer can be cut into. (node:http's
    // own handler also answers after an earlier keep-alive answer, by looking at its internals.)
    if (error.code !== 'ECONNRESET' && socket.writable && socket.bytesWritten === 0) {
      const answer = CLIENT_ERRORS[error.code ?? ''] ?? MALFORMED;
      const body = JSON.stringify({ errors: [{ message: answer.message(limits), extensions: { code: answer.code } }] });
      socket.write(
        `HTTP/1.1 ${answer.status} ${answer.reason}\r\nContent-Type: application/json; charset=utf-8\r\n` +
          `Content-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
      );
      logger.info({ status: answer.status, code: answer.code }, 'request cut off or unparseable: answered and closed');
    }
    socket.destroy();
  });

  // Connections over the cap are closed by node:http on arrival. Say so at most once a second:
  // a flood of them must not become a flood of log lines.
  let dropped = 0;
  server.on('drop', () => {
    if (dropped++ > 0) return;
    setTimeout(() => {
      logger.warn({ dropped, maxConnections: limits.maxConnections }, 'closed connections over the cap (HTTP_MAX_CONNECTIONS)');
      dropped = 0;
    }, 1000).unref();
  });
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
