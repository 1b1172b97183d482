/** The per-request context: the database, loaders created fresh for each request, and the reader's languages. */
import { viewerOf, type Viewer } from './auth/keys.js';
import type { Db } from './db/client.js';
import { parseAcceptLanguage } from './shared/languages.js';
import { Loaders } from './shared/loaders.js';

export interface Context {
  db: Db;
  loaders: Loaders;
  /** BCP-47 tags from Accept-Language, best first; empty when the request states none. */
  languages: string[];
  /** Who is calling, from the Authorization header; reads are public, writes need a key. */
  viewer: Viewer;
}

export interface RequestInfo {
  acceptLanguage?: string | null;
  authorization?: string | null;
}

export function createContext(db: Db, request: RequestInfo = {}): Context {
  return {
    db,
    loaders: new Loaders(db),
    languages: parseAcceptLanguage(request.acceptLanguage),
    viewer: viewerOf(db, request.authorization),
  };
}
