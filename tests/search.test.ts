import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, getTableName } from 'drizzle-orm';
import { NameKind, OrganizationKind } from '../src/db/enums.js';
import * as t from '../src/db/schema.js';
import { declarationOf, ownersIn } from '../src/shared/node-registry.js';
import { normalizeForSearch } from '../src/shared/normalize.js';
import { ensureSearchIndex, indexEntity, rebuildSearchIndex, SearchableType, searchableTables } from '../src/shared/search-index.js';
import { withKeys } from './support/keys.js';
import { seededRegistry, type Registry } from './support/registry.js';

const search = `query ($q: String!, $types: [SearchableType!], $first: Int, $after: String) {
  search(query: $q, types: $types, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges {
      cursor matchedText matchedLang matchedField score
      node {
        __typename ... on Organization { handle } ... on Person { handle } ... on Event { handle } ... on Agreement { handle }
        ... on Country { iocCode } ... on Sport { handle: code }
      }
    }
  }
}`;

let registry: Registry;
beforeAll(async () => {
  registry = await seededRegistry();
  ensureSearchIndex(registry.db);
});
afterAll(() => registry.close());

async function find(q: string, variables: Record<string, unknown> = {}) {
  const answer = await registry.query(search, { q, ...variables });
  expect(answer.errors).toBeUndefined();
  return answer.data.search;
}

describe('search finds people in every script they are written in', () => {
  it.each([
    ['Головкин', 'Геннадий Головкин', 'ru'],
    ['головкин', 'Геннадий Головкин', 'ru'],
    ['Golovkin', 'Gennady Golovkin', 'en'],
    ['golovkin', 'Gennady Golovkin', 'en'],
    ['جولوفكين', 'جينادي جولوفكين', 'ar'],
    ['جُولُوفْكِين', 'جينادي جولوفكين', 'ar'],
    ['جـولـوفـكـين', 'جينادي جولوفكين', 'ar'],
    ['Gennadiy Golovkin', 'Gennadiy Golovkin', 'en'],
  ])('%s finds Gennady Golovkin first, through the name %s', async (q, matchedText, matchedLang) => {
    const { edges } = await find(q);
    expect(edges[0].node).toEqual({ __typename: 'Person', handle: 'gennady-golovkin' });
    expect(edges[0]).toMatchObject({ matchedText, matchedLang });
    expect(edges[0].score).toBeGreaterThan(0);
  });

  it('unifies Arabic alef forms between the query and the names', async () => {
    // The stored names are written with hamza on the alef (أليمزان, الأولمبية); the queries use a bare alef and ة.
    const { edges } = await find('اليمزان');
    expect(edges[0]).toMatchObject({ node: { handle: 'alimzhan-akayev' }, matchedText: 'أليمزان أكاييف', matchedLang: 'ar' });
    const ioc = await find('اللجنة الاولمبية الدولية');
    expect(ioc.edges[0]).toMatchObject({ node: { handle: 'ioc' }, matchedText: 'اللجنة الأولمبية الدولية' });
  });

  it('finds Latin spellings through the transliteration of Cyrillic names', async () => {
    const { edges } = await find('Gennadii');
    expect(edges[0]).toMatchObject({ node: { handle: 'gennady-golovkin' }, matchedField: 'TRANSLITERATION', matchedText: 'Геннадий Головкин', matchedLang: 'ru' });
    const kazakh = await find('Aqaev');
    expect(kazakh.edges[0]).toMatchObject({ node: { handle: 'alimzhan-akayev' }, matchedField: 'TRANSLITERATION', matchedText: 'Әлімжан Ақаев', matchedLang: 'kk' });
  });

  it('reports the Kazakh name for a Kazakh query and the Russian name for a Russian one', async () => {
    expect((await find('Ақаев')).edges[0]).toMatchObject({ node: { handle: 'alimzhan-akayev' }, matchedText: 'Әлімжан Ақаев', matchedLang: 'kk' });
    expect((await find('Акаев')).edges[0]).toMatchObject({ node: { handle: 'alimzhan-akayev' }, matchedText: 'Алимжан Акаев', matchedLang: 'ru' });
  });

  it('matches prefixes, for typeahead', async () => {
    for (const q of ['Golov', 'голов', 'جولوف', 'gen golo']) {
      const { edges } = await find(q);
      expect(edges[0]?.node.handle, q).toBe('gennady-golovkin');
    }
    expect((await find('Golovx')).totalCount).toBe(0);
  });
});

