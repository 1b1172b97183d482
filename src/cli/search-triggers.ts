/**
 * The second half of `npm run db:generate`: after drizzle-kit has written the migration of the
 * tables, adds one that brings the search triggers to what the registry asks for (see
 * shared/search-triggers.ts), so a new searchable type needs no SQL written by hand. Writes
 * nothing when the committed migrations already make them.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { openDatabase } from '../db/client.js';
import { migrateDatabase, migrationsFolder } from '../db/migrate.js';
import { searchTriggerChanges } from '../shared/search-triggers.js';

const db = openDatabase(':memory:');
migrateDatabase(db);
const statements = searchTriggerChanges(db);
db.$client.close();
if (statements.length === 0) {
  console.info('search triggers: the migrations already make the ones the registry asks for');
} else {
  execFileSync('npx', ['drizzle-kit', 'generate', '--custom', '--name=search_triggers'], { stdio: 'inherit' });
  const journal = JSON.parse(readFileSync(`${migrationsFolder}/meta/_journal.json`, 'utf8')) as { entries: { tag: string }[] };
  const file = `${migrationsFolder}/${journal.entries.at(-1)!.tag}.sql`;
  const header = '-- The search triggers the registry asks for (written by `npm run db:generate`; see src/shared/search-triggers.ts).\n';
  writeFileSync(file, header + statements.join('\n--> statement-breakpoint\n') + '\n');
  console.info(`search triggers: ${statements.length} statements written to ${file}`);
}
