/**
 * Re-seeding a registry editors have worked on: the seed brings a row to the data files' values
 * only while it still holds what the seed last wrote; what editors changed, deleted or merged away
 * stays as they left it, and every row the seed writes is in the history.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readSeedData, seedDatabase } from '../seeds/load.js';
import { openDatabase } from '../src/db/client.js';
import { seededWithKeys, snapshot } from './support/keys.js';
import type { Answer } from './support/registry.js';

const { registry, as } = await seededWithKeys();
const run = promisify(execFile);

/** The mutation's payload, after checking it went through. */
function payload(answer: Answer): any {
  expect(answer.errors).toBeUndefined();
  const result = Object.values(answer.data)[0] as { userErrors?: unknown[] };
  expect(result.userErrors).toEqual([]);
  return result;
}
const idOf = async (kind: 'person' | 'organization' | 'agreement', handle: string): Promise<string> =>
  (await as.anonymous(`{ ${kind}(handle: "${handle}") { id } }`)).data[kind].id;
const history = () =>
  registry.db.$client.prepare('SELECT actor, operation, entity_type AS type, entity_id AS id FROM changes ORDER BY rowid').all() as
    { actor: string; operation: string; type: string; id: number }[];

describe('the seed', () => {
  it('records every row it wrote to a fresh registry in the history, as the seed', () => {
    const rows = registry.db.$client.prepare(`SELECT
      (SELECT count(*) FROM seed_rows WHERE row_id IS NOT NULL) AS withIds,
      (SELECT count(*) FROM changes WHERE actor = 'seed' AND operation = 'db:seed' AND before IS NULL) AS inserts`).get();
    expect(rows).toEqual({ withIds: expect.any(Number), inserts: (rows as { withIds: number }).withIds });
    expect((rows as { inserts: number }).inserts).toBeGreaterThan(250);
  });

  it('changes nothing when run twice on an untouched registry', () => {
    const before = snapshot(registry);
    expect(seedDatabase(registry.db)).toEqual({ inserted: 0, updated: 0, removed: 0, kept: [], skipped: 0 });
    expect(seedDatabase(registry.db)).toEqual({ inserted: 0, updated: 0, removed: 0, kept: [], skipped: 0 });
    expect(snapshot(registry)).toEqual(before);
  });

  it('keeps what editors changed, ended, transitioned, merged and deleted, and says so', async () => {
    const website = await as.editor(`mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { userErrors { field message code } } }`,
      { input: { id: await idOf('organization', 'oca'), website: 'https://ocasia.org/' } });
    payload(website);
    const { data: posts } = await as.anonymous(`{ organization(handle: "noc-kazakhstan") { posts(filter: { role: PRESIDENT }) { nodes { id } } } }`);
    payload(await as.editor(`mutation ($input: EndPostInput!) { endPost(input: $input) { userErrors { field message code } } }`,
      { input: { postId: posts.organization.posts.nodes[0].id, endDate: '2026-11-30' } }));
    payload(await as.editor(`mutation ($input: TransitionAgreementInput!) { transitionAgreement(input: $input) { userErrors { field message code } } }`,
      { input: { agreementId: await idOf('agreement', 'noc-kazakhstan-qatar-cooperation'), to: 'SIGNED', date: '2026-10' } }));
    payload(await as.admin(`mutation ($input: MergeOrganizationsInput!) { mergeOrganizations(input: $input) { userErrors { field message code } } }`,
      { input: { survivorId: await idOf('organization', 'kazakhstan-swimming-federation'), mergedId: await idOf('organization', 'kazakhstan-aquatics-federation') } }));
    const { data: names } = await as.anonymous(`{ organization(handle: "world-aquatics") { names(first: 100) { nodes { id value } } } }`);
    const fina = names.organization.names.nodes.find((n: { value: string }) => n.value === 'FINA');
    payload(await as.editor(`mutation ($input: DeleteNameInput!) { deleteName(input: $input) { userErrors { field message code } } }`, { input: { id: fina.id } }));

    const edited = registryData();
    const result = seedDatabase(registry.db);
    expect(registryData()).toEqual(edited);
    // The citations of the deleted name and of the tie the merge made pointless went with them.
    expect(result).toMatchObject({ inserted: 0, updated: 0, removed: 0, skipped: 2 });
    expect(result.kept).toEqual(expect.arrayContaining([
      'organisation "oca": edited by an editor (website)',
      'person "gennady-golovkin": president "President" in "noc-kazakhstan": edited by an editor (endDate)',
      'agreement "noc-kazakhstan-qatar-cooperation": edited by an editor (status, signedDate)',
      'organisation "kazakhstan-aquatics-federation": merged away by an editor',
      'organisation "world-aquatics": former name "FINA" (en): deleted by an editor',
    ]));
    // What the merge moved to the survivor (names, ties, citations) is reported only where it differs from the data files.
    expect(result.kept.every((row) => / by an editor( \(|$)/.test(row))).toBe(true);
  });

  it('still writes what the data files change in rows no editor touched, each write in the history as the seed', () => {
    const data = readSeedData();
    data.organizations.find((o) => o.handle === 'anoc')!.website = 'https://www.anocolympic.org/';
    data.organizations.find((o) => o.handle === 'oca')!.headquartersCity = 'Kuwait';
    const before = history().length;
    const result = seedDatabase(registry.db, data);
    // ANOC was untouched and follows the data files; OCA was edited (its website) and keeps the editor's row whole.
    expect(result).toMatchObject({ inserted: 0, updated: 1 });
    expect(result.kept).toContain('organisation "oca": edited by an editor (website)');
    expect(history().slice(before)).toEqual([{ actor: 'seed', operation: 'db:seed', type: 'Organization', id: expect.any(Number) }]);
    const website = registry.db.$client.prepare("SELECT website FROM organizations WHERE handle = 'anoc'").pluck().get();
    expect(website).toBe('https://www.anocolympic.org/');
  });
});

/** Every table the API serves from, without the seed's own bookkeeping. */
function registryData(): unknown {
  return JSON.parse(snapshot(registry)).filter(([table]: [string]) => table !== 'seed_rows');
}

describe('the seed when the data files change', () => {
  it('retires a row it wrote that the data files no longer describe, with its citations, in the history', async () => {
    const { registry: fresh } = await seededWithKeys();
    const data = readSeedData();
    const ioc = data.organizations.find((o) => o.handle === 'ioc')!;
    const dropped = ioc.names.pop()!;
    const before = fresh.db.$client.prepare('SELECT max(id) AS id FROM changes').get() as { id: number };
    const result = seedDatabase(fresh.db, data);
    expect(result).toMatchObject({ inserted: 0, updated: 0, removed: 2, kept: [] });
    expect(fresh.db.$client.prepare('SELECT count(*) FROM names WHERE value = ?').pluck().get(dropped.value)).toBe(0);
    const written = fresh.db.$client.prepare('SELECT actor, entity_type AS type, after FROM changes WHERE id > ? ORDER BY id').all(before.id);
    expect(written).toEqual([
      { actor: 'seed', type: 'Citation', after: null },
      { actor: 'seed', type: 'Name', after: null },
    ]);
    // The data files as they were bring it back.
    expect(seedDatabase(fresh.db)).toMatchObject({ inserted: 2, removed: 0 });
  });

  it('keeps a row the data files now describe another way, and forgets the old description', async () => {
    const { registry: fresh } = await seededWithKeys();
    const client = fresh.db.$client;
    const name = client.prepare(`SELECT key, row_id AS id FROM seed_rows WHERE table_name = 'names' ORDER BY rowid DESC LIMIT 1`).get() as { key: string; id: number };
    // As if an earlier version of the data files had described this name under another label (a country's former code).
    client.prepare(`INSERT INTO seed_rows (table_name, key, row_id, seeded) SELECT table_name, ?, row_id, seeded FROM seed_rows WHERE table_name = 'names' AND key = ?`)
      .run(`${name.key} (as it was once described)`, name.key);
    const before = snapshot(fresh);
    expect(seedDatabase(fresh.db)).toEqual({ inserted: 0, updated: 0, removed: 0, kept: [], skipped: 0 });
    expect(client.prepare('SELECT count(*) FROM names WHERE id = ?').pluck().get(name.id)).toBe(1);
    expect(client.prepare(`SELECT count(*) FROM seed_rows WHERE key = ?`).pluck().get(`${name.key} (as it was once described)`)).toBe(0);
    expect(JSON.parse(snapshot(fresh)).filter(([table]: [string]) => table !== 'seed_rows'))
      .toEqual(JSON.parse(before).filter(([table]: [string]) => table !== 'seed_rows'));
  });

  it('keeps a row it no longer describes when an editor changed it', async () => {
    const { registry: fresh, as: asFresh } = await seededWithKeys();
    const { data: read } = await asFresh.anonymous('{ organization(handle: "ioc") { names(first: 100) { nodes { id value } } } }');
    const data = readSeedData();
    const dropped = data.organizations.find((o) => o.handle === 'ioc')!.names.pop()!;
    const name = read.organization.names.nodes.find((n: { value: string }) => n.value === dropped.value);
    payload(await asFresh.editor('mutation ($input: UpdateNameInput!) { updateName(input: $input) { userErrors { field message code } } }',
      { input: { id: name.id, note: 'checked by an editor' } }));
    const result = seedDatabase(fresh.db, data);
    expect(result.removed).toBe(0);
    expect(result.kept).toEqual([`organisation "ioc": ${dropped.kind} name "${dropped.value}" (${dropped.lang}): no longer in the data files, kept as an editor changed it`]);
    // Its citation stays with it.
    expect(fresh.db.$client.prepare('SELECT count(*) FROM citations c JOIN names n ON n.id = c.name_id WHERE n.value = ?').pluck().get(dropped.value)).toBe(1);
    expect(fresh.db.$client.prepare('SELECT note FROM names WHERE value = ?').pluck().get(dropped.value)).toBe('checked by an editor');
  });
});

describe('a registry seeded before the seed kept track of its rows', () => {
  it('keeps rows the history shows an editor changed, and brings the others to the data files', async () => {
    const { registry: old, as: asOld } = await seededWithKeys();
    payload(await asOld.editor('mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { userErrors { field message code } } }',
      { input: { id: (await asOld.anonymous('{ organization(handle: "anoc") { id } }')).data.organization.id, website: 'https://edited.example/' } }));
    old.db.$client.prepare("UPDATE organizations SET website = 'https://stale.example/' WHERE handle = 'oca'").run();
    old.db.$client.prepare('DELETE FROM seed_rows').run();
    const result = seedDatabase(old.db);
    expect(result).toMatchObject({ inserted: 0, updated: 1, kept: ['organisation "anoc": edited by an editor (website)'] });
    const websites = old.db.$client.prepare("SELECT handle, website FROM organizations WHERE handle IN ('anoc', 'oca') ORDER BY handle").all();
    expect(websites).toEqual([{ handle: 'anoc', website: 'https://edited.example/' }, { handle: 'oca', website: null }]);
    // From now on it knows: a second run changes nothing and says the same.
    expect(seedDatabase(old.db)).toMatchObject({ inserted: 0, updated: 0, kept: ['organisation "anoc": edited by an editor (website)'] });
  });
});

describe('npm run db:seed', () => {
  it('says what it kept, one row a line', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'sportsgraph-seed-'));
    const env = { ...process.env, DATABASE_PATH: join(directory, 'seed.db') };
    const seed = () => run(join('node_modules', '.bin', 'tsx'), ['src/cli/seed.ts'], { env });
    try {
      expect((await seed()).stdout).toMatch(/^seeded .*seed\.db: \d+ rows inserted, 0 updated\n$/);
      const db = openDatabase(env.DATABASE_PATH);
      db.$client.prepare("UPDATE organizations SET website = 'https://ocasia.org/' WHERE handle = 'oca'").run();
      db.$client.close();
      expect((await seed()).stdout).toBe(`seeded ${env.DATABASE_PATH}: 0 rows inserted, 0 updated\nkept 1 edited rows:\n  organisation "oca": edited by an editor (website)\n`);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