describe('search reads past the Arabic article and one-letter prefixes', () => {
  const found = async (q: string, types?: string[]) => (await find(q, { types })).edges.map((e: any) => [e.node.handle, e.matchedText]);

  it('finds a name stored with the article by the word without it: مسلم finds Husain Al-Musallam (حسين المسلم)', async () => {
    expect(await found('مسلم')).toEqual([['husain-al-musallam', 'حسين المسلم']]);
    expect((await find('مسلم')).edges[0]).toMatchObject({ matchedLang: 'ar', matchedField: 'OTHER_NAME' });
  });

  it('finds the NOC by لجنة, stored as اللجنة الأولمبية الوطنية في كازاخستان', async () => {
    expect(await found('لجنة', ['ORGANIZATION'])).toEqual([
      ['ioc', 'اللجنة الأولمبية الدولية'],
      ['noc-kazakhstan', 'اللجنة الأولمبية الوطنية في كازاخستان'],
    ]);
    expect(await found('لجنة كازاخستان')).toEqual([['noc-kazakhstan', 'اللجنة الأولمبية الوطنية في كازاخستان']]);
  });

  it.each([
    ['والسباحة', 'kazakhstan-swimming-federation', 'الاتحاد الكازاخستاني للسباحة'],
    ['بالسباحة', 'kazakhstan-swimming-federation', 'الاتحاد الكازاخستاني للسباحة'],
    ['سباحة', 'kazakhstan-swimming-federation', 'الاتحاد الكازاخستاني للسباحة'],
    ['والاتحاد الكازاخستاني', 'kazakhstan-swimming-federation', 'الاتحاد الكازاخستاني للسباحة'],
    ['واللجنة لكازاخستان', 'noc-kazakhstan', 'اللجنة الأولمبية الوطنية في كازاخستان'],
    ['وللنفط وقطر', 'noc-qatar', 'المؤسسة الوطنية للنفط في قطر'],
  ])('%s (a prefixed form) finds %s through %s', async (q, handle, matchedText) => {
    expect((await found(q))[0]).toEqual([handle, matchedText]);
  });

  it('ranks names holding the word as typed first', async () => {
    // الاتحاد: the swimming federation's name has it as typed; Qazaq Aquatics' name has اتحاد.
    const { edges } = await find('الاتحاد');
    expect(edges.map((e: any) => [e.node.handle, e.matchedText])).toEqual([
      ['kazakhstan-swimming-federation', 'الاتحاد الكازاخستاني للسباحة'],
      ['kazakhstan-aquatics-federation', 'اتحاد الرياضات المائية في كازاخستان'],
    ]);
    expect(edges[0].score).toBeGreaterThan(edges[1].score);
  });

  it('rebuilds at start an index made before the article was folded, so an existing database finds مسلم too', async () => {
    const older = await seededRegistry();
    // The rows as the previous code made them (Arabic words without their stems), under its hash.
    const client = older.db.$client;
    for (const { rowid, display } of client.prepare("SELECT rowid, display FROM search_index WHERE field = 'OTHER_NAME'").all() as { rowid: number; display: string }[]) {
      client.prepare('UPDATE search_index SET text = ? WHERE rowid = ?').run(normalizeForSearch(display), rowid);
    }
    client.prepare("UPDATE search_index_state SET value = '9dce514bdb22f2400f369fdf14235c5b4f345fe504d90a8e31b1b98acfc1421a' WHERE key = 'code'").run();
    const muslim = async () => (await older.query(search, { q: 'مسلم' })).data.search.edges.map((e: any) => e.node.handle);
    expect(await muslim()).toEqual([]);
    expect(ensureSearchIndex(older.db)).toMatchObject({ rebuilt: true });
    expect(await muslim()).toEqual(['husain-al-musallam']);
    await older.close();
  });

  it.each([
    ['سلم', 'the end of مسلم, not a stem of it'],
    ['جنة', 'لجنة without its first letter, which belongs to the word'],
    ['مسلمة', 'longer than any stored word'],
    ['ونفطي', 'a prefix before a word no name has'],
  ])('does not find %s (%s)', async (q) => {
    expect((await find(q)).totalCount).toBe(0);
  });
});

