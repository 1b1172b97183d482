/** The per-request context: the database and loaders created fresh for each request. */
import type { Db } from './db/client.js';
import { Loaders } from './shared/loaders.js';

export interface Context {
  db: Db;
  loaders: Loaders;
}

export function createContext(db: Db): Context {
  return { db, loaders: new Loaders(db) };
}
