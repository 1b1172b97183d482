/**
 * `npm run db:seed`: applies pending migrations, then loads seeds/data into DATABASE_PATH. Rows
 * editors changed, deleted or merged away are kept as they are and listed (seeds/load.ts).
 */
import { seedDatabase } from '../../seeds/load.js';
import { databasePath } from '../config.js';
import { openDatabase } from '../db/client.js';
import { migrateDatabase } from '../db/migrate.js';

const path = databasePath();
try {
  const db = openDatabase(path);
  try {
    migrateDatabase(db);
    const { inserted, updated, removed, kept, skipped } = seedDatabase(db);
    console.info(`seeded ${path}: ${inserted} rows inserted, ${updated} updated${removed > 0 ? `, ${removed} no longer in the data files removed` : ''}`);
    if (kept.length > 0) console.info(`kept ${kept.length} edited rows:\n${kept.map((row) => `  ${row}`).join('\n')}`);
    if (skipped > 0) console.info(`skipped ${skipped} facts of records editors deleted`);
  } finally {
    db.$client.close();
  }
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`db:seed failed for ${path}: ${message.replace(/\s+/g, ' ')}`);
  process.exitCode = 1;
}
