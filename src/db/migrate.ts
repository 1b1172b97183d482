/** Applies drizzle-kit's migrations from schema/migrations and reports whether any are pending. */
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { Db } from './client.js';

export const migrationsFolder = fileURLToPath(new URL('../../schema/migrations', import.meta.url));

export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder });
}

/** How many of the committed migrations this database has applied, and how many it lacks. */
export function migrationStatus(db: Db): { applied: number; pending: number } {
  const files = readMigrationFiles({ migrationsFolder });
  const table = db.$client
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  const applied = table ? db.get<{ n: number }>(sql`SELECT count(*) AS n FROM __drizzle_migrations`).n : 0;
  return { applied, pending: Math.max(files.length - applied, 0) };
}
