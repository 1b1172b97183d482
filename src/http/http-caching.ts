/**
 * HTTP caching of GraphQL answers, past the `Cache-Control` Apollo's plugin writes
 * (cache-policy.ts): `Vary`, and ETags for GET answers, so that a client or cache that already
 * holds an answer asks again with `If-None-Match` and gets `304 Not Modified` without the body.
 * Only GET: HTTP caches do not keep POST answers, and hashing costs a pass over the body.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Headers every GraphQL answer gets once Apollo has set its own. */
export function setCachingHeaders(res: ServerResponse): void {
  // Answers differ by media type and by language (names).
  res.appendHeader('vary', 'Accept, Accept-Language');
  // What Apollo refused before GraphQL ran (no query, a bad Accept) has no policy: store none.
  if (!res.hasHeader('cache-control')) res.setHeader('cache-control', 'no-store');
}

/** Sends a complete answer: a cacheable GET answer with its ETag, or as 304 when the client has it. */
export function endAnswer(req: IncomingMessage, res: ServerResponse, body: string): void {
  if (req.method === 'GET' && res.statusCode === 200 && res.getHeader('cache-control') !== 'no-store') {
    const etag = etagOf(String(res.getHeader('content-type')), body);
    res.setHeader('etag', etag);
    if (matchesIfNoneMatch(req.headers['if-none-match'], etag)) {
      res.statusCode = 304;
      res.end();
      return;
    }
  }
  res.end(body);
}

/** A strong ETag: a hash of the media type and the body, which is all a representation is here. */
function etagOf(contentType: string, body: string): string {
  return `"${createHash('sha1').update(contentType).update('\n').update(body).digest('base64url')}"`;
}

/** Whether `If-None-Match` names `etag` (or is `*`), compared weakly as RFC 9110 asks for this header. */
function matchesIfNoneMatch(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
