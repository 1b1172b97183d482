/**
 * The triggers that record in `search_index_pending` each searchable entity a write touches (see
 * indexPending): an insert, an update and a delete trigger on each searchable table, and the same
 * on `names` for the searchable types that own names. They are derived from the registry (`search`
 * in an entry) and the foreign keys of `names`, so a new searchable type needs no SQL written by
 * hand: `npm run db:generate` adds a migration that brings the triggers to these (see
 * src/cli/generate-migration.ts), and a test checks that the committed migrations make exactly these.
 */
import { getTableName } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import * as t from '../db/schema.js';
import { entities, ownerColumn } from './node-registry.js';
import { SearchableType } from './search-index.js';

const searchable = Object.values(SearchableType);
const PREFIX = 'search_pending_';
/** Each kind of write, with the rows its trigger sees (an entity's own row: the last; a name: all). */
const writes = [['insert', ['NEW']], ['update', ['OLD', 'NEW']], ['delete', ['OLD']]] as const;

/** Every search trigger the registry asks for, by name, as its CREATE TRIGGER statement. */
export function searchTriggers(): Map<string, string> {
  const triggers = new Map<string, string>();
  const add = (table: string, write: string, body: string) =>
    triggers.set(`${PREFIX}${table}_${write}`, `CREATE TRIGGER \`${PREFIX}${table}_${write}\` AFTER ${write.toUpperCase()} ON \`${table}\` BEGIN\n${body}\nEND;`);
  for (const type of searchable) {
    const table = getTableName(entities[type].table);
    for (const [write, rows] of writes) add(table, write, `  INSERT OR IGNORE INTO \`search_index_pending\` VALUES ('${type}', ${rows.at(-1)}.id);`);
  }
  const owners = searchable.flatMap((type) => {
    const column = ownerColumn(t.names, type);
    return column ? [[type, column.name] as const] : [];
  });
  for (const [write, rows] of writes) {
    const selects = rows.flatMap((row) => owners.map(([type, column]) => `SELECT '${type}', ${row}.${column} WHERE ${row}.${column} IS NOT NULL`));
    add('names', write, `  INSERT OR IGNORE INTO \`search_index_pending\`\n  ${selects.join('\n  UNION ALL ')};`);
  }
  return triggers;
}

const same = (a: string, b: string) => a.replace(/;?\s*$/, '') === b.replace(/;?\s*$/, '');

/** The statements that bring a database's search triggers to `searchTriggers()`: none when they match. */
export function searchTriggerChanges(db: Db): string[] {
  const wanted = searchTriggers();
  const present = new Map(
    (db.$client.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '${PREFIX}%'`).all() as { name: string; sql: string }[])
      .map((row) => [row.name, row.sql]),
  );
  const statements: string[] = [];
  for (const name of present.keys()) if (!wanted.has(name)) statements.push(`DROP TRIGGER \`${name}\`;`);
  for (const [name, create] of wanted) {
    const sql = present.get(name);
    if (sql !== undefined && same(sql, create)) continue;
    if (sql !== undefined) statements.push(`DROP TRIGGER \`${name}\`;`);
    statements.push(create);
  }
  return statements;
}
