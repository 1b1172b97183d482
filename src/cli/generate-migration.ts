/**
 * `npm run db:generate [-- --name=venues]`: drizzle-kit writes the migration of the tables (the
 * arguments are its own), then this makes sure no generated SQL needs editing by hand:
 * - drizzle-kit rebuilds a table whose CHECK changed (a new owner column in `names` or
 *   `citations`) by copying its rows with every new column in the SELECT, which the old table
 *   does not have, so the migration fails with "no such column": those columns are copied as
 *   NULL (the migration is repaired in place);
 * - a migration is added that brings the search triggers to what the registry asks for (see
 *   shared/search-triggers.ts). Nothing is written when the migrations already make them.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { openDatabase } from '../db/client.js';
import { migrateDatabase, migrationsFolder } from '../db/migrate.js';
import { searchTriggerChanges } from '../shared/search-triggers.js';

interface Journal { entries: { tag: string }[] }
interface Snapshot { tables: Record<string, { columns: Record<string, unknown> }> }
const readJson = <T>(file: string) => JSON.parse(readFileSync(`${migrationsFolder}/${file}`, 'utf8')) as T;

/** The rows of a rebuilt table are copied with NULL for each column the old table lacks. */
export function repairRebuilds(sql: string, before: Snapshot): string {
  return sql.replace(/INSERT INTO `__new_(\w+)`\(([^)]*)\) SELECT (.*?) FROM `(\w+)`;/g, (statement, table: string, into: string, select: string, from: string) => {
    const old = before.tables[from]?.columns;
    if (!old) return statement;
    const columns = select.split(', ').map((column) => (column === 'NULL' || column.replaceAll('"', '') in old ? column : 'NULL'));
    return `INSERT INTO \`__new_${table}\`(${into}) SELECT ${columns.join(', ')} FROM \`${from}\`;`;
  });
}

execFileSync('npx', ['drizzle-kit', 'generate', ...process.argv.slice(2)], { stdio: 'inherit' });

const { entries } = readJson<Journal>('meta/_journal.json');
if (entries.length >= 2) {
  const last = `${migrationsFolder}/${entries.at(-1)!.tag}.sql`;
  const before = readJson<Snapshot>(`meta/${entries.at(-2)!.tag.split('_')[0]}_snapshot.json`);
  const sql = readFileSync(last, 'utf8');
  const repaired = repairRebuilds(sql, before);
  if (repaired !== sql) {
    writeFileSync(last, repaired);
    console.info(`rebuilt tables: ${last} copies the columns the old tables lack as NULL`);
  }
}

const db = openDatabase(':memory:');
migrateDatabase(db);
const statements = searchTriggerChanges(db);
db.$client.close();
if (statements.length === 0) {
  console.info('search triggers: the migrations already make the ones the registry asks for');
} else {
  execFileSync('npx', ['drizzle-kit', 'generate', '--custom', '--name=search_triggers'], { stdio: 'inherit' });
  const file = `${migrationsFolder}/${readJson<Journal>('meta/_journal.json').entries.at(-1)!.tag}.sql`;
  const header = '-- The search triggers the registry asks for (written by `npm run db:generate`; see src/shared/search-triggers.ts).\n';
  writeFileSync(file, header + statements.join('\n--> statement-breakpoint\n') + '\n');
  console.info(`search triggers: ${statements.length} statements written to ${file}`);
}