describe('search finds organisations by acronym and handle', () => {
  it.each([
    ['NOC RK', 'noc-kazakhstan', 'SHORT_NAME'],
    ['noc rk', 'noc-kazakhstan', 'SHORT_NAME'],
    ['NOCRK', 'noc-kazakhstan', 'SHORT_NAME'],
    ['OCA', 'oca', 'SHORT_NAME'],
    ['QOC', 'noc-qatar', 'SHORT_NAME'],
    ['noc-kazakhstan', 'noc-kazakhstan', 'HANDLE'],
    ['نوك آر كيه', 'noc-kazakhstan', 'OTHER_NAME'],
  ])('%s finds %s first', async (q, handle, matchedField) => {
    const { edges } = await find(q);
    expect(edges[0]).toMatchObject({ node: { __typename: 'Organization', handle }, matchedField });
  });

  it('finds events and agreements too, and filters by type', async () => {
    const all = await find('QOC');
    expect(all.edges.map((e: any) => e.node.__typename)).toEqual(['Organization', 'Event']);
    const orgs = await find('QOC', { types: ['ORGANIZATION'] });
    expect(orgs.edges.map((e: any) => e.node.handle)).toEqual(['noc-qatar']);
    expect(orgs.totalCount).toBe(1);
    const agreements = await find('kazakhstan', { types: ['AGREEMENT'] });
    expect(agreements.totalCount).toBe(3);
    expect(agreements.edges.every((e: any) => e.node.__typename === 'Agreement')).toBe(true);
    const noPeople = await find('golovkin', { types: ['ORGANIZATION', 'EVENT'] });
    expect(noPeople.totalCount).toBe(0);
  });
});

