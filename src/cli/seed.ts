/** `npm run db:seed`: applies pending migrations, then loads seeds/data into DATABASE_PATH (idempotent). */
import { seedDatabase } from '../../seeds/load.js';
import { databasePath } from '../config.js';
import { openDatabase } from '../db/client.js';
import { migrateDatabase } from '../db/migrate.js';
import { rebuildSearchIndex } from '../shared/search-index.js';

const path = databasePath();
try {
  const db = openDatabase(path);
  try {
    migrateDatabase(db);
    const { inserted, updated } = seedDatabase(db);
    // Seeded names must be searchable at once, without a restart.
    const indexed = rebuildSearchIndex(db);
    console.info(`seeded ${path}: ${inserted} rows inserted, ${updated} updated; ${indexed} search index rows`);
  } finally {
    db.$client.close();
  }
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`db:seed failed for ${path}: ${message.replace(/\s+/g, ' ')}`);
  process.exitCode = 1;
}
