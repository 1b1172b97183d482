/**
 * Cross-origin requests to /graphql (CORS): which web pages may read the API's answers, and the
 * preflight a browser sends before a request that is not "simple" (a JSON POST, an Authorization header).
 * Credentials (cookies) are never allowed: the API authenticates with bearer keys a page sends itself.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export type CorsOrigins = '*' | readonly string[];

export const CORS_METHODS = 'GET, POST, OPTIONS';
/** The request headers a page may send; `if-none-match` for its own revalidation of GET answers. */
const ALLOWED_HEADERS = [
  'accept', 'accept-language', 'authorization', 'content-type', 'if-none-match', 'x-request-id',
  'apollo-require-preflight', 'x-apollo-operation-name', 'apollographql-client-name', 'apollographql-client-version',
].join(', ');
/** Response headers a page's script may read besides the safelisted ones. */
const EXPOSED_HEADERS = 'etag, x-request-id';
/** How long a browser may reuse a preflight's answer (Chromium caps it at 2 hours). */
const PREFLIGHT_MAX_AGE_SECONDS = 7200;

/** Sets the CORS headers of an answer to `req`; returns whether its origin may read it. */
export function applyCors(origins: CorsOrigins, req: IncomingMessage, res: ServerResponse): boolean {
  if (origins === '*') {
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('access-control-expose-headers', EXPOSED_HEADERS);
    return true;
  }
  // The answer depends on the Origin header: a shared cache must not give one origin's to another.
  res.appendHeader('vary', 'Origin');
  const origin = req.headers.origin;
  if (origin === undefined || !origins.includes(origin)) return false;
  res.setHeader('access-control-allow-origin', origin);
  res.setHeader('access-control-expose-headers', EXPOSED_HEADERS);
  return true;
}

/**
 * Answers `OPTIONS /graphql`: 204 with the methods, headers and lifetime a browser may use from
 * an allowed origin; from another origin, 204 without them, and the browser refuses the request.
 */
export function answerPreflight(origins: CorsOrigins, req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('allow', CORS_METHODS);
  if (applyCors(origins, req, res) && req.headers['access-control-request-method'] !== undefined) {
    res.setHeader('access-control-allow-methods', CORS_METHODS);
    res.setHeader('access-control-allow-headers', ALLOWED_HEADERS);
    res.setHeader('access-control-max-age', String(PREFLIGHT_MAX_AGE_SECONDS));
  }
  res.writeHead(204);
  res.end();
}
