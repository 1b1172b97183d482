/** Opens the SQLite database with explicit pragmas and counts the SQL statements each request runs. */
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { isProduction } from '../config.js';
import * as schema from './schema.js';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** Per-request statistics; the drizzle logger adds to whichever request is running. */
export interface QueryStats {
  sqlStatements: number;
}
const currentStats = new AsyncLocalStorage<QueryStats>();
/** Read once: process.env is slow to read on every request. */
const counted = !isProduction();

/**
 * Runs `fn` with a fresh statement counter and returns both. Not in production: on Node 20 an
 * AsyncLocalStorage, once run, turns on promise hooks for every promise of the process.
 */
export async function countingStatements<T>(fn: () => Promise<T>): Promise<{ result: T; stats?: QueryStats }> {
  if (!counted) return { result: await fn() };
  const stats: QueryStats = { sqlStatements: 0 };
  const result = await currentStats.run(stats, fn);
  return { result, stats };
}

/** The counter of the request now running, if it runs inside `countingStatements`. */
export function currentQueryStats(): QueryStats | undefined {
  return currentStats.getStore();
}

/** Statements this thread has run since it started, every request's and in production too (for /metrics). */
let statementsRun = 0;
export function statementsRunTotal(): number {
  return statementsRun;
}
/** Adds statements another thread ran for this one (a heavy query's worker). */
export function countStatements(count: number): void {
  statementsRun += count;
}

/** Counts one statement towards this thread's total, and towards the running request when it is counted (see countingStatements). */
export function countStatement(): void {
  statementsRun += 1;
  const stats = currentStats.getStore();
  if (stats) stats.sqlStatements += 1;
}

export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  // Set every pragma we depend on instead of trusting the build's defaults.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // NORMAL in WAL mode: a power cut may lose the last commits, never corrupts the file.
  sqlite.pragma('synchronous = NORMAL');
  return drizzle({
    client: sqlite,
    schema,
    logger: { logQuery: countStatement },
  }) as Db;
}
