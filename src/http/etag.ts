/**
 * ETags for GET answers: a client or cache that already holds an answer asks again with
 * `If-None-Match` and gets `304 Not Modified` without the body when it is unchanged. Only GET:
 * POST answers are not cached by HTTP caches, and hashing costs a pass over the body.
 */
import { createHash } from 'node:crypto';

/** A strong ETag: a hash of the media type and the body, which is all a representation is here. */
export function etagOf(contentType: string, body: string): string {
  return `"${createHash('sha1').update(contentType).update('\n').update(body).digest('base64url')}"`;
}

/** Whether `If-None-Match` names `etag` (or is `*`), compared weakly as RFC 9110 asks for this header. */
export function matchesIfNoneMatch(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