describe('search results paginate', () => {
  it('walks every result once with first/after, with the right totalCount', async () => {
    const everything = await find('olympic', { first: 100 });
    expect(everything.totalCount).toBeGreaterThan(5);
    expect(everything.edges).toHaveLength(everything.totalCount);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: any = await find('olympic', { first: 2, after });
      expect(page.totalCount).toBe(everything.totalCount);
      expect(page.pageInfo.hasPreviousPage).toBe(pages > 0);
      seen.push(...page.edges.map((e: any) => `${e.node.__typename}:${e.node.handle}`));
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(everything.edges.map((e: any) => `${e.node.__typename}:${e.node.handle}`));
    expect(new Set(seen).size).toBe(seen.length);
    expect(pages).toBe(Math.ceil(everything.totalCount / 2));
  });

  it('ranks by score, best first', async () => {
    const { edges } = await find('olympic', { first: 100 });
    const scores = edges.map((e: any) => e.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('rejects a bad page size or cursor as user input', async () => {
    for (const variables of [{ first: 101 }, { first: -1 }, { after: 'nonsense' }, { after: Buffer.from('[3]').toString('base64url') }]) {
      const answer = await registry.query(search, { q: 'golovkin', ...variables });
      expect(answer.errors?.[0].extensions?.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
    }
  });
});

describe('search input can never break the query', () => {
  it.each(['"', '*', 'OR', 'AND', 'NOT', 'NEAR(', 'NEAR(a b)', '-', '"golov', 'golov*', 'text:golovkin', '^golovkin', '(', ')', '+', ':', "'", '\\', '{}', '%_', 'a OR b NOT c', '\u0000', 'وال', 'و "ال', 'والسباحة OR', 'ال*'])(
    '%j gives results or none, never an error', async (q) => {
      const answer = await registry.query(search, { q });
      expect(answer.errors).toBeUndefined();
      expect(answer.data.search.totalCount).toBeGreaterThanOrEqual(0);
    },
  );

  it('still finds through the noise', async () => {
    expect((await find('"golov*"')).edges[0].node.handle).toBe('gennady-golovkin');
    expect((await find('NEAR(golovkin)')).totalCount).toBe(0); // every word must match: "near" does not
  });

  it.each(['', '   '])('rejects the empty query %j as user input', async (q) => {
    const answer = await registry.query(search, { q });
    expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0].message).toMatch(/query.* must not be empty/);
  });

  it('rejects an over-long query as user input', async () => {
    const answer = await registry.query(search, { q: 'a '.repeat(150) });
    expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the search index', () => {
  let bulk: Registry;
  beforeAll(async () => {
    bulk = await seededRegistry();
    ensureSearchIndex(bulk.db);
    for (let i = 0; i < 30; i++) {
      const person = bulk.db.insert(t.people).values({ handle: `bulk-person-${i}`, name: `Bulat Testov ${i}` }).returning().get();
      bulk.db.insert(t.names).values({ personId: person.id, value: `Булат Тестов ${i}`, lang: 'ru', kind: NameKind.OFFICIAL }).run();
      const org = bulk.db.insert(t.organizations).values({ handle: `bulk-org-${i}`, kind: OrganizationKind.NATIONAL_FEDERATION, name: `Testov Federation ${i}` }).returning().get();
      if (i < 1) {
        bulk.db.insert(t.names).values({ personId: person.id, value: 'Zephyr', lang: 'en', kind: NameKind.ALIAS }).run();
        bulk.db.insert(t.names).values({ organizationId: org.id, value: 'Zephyr', lang: 'en', kind: NameKind.ALIAS }).run();
      }
    }
  });
  afterAll(() => bulk.close());

  it('notices data written without reindexing and reindexes those entities at start', async () => {
    expect((await bulk.query(search, { q: 'testov' })).data.search.totalCount).toBe(0);
    // 30 people (with their names) and 30 organisations were written by hand.
    expect(ensureSearchIndex(bulk.db)).toEqual({ rebuilt: false, reindexed: 60 });
    expect(ensureSearchIndex(bulk.db)).toEqual({ rebuilt: false, reindexed: 0 });
    expect((await bulk.query(search, { q: 'testov', first: 100 })).data.search.totalCount).toBe(60);
  });

  it('notices a renamed entity, a changed name and an index built by other code, and nothing else', async () => {
    ensureSearchIndex(bulk.db);
    expect(ensureSearchIndex(bulk.db)).toEqual({ rebuilt: false, reindexed: 0 });
    bulk.db.update(t.organizations).set({ name: 'Renamed Federation' }).where(eq(t.organizations.handle, 'bulk-org-3')).run();
    expect(ensureSearchIndex(bulk.db)).toEqual({ rebuilt: false, reindexed: 1 });
    expect((await bulk.query(search, { q: 'Renamed Federation' })).data.search.totalCount).toBe(1);
    bulk.db.update(t.names).set({ value: 'Булат Переименован' }).where(eq(t.names.value, 'Булат Тестов 4')).run();
    expect(ensureSearchIndex(bulk.db)).toEqual({ rebuilt: false, reindexed: 1 });
    expect((await bulk.query(search, { q: 'Переименован' })).data.search.totalCount).toBe(1);
    bulk.db.$client.prepare("UPDATE search_index_state SET value = 'an older normalisation' WHERE key = 'code'").run();
    expect(ensureSearchIndex(bulk.db).rebuilt).toBe(true);
    expect(ensureSearchIndex(bulk.db)).toEqual({ rebuilt: false, reindexed: 0 });
    // Put the names back for the tests below.
    bulk.db.update(t.organizations).set({ name: 'Testov Federation 3' }).where(eq(t.organizations.handle, 'bulk-org-3')).run();
    bulk.db.update(t.names).set({ value: 'Булат Тестов 4' }).where(eq(t.names.value, 'Булат Переименован')).run();
    expect(ensureSearchIndex(bulk.db)).toEqual({ rebuilt: false, reindexed: 2 });
    expect((await bulk.query(search, { q: 'Renamed Federation' })).data.search.totalCount).toBe(0);
  });

  it.each(Object.entries(SearchableType))('notices a %s changed or deleted by hand, and its names', async (key, type) => {
    const tableName = getTableName(searchableTables[type]);
    // The natural key the search query above answers as `handle`: a handle, a country's IOC code, a sport's code.
    const column = Object.values(declarationOf(type).keys ?? {})[0]!.name;
    const id = bulk.db.$client.prepare(`SELECT id FROM "${tableName}" ORDER BY id LIMIT 1`).pluck().get() as number;
    const handle = bulk.db.$client.prepare(`SELECT "${column}" FROM "${tableName}" WHERE id = ?`).pluck().get(id) as string;
    const found = async (q: string) => (await bulk.query(search, { q, types: [key], first: 100 })).data.search.edges.map((e: any) => e.node.handle ?? e.node.iocCode);
    bulk.db.$client.prepare(`UPDATE "${tableName}" SET "${column}" = ? WHERE id = ?`).run(`${handle}-zq`, id);
    expect(ensureSearchIndex(bulk.db)).toEqual({ rebuilt: false, reindexed: 1 });
    expect(await found(`${handle}-zq`)).toContain(`${handle}-zq`);
    bulk.db.$client.prepare(`UPDATE "${tableName}" SET "${column}" = ? WHERE id = ?`).run(handle, id);
    expect(ensureSearchIndex(bulk.db)).toEqual({ rebuilt: false, reindexed: 1 });
    const owner = ownersIn(t.names).find((o) => o.typeName === type)?.column;
    if (owner) {
      const name = bulk.db.$client.prepare(`INSERT INTO names (${owner.name}, value, lang, kind) VALUES (?, 'Quetzalcoatl Handmade', 'en', 'ALIAS') RETURNING id`).pluck().get(id) as number;
      expect(ensureSearchIndex(bulk.db)).toEqual({ rebuilt: false, reindexed: 1 });
      expect(await found('Quetzalcoatl')).toEqual([handle]);
      bulk.db.$client.prepare('DELETE FROM names WHERE id = ?').run(name);
      expect(ensureSearchIndex(bulk.db)).toEqual({ rebuilt: false, reindexed: 1 });
      expect(await found('Quetzalcoatl')).toEqual([]);
    }
  });

  it('runs as many statements for 2 results as for 60', async () => {
    ensureSearchIndex(bulk.db);
    const small = await bulk.query(search, { q: 'zephyr' });
    const large = await bulk.query(search, { q: 'testov', first: 100 });
    expect(small.data.search.edges).toHaveLength(2);
    expect(large.data.search.edges).toHaveLength(60);
    expect(new Set(small.data.search.edges.map((e: any) => e.node.__typename))).toEqual(new Set(['Person', 'Organization']));
    // One search statement, then one batched load per type found.
    expect(small.sqlStatements).toBe(3);
    expect(large.sqlStatements).toBe(small.sqlStatements);
  });

  it('holds no duplicates after a second rebuild', async () => {
    const count = () => bulk.db.$client.prepare('SELECT count(*) AS n FROM search_index').get() as { n: number };
    const first = rebuildSearchIndex(bulk.db);
    const second = rebuildSearchIndex(bulk.db);
    expect(second).toBe(first);
    expect(count().n).toBe(first);
    const distinct = bulk.db.$client
      .prepare('SELECT count(*) AS n FROM (SELECT DISTINCT entity_type, entity_id, field, display, text FROM search_index)')
      .get() as { n: number };
    expect(distinct.n).toBe(first);
    expect((await bulk.query(search, { q: 'golovkin' })).data.search.totalCount).toBe(1);
  });

  it('reindexes one entity after a write, and forgets one that is gone', async () => {
    const person = bulk.db.insert(t.people).values({ handle: 'renamed', name: 'Oldname Person' }).returning().get();
    indexEntity(bulk.db, SearchableType.PERSON, person.id);
    expect((await bulk.query(search, { q: 'oldname' })).data.search.totalCount).toBe(1);
    bulk.db.update(t.people).set({ name: 'Newname Person' }).where(eq(t.people.id, person.id)).run();
    indexEntity(bulk.db, SearchableType.PERSON, person.id);
    expect((await bulk.query(search, { q: 'oldname' })).data.search.totalCount).toBe(0);
    expect((await bulk.query(search, { q: 'newname' })).data.search.edges[0].node.handle).toBe('renamed');
    bulk.db.delete(t.people).where(eq(t.people.id, person.id)).run();
    indexEntity(bulk.db, SearchableType.PERSON, person.id);
    expect((await bulk.query(search, { q: 'newname' })).data.search.totalCount).toBe(0);
    expect(ensureSearchIndex(bulk.db).rebuilt).toBe(false);
  });
});

describe('writes keep the search index exactly as a rebuild makes it', () => {
  // Only the rows that differ are rewritten after a write; every row (rowid, field, language,
  // display and text) must still be what a full rebuild gives.
  let fresh: Registry;
  let as: ReturnType<typeof withKeys>;
  beforeAll(async () => {
    fresh = await seededRegistry();
    as = withKeys(fresh);
  });
  afterAll(() => fresh.close());

  const indexed = () => JSON.stringify(fresh.db.$client.prepare('SELECT rowid, entity_type, entity_id, field, lang, display, text FROM search_index ORDER BY rowid').all());
  const expectAsRebuilt = (why: string) => {
    const written = indexed();
    rebuildSearchIndex(fresh.db);
    expect(written === indexed(), `after ${why}, the index differs from a rebuild`).toBe(true);
  };
  const mutate = async (key: 'editor' | 'admin', source: string, input: Record<string, unknown>) => {
    const answer = await as[key](`mutation ($input: ${source.split(' ')[1]}) { ${source.split(' ')[0]}(input: $input) { userErrors { message } } }`, { input });
    expect(answer.errors).toBeUndefined();
    expect(Object.values(answer.data)[0]).toEqual({ userErrors: [] });
  };
  const nameIds = async (personId: string): Promise<{ id: string; value: string }[]> =>
    (await as.anonymous(`query ($id: ID!) { node(id: $id) { ... on Person { names { nodes { id value } } } } }`, { id: personId })).data.node.names.nodes;

  it('through adds, corrections and deletions of names, a rename and a merge', async () => {
    const person = (await as.anonymous(`{ person(handle: "gennady-golovkin") { id name } }`)).data.person;
    rebuildSearchIndex(fresh.db);
    // A Latin name goes in before the transliterations of the Cyrillic ones, which move up a row.
    await mutate('editor', 'addName AddNameInput!', { ownerId: person.id, value: 'GGG', lang: 'en', kind: 'SHORT' });
    expectAsRebuilt('a Latin name');
    await mutate('editor', 'addName AddNameInput!', { ownerId: person.id, value: 'Гена Головкин', lang: 'ru', kind: 'ALIAS' });
    expectAsRebuilt('a Cyrillic name');
    // A name spelled like the main name gives the main name its language.
    await mutate('editor', 'updatePerson UpdatePersonInput!', { id: person.id, name: 'Гена Головкин' });
    expectAsRebuilt('a rename to a stored name');
    const names = await nameIds(person.id);
    // Only languages change: every row keeps its text.
    await mutate('editor', 'updateName UpdateNameInput!', { id: names.find((n) => n.value === 'Гена Головкин')!.id, lang: 'kk-Cyrl' });
    expectAsRebuilt('a corrected language');
    const [first, second] = names;
    await mutate('editor', 'updateName UpdateNameInput!', { id: second.id, value: 'Геннадий Г. Головкин' });
    expectAsRebuilt('a corrected name');
    await mutate('editor', 'deleteName DeleteNameInput!', { id: first.id });
    expectAsRebuilt('a deleted first name');
    const twin = (await as.editor(`mutation { createPerson(input: { handle: "ggg-twin", name: "Gennady Gennadyevich" }) { person { id } } }`)).data.createPerson.person.id;
    await mutate('editor', 'addName AddNameInput!', { ownerId: twin, value: 'Геннадий Геннадьевич', lang: 'ru', kind: 'OFFICIAL' });
    expectAsRebuilt('a new person with a name');
    await mutate('admin', 'mergePeople MergePeopleInput!', { survivorId: person.id, mergedId: twin });
    expectAsRebuilt('a merge');
  });
});
