import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { MODULES_INDEX, modulesIndex } from '../src/cli/modules-index.js';
import * as tables from '../src/db/schema.js';
import { printedSchema, printedSubgraphSchema } from '../src/graphql-schema.js';
import { openDatabase } from '../src/db/client.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { INDEX_CODE_FILE, indexCodeHash } from '../src/shared/search-index.js';
import { searchTriggerChanges, searchTriggers } from '../src/shared/search-triggers.js';

// drizzle-kit's API is CommonJS; its ESM build does not load under vitest.
const { generateSQLiteDrizzleJson, generateSQLiteMigration } = createRequire(import.meta.url)('drizzle-kit/api');

describe('the committed contracts match the code', () => {
  it('schema/schema.graphql is what the resolvers print (run `npm run schema:print` after changing them)', async () => {
    const committed = readFileSync(new URL('../schema/schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(await printedSchema());
  });

  it(`${MODULES_INDEX} lists every module's resolver file (run \`npm run schema:print\` after adding one)`, () => {
    expect(readFileSync(new URL(`../${MODULES_INDEX}`, import.meta.url), 'utf8')).toBe(modulesIndex());
  });

  it('schema/subgraph.graphql is the SDL gateways read from _service (run `npm run schema:print`)', async () => {
    const committed = readFileSync(new URL('../schema/subgraph.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(await printedSubgraphSchema());
  });

  it(`${INDEX_CODE_FILE} is the hash of the code that makes the search index's rows (run \`npm run schema:print\`)`, () => {
    // A stale hash would let servers keep an index that the current normalisation would not make.
    const committed = readFileSync(new URL(`../${INDEX_CODE_FILE}`, import.meta.url), 'utf8');
    expect(committed).toBe(`${indexCodeHash()}\n`);
  });

  it('schema/migrations reaches the tables in src/db/schema.ts (run `npm run db:generate` after changing them)', async () => {
    const metaDir = new URL('../schema/migrations/meta/', import.meta.url);
    const snapshots = readdirSync(metaDir).filter((f) => f.endsWith('_snapshot.json')).sort();
    const last = JSON.parse(readFileSync(new URL(snapshots.at(-1)!, metaDir), 'utf8'));
    const current = await generateSQLiteDrizzleJson(tables, last.id);
    const pending: string[] = await generateSQLiteMigration(last, current);
    expect(pending).toEqual([]);
  });

  it('schema/migrations make the search triggers the registry asks for (run `npm run db:generate` after changing `search` in it)', () => {
    const db = openDatabase(':memory:');
    migrateDatabase(db);
    expect(searchTriggers().size).toBeGreaterThan(0);
    expect(searchTriggerChanges(db)).toEqual([]);
    // A searchable type whose triggers are missing is caught: dropping one asks for it back.
    db.$client.exec('DROP TRIGGER `search_pending_sports_update`');
    expect(searchTriggerChanges(db)).toEqual([searchTriggers().get('search_pending_sports_update')]);
  });

  it('every type, field and argument of the public schema has a description', async () => {
    const { graphqlSchema } = await import('../src/graphql-schema.js');
    const schema = await graphqlSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (!type.description) missing.push(type.name);
      if ('getValues' in type) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
      if ('getFields' in type) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
