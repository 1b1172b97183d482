/**
 * Applies drizzle-kit's migrations from schema/migrations and reports whether any are pending.
 * The bookkeeping is drizzle's (`__drizzle_migrations`, one row per applied file), but the work
 * runs in one BEGIN IMMEDIATE transaction: drizzle's own migrator reads what is applied before
 * its (deferred) BEGIN, so two processes starting on one file at once could both apply a migration.
 */
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { projectFile } from '../paths.js';
import type { Db } from './client.js';

export const migrationsFolder = projectFile('schema/migrations');

/** drizzle's own statement, byte for byte, so a file migrated by either tool looks the same. */
const CREATE_JOURNAL =
  'CREATE TABLE IF NOT EXISTS "__drizzle_migrations" (\n\t\t\t\tid SERIAL PRIMARY KEY,\n\t\t\t\thash text NOT NULL,\n\t\t\t\tcreated_at numeric\n\t\t\t)';

export function migrateDatabase(db: Db): void {
  // Up to date (the usual case): a read, no write lock.
  if (migrationStatus(db).pending === 0) return;
  const migrations = readMigrationFiles({ migrationsFolder });
  const client = db.$client;
  // A migration that rebuilds a table (SQLite's way to change a CHECK) drops the old one: with
  // foreign keys on, that DROP deletes its rows first and cascades to the rows pointing at them
  // (a name's citations). drizzle-kit's `PRAGMA foreign_keys=OFF` is ignored inside a transaction,
  // so they are turned off around it, and the keys are checked before the commit instead.
  const foreignKeys = client.pragma('foreign_keys', { simple: true });
  client.pragma('foreign_keys = OFF');
  try {
    migrateInTransaction(client, migrations);
  } finally {
    client.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
}

function migrateInTransaction(client: Db['$client'], migrations: ReturnType<typeof readMigrationFiles>): void {
  client.transaction(() => {
    // Read again under the write lock: another process may have migrated since.
    client.exec(CREATE_JOURNAL);
    const last = client.prepare('SELECT created_at FROM __drizzle_migrations ORDER BY created_at DESC LIMIT 1').get() as
      | { created_at: number | string }
      | undefined;
    const record = client.prepare('INSERT INTO __drizzle_migrations ("hash", "created_at") VALUES (?, ?)');
    for (const migration of migrations) {
      if (last && Number(last.created_at) >= migration.folderMillis) continue;
      for (const statement of migration.sql) client.exec(statement);
      record.run(migration.hash, migration.folderMillis);
    }
    const broken = client.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
    if (broken.length) throw new Error(`migrating would leave ${broken.length} rows pointing at nothing, e.g. ${broken[0]!.table} row ${broken[0]!.rowid} (→ ${broken[0]!.parent})`);
  }).immediate();
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
