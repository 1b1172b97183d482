/** The per-request context: the database, loaders created fresh for each request, and the reader's languages. */
import type { Db } from './db/client.js';
import { parseAcceptLanguage } from './shared/languages.js';
import { Loaders } from './shared/loaders.js';

export interface Context {
  db: Db;
  loaders: Loaders;
  /** BCP-47 tags from Accept-Language, best first; empty when the request states none. */
  languages: string[];
}

export function createContext(db: Db, request: { acceptLanguage?: string | null } = {}): Context {
  return { db, loaders: new Loaders(db), languages: parseAcceptLanguage(request.acceptLanguage) };
}
