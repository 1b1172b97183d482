/** The per-request context: the database, loaders created fresh for each request, and the reader's languages. */
import { viewerOf, type Viewer } from './auth/keys.js';
import type { Db } from './db/client.js';
import type { RequestNotes } from './http/request-notes.js';
import { configuredLimits } from './limits/limits.config.js';
import { RequestBudget } from './limits/request-budget.js';
import { parseAcceptLanguage } from './shared/languages.js';
import { Loaders } from './shared/loaders.js';

export interface Context {
  db: Db;
  loaders: Loaders;
  /** BCP-47 tags from Accept-Language, best first; empty when the request states none. */
  languages: string[];
  /** Who is calling, from the Authorization header; reads are public, writes need a key. */
  viewer: Viewer;
  /** What the request may still spend (time, large text) and the cost it was measured at. */
  budget: RequestBudget;
  /**
   * The date the whole answer is for, from the operation's `@asOf(date:)`; undefined: today. Set
   * once the operation is known (src/operation-date.ts); read only through `dateAsked` and
   * `dateGiven` (shared/point-in-time.ts).
   */
  asOf?: string;
  /** The HTTP request's id, logger and what its log line and metrics record; absent outside HTTP. */
  notes?: RequestNotes;
}

export interface RequestInfo {
  acceptLanguage?: string | null;
  authorization?: string | null;
  /** Who is calling, when already known (a heavy query's worker thread is told): the Authorization header is then not read. */
  viewer?: Viewer;
  /** Starts when the request does; by default with the limits from the environment. */
  budget?: RequestBudget;
  notes?: RequestNotes;
}

export function createContext(db: Db, request: RequestInfo = {}): Context {
  const budget = request.budget ?? new RequestBudget(configuredLimits());
  return {
    db,
    loaders: new Loaders(db, budget),
    languages: parseAcceptLanguage(request.acceptLanguage),
    viewer: request.viewer ?? viewerOf(db, request.authorization),
    budget,
    asOf: undefined,
    notes: request.notes,
  };
}
