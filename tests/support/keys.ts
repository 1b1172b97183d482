/** API keys for tests: an editor and an admin on a registry, and a way to query as each. */
import { createKey } from '../../src/auth/keys.js';
import { ApiRole } from '../../src/db/enums.js';
import { afterAll } from 'vitest';
import { seededRegistry, type Registry } from './registry.js';

export function withKeys(registry: Registry) {
  const editor = createKey(registry.db, 'test editor', ApiRole.EDITOR).key;
  const admin = createKey(registry.db, 'test admin', ApiRole.ADMIN).key;
  const as = (key: string | null) => (source: string, variables?: Record<string, unknown>) =>
    registry.queryWith(source, { variables, authorization: key ? `Bearer ${key}` : undefined });
  return { editor: as(editor), admin: as(admin), anonymous: as(null), withKey: as };
}

/**
 * A seeded registry with an editor and an admin key for the tests of one file, closed after them:
 * `const { registry, as } = await seededWithKeys();` at the top of the file.
 */
export async function seededWithKeys() {
  const registry = await seededRegistry();
  afterAll(() => registry.close());
  return { registry, as: withKeys(registry) };
}

/** Every row of every table, for "nothing changed" checks. */
export function snapshot(registry: Registry): string {
  const tables = registry.db.$client
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%' AND name NOT LIKE '__drizzle%' ORDER BY name")
    .all() as { name: string }[];
  return JSON.stringify(tables.map(({ name }) => [name, registry.db.$client.prepare(`SELECT * FROM "${name}" ORDER BY 1`).all()]));
}
