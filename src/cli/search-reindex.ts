/** `npm run search:reindex`: applies pending migrations, then rebuilds the search index of DATABASE_PATH. */
import { databasePath } from '../config.js';
import { openDatabase } from '../db/client.js';
import { migrateDatabase } from '../db/migrate.js';
import { rebuildSearchIndex } from '../shared/search-index.js';

const path = databasePath();
try {
  const db = openDatabase(path);
  try {
    migrateDatabase(db);
    const rows = rebuildSearchIndex(db);
    console.info(`reindexed ${path}: ${rows} search rows`);
  } finally {
    db.$client.close();
  }
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`search:reindex failed for ${path}: ${message.replace(/\s+/g, ' ')}`);
  process.exitCode = 1;
}
