/**
 * Countries and sports as full entities (issue 9): created, changed, deleted and merged through
 * the API, with names in several languages, citations, history, search and federation keys.
 */
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/client.js';
import { migrateDatabase, migrationsFolder } from '../src/db/migrate.js';
import { toGlobalId } from '../src/shared/global-id.js';
import { seededWithKeys, snapshot } from './support/keys.js';

const { registry, as } = await seededWithKeys();

const errors = `userErrors { field message code }`;
const createCountry = `mutation ($input: CreateCountryInput!) { createCountry(input: $input) { country { id iocCode iso2 iso3 isoNumeric name officialName } ${errors} } }`;
const updateCountry = `mutation ($input: UpdateCountryInput!) { updateCountry(input: $input) { country { id iocCode iso2 iso3 name officialName } ${errors} } }`;
const deleteCountry = `mutation ($input: DeleteCountryInput!) { deleteCountry(input: $input) { country { id } ${errors} } }`;
const mergeCountries = `mutation ($input: MergeCountriesInput!) { mergeCountries(input: $input) { country { id iocCode officialName } ${errors} } }`;
const createSport = `mutation ($input: CreateSportInput!) { createSport(input: $input) { sport { id code name parent { code } } ${errors} } }`;
const updateSport = `mutation ($input: UpdateSportInput!) { updateSport(input: $input) { sport { id code parent { code } } ${errors} } }`;
const deleteSport = `mutation ($input: DeleteSportInput!) { deleteSport(input: $input) { sport { id } ${errors} } }`;
const mergeSports = `mutation ($input: MergeSportsInput!) { mergeSports(input: $input) { sport { id code } ${errors} } }`;
const addName = `mutation ($input: AddNameInput!) { addName(input: $input) { name { id value lang } ${errors} } }`;
const attachCitation = `mutation ($input: AttachCitationInput!) { attachCitation(input: $input) { citation { id subject { __typename ... on Country { iocCode } ... on Sport { code } } } ${errors} } }`;
const createOrganization = `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id handle country { iocCode } } ${errors} } }`;
const search = `query ($q: String!, $types: [SearchableType!]) { search(query: $q, types: $types) { totalCount edges { matchedText matchedField node { __typename ... on Country { id iocCode } ... on Sport { id code } } } } }`;

const sql = (text: string) => registry.db.$client.prepare(text);
const idOf = (type: string, table: string, where: string, ...params: unknown[]) =>
  toGlobalId(type, (sql(`SELECT id FROM ${table} WHERE ${where}`).pluck().get(...params) as number));
const briefSource = () => idOf('Source', 'sources', 'handle = ?', 'sportsgraph-domain-brief');

async function ok<T = any>(run: Promise<{ data?: any; errors?: unknown }>, field: string): Promise<T> {
  const answer = await run;
  expect(answer.errors).toBeUndefined();
  expect(answer.data[field].userErrors).toEqual([]);
  return answer.data[field];
}

async function refused(run: Promise<{ data?: any; errors?: unknown }>, field: string) {
  const before = snapshot(registry);
  const answer = await run;
  expect(answer.errors).toBeUndefined();
  expect(answer.data[field].userErrors.length).toBeGreaterThan(0);
  expect(snapshot(registry)).toBe(before);
  return answer.data[field].userErrors as { field: string[]; message: string; code: string }[];
}

// Every ISO 3166-1 country is seeded (tests/countries.world.test.ts), so these tests grow the registry with a made-up one, on codes ISO leaves to users.
let atlantis: string;

describe('countries', () => {
  it('grow: a new country (ATL) with names in German, French and Arabic, and then an organisation of it', async () => {
    const before = snapshot(registry);
    const unknown = await as.editor(createOrganization, { input: { handle: 'atlantis-noc', kind: 'NATIONAL_OLYMPIC_COMMITTEE', name: 'Atlantis Olympic Committee', country: 'ATL' } });
    expect(unknown.errors?.[0]).toMatchObject({ message: expect.stringContaining('Unknown country code "ATL"'), extensions: { code: 'BAD_USER_INPUT' } });
    expect(snapshot(registry)).toBe(before);

    const created = await ok(as.editor(createCountry, { input: { iocCode: 'ATL', iso2: 'XA', iso3: 'XAT', isoNumeric: '901', name: 'Atlantis' } }), 'createCountry');
    expect(created.country).toMatchObject({ iocCode: 'ATL', iso2: 'XA', iso3: 'XAT', isoNumeric: '901', name: 'Atlantis', officialName: null });
    atlantis = created.country.id;
    for (const [value, lang] of [['Atlantis', 'de'], ['Atlantide', 'fr'], ['أتلانتس', 'ar'], ['Атлантида', 'ru']]) {
      await ok(as.editor(addName, { input: { ownerId: atlantis, value, lang, kind: 'OFFICIAL' } }), 'addName');
    }
    const org = await ok(as.editor(createOrganization, { input: { handle: 'atlantis-noc', kind: 'NATIONAL_OLYMPIC_COMMITTEE', name: 'Atlantis Olympic Committee', country: 'ATL' } }), 'createOrganization');
    expect(org.organization.country).toEqual({ iocCode: 'ATL' });

    const { data } = await as.anonymous(`{ country(code: "xa") {
      id name(lang: "fr") localName(lang: "ar") { value lang } names(orderBy: [{ field: LANG }]) { nodes { lang value } }
      organizations { nodes { handle } } history { nodes { operation actor } }
    } }`);
    expect(data.country).toMatchObject({ id: atlantis, name: 'Atlantide', localName: { value: 'أتلانتس', lang: 'ar' } });
    expect(data.country.names.nodes.map((n: { lang: string }) => n.lang)).toEqual(['ar', 'de', 'fr', 'ru']);
    expect(data.country.organizations.nodes).toEqual([{ handle: 'atlantis-noc' }]);
    expect(data.country.history.nodes).toEqual([{ operation: 'createCountry', actor: 'test editor' }]);
  });

  it('refuses malformed codes, taken codes and a country without a code, writing nothing', async () => {
    const malformed = await refused(as.editor(createCountry, { input: { iocCode: 'ge', iso2: 'DEU', iso3: 'D3U', name: 'Bad' } }), 'createCountry');
    expect(malformed.map((e) => [e.field.at(-1), e.code])).toEqual(expect.arrayContaining([['iocCode', 'INVALID'], ['iso2', 'INVALID'], ['iso3', 'INVALID']]));
    const taken = await refused(as.editor(createCountry, { input: { iocCode: 'QQQ', iso3: 'KWT', name: 'Not Kuwait' } }), 'createCountry');
    expect(taken[0]).toMatchObject({ field: ['input', 'iso3'], code: 'CONFLICT', message: expect.stringContaining('"KWT" is taken: it is the ISO alpha-3 code of Kuwait') });
    // A code is one country's in any of the three columns: KUW is Kuwait's IOC code.
    const elsewhere = await refused(as.editor(createCountry, { input: { iso3: 'KUW', name: 'Not Kuwait' } }), 'createCountry');
    expect(elsewhere[0]).toMatchObject({ field: ['input', 'iso3'], code: 'CONFLICT', message: expect.stringContaining('IOC code of Kuwait') });
    const none = await refused(as.editor(createCountry, { input: { name: 'Nowhere' } }), 'createCountry');
    expect(none[0]).toMatchObject({ field: ['input', 'iocCode'], code: 'INVALID' });
    const anonymous = await as.anonymous(createCountry, { input: { iocCode: 'FRA', name: 'France' } });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('updates: fields left out stay, a taken code is a CONFLICT, the last code cannot be cleared', async () => {
    const updated = await ok(as.editor(updateCountry, { input: { id: atlantis, officialName: 'Kingdom of Atlantis' } }), 'updateCountry');
    expect(updated.country).toMatchObject({ iocCode: 'ATL', iso2: 'XA', officialName: 'Kingdom of Atlantis' });
    const taken = await refused(as.editor(updateCountry, { input: { id: atlantis, iso2: 'KZ' } }), 'updateCountry');
    expect(taken[0]).toMatchObject({ field: ['input', 'iso2'], code: 'CONFLICT', message: expect.stringContaining('Kazakhstan') });
    const cleared = await refused(as.editor(updateCountry, { input: { id: atlantis, iocCode: null, iso2: null, iso3: null, isoNumeric: null } }), 'updateCountry');
    expect(cleared[0]).toMatchObject({ code: 'INVALID' });
    const name = await refused(as.editor(updateCountry, { input: { id: atlantis, name: null } }), 'updateCountry');
    expect(name[0]).toMatchObject({ field: ['input', 'name'], code: 'INVALID' });
  });

  it('deletes only what nothing points at (admin), and the delete can be reverted', async () => {
    const forbidden = await as.editor(deleteCountry, { input: { id: atlantis } });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const referenced = await refused(as.admin(deleteCountry, { input: { id: atlantis } }), 'deleteCountry');
    expect(referenced[0]).toMatchObject({ field: ['input', 'id'], code: 'CONFLICT', message: expect.stringContaining('"ATL" still has 1 Organization records') });

    const lonely = await ok(as.editor(createCountry, { input: { iocCode: 'TLD', name: 'Testland' } }), 'createCountry');
    await ok(as.editor(addName, { input: { ownerId: lonely.country.id, value: 'Testlandia', lang: 'la', kind: 'ALIAS' } }), 'addName');
    await ok(as.admin(deleteCountry, { input: { id: lonely.country.id } }), 'deleteCountry');
    expect((await as.anonymous(`{ country(code: "TLD") { id } }`)).data.country).toBeNull();
    expect(sql(`SELECT count(*) FROM names WHERE value = 'Testlandia'`).pluck().get()).toBe(0);

    const change = toGlobalId('Change', sql(`SELECT id FROM changes WHERE operation = 'deleteCountry' AND entity_type = 'Country' ORDER BY id DESC LIMIT 1`).pluck().get() as number);
    const reverted = await as.admin(`mutation ($id: ID!) { revertChange(input: { changeId: $id }) { change { operation } ${errors} } }`, { id: change });
    expect(reverted.data.revertChange.userErrors).toEqual([]);
    expect((await as.anonymous(`{ country(code: "TLD") { id name } }`)).data.country).toEqual({ id: lonely.country.id, name: 'Testland' });
  });

  it('takes names and citations: addName and attachCitation accept a country id, and the citation names it', async () => {
    const cited = await ok(as.editor(attachCitation, { input: { factId: atlantis, sourceId: briefSource(), quote: 'Germany', confidence: 'HIGH' } }), 'attachCitation');
    expect(cited.citation.subject).toEqual({ __typename: 'Country', iocCode: 'ATL' });
    const { data } = await as.anonymous(`query ($id: ID!) { node(id: $id) { ... on Country { citations { totalCount } } } }`, { id: atlantis });
    expect(data.node.citations.totalCount).toBe(1);
  });

  it('are found by search by a name in Arabic or Cyrillic, and by code', async () => {
    for (const q of ['أتلانتس', 'атлантида', 'Atlantida', 'XAT']) {
      const { data } = await as.anonymous(search, { q, types: ['COUNTRY'] });
      expect(data.search.edges.map((e: any) => e.node.iocCode), q).toEqual(['ATL']);
    }
    const { data } = await as.anonymous(search, { q: 'Atlantide' });
    expect(data.search.edges[0]).toMatchObject({ matchedText: 'Atlantide', matchedField: 'OTHER_NAME', node: { __typename: 'Country', id: atlantis } });
  });
});

describe('merging two countries', () => {
  it('moves everything to the survivor, and the merged id and codes lead to it; lists, counts and search forget it', async () => {
    const west = (await ok(as.editor(createCountry, { input: { iocCode: 'OAT', name: 'Old Atlantis', officialName: 'Atlantis (alt)' } }), 'createCountry')).country.id;
    await ok(as.editor(addName, { input: { ownerId: west, value: 'Atlantis', lang: 'de', kind: 'OFFICIAL' } }), 'addName');
    await ok(as.editor(addName, { input: { ownerId: west, value: 'Altatlantis', lang: 'de', kind: 'FORMER' } }), 'addName');
    await ok(as.editor(attachCitation, { input: { factId: west, sourceId: briefSource(), confidence: 'LOW' } }), 'attachCitation');
    await ok(as.editor(createOrganization, { input: { handle: 'nok-west', kind: 'NATIONAL_OLYMPIC_COMMITTEE', name: 'NOK West', country: 'OAT' } }), 'createOrganization');
    await ok(as.editor(`mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { id } ${errors} } }`, { input: { handle: 'west-person', name: 'West Person', nationality: 'OAT' } }), 'createPerson');

    const forbidden = await as.editor(mergeCountries, { input: { survivorId: atlantis, mergedId: west } });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const merged = await ok(as.admin(mergeCountries, { input: { survivorId: atlantis, mergedId: west } }), 'mergeCountries');
    expect(merged.country).toEqual({ id: atlantis, iocCode: 'ATL', officialName: 'Kingdom of Atlantis' });

    const { data } = await as.anonymous(`query ($west: ID!) {
      byCode: country(code: "OAT") { id }
      node(id: $west) { id }
      org: organization(handle: "nok-west") { country { iocCode } }
      person: person(handle: "west-person") { nationality { iocCode } }
      survivor: country(code: "ATL") { names(first: 100) { nodes { value lang kind } } citations { totalCount } }
      countries(last: 100) { totalCount nodes { id } }
      byFilter: organizations(filter: { country: "OAT" }) { nodes { handle } }
      counts(of: ORGANIZATIONS, by: COUNTRY) { key }
    }`, { west });
    expect(data.byCode.id).toBe(atlantis);
    expect(data.node.id).toBe(atlantis);
    expect(data.org.country.iocCode).toBe('ATL');
    expect(data.person.nationality.iocCode).toBe('ATL');
    const names = data.survivor.names.nodes.map((n: any) => `${n.lang}:${n.value}:${n.kind}`);
    // The duplicate "Atlantis" is folded into the survivor's, the other name moves, and the merged name stays findable.
    expect(names.filter((n: string) => n === 'de:Atlantis:OFFICIAL')).toHaveLength(1);
    expect(names).toEqual(expect.arrayContaining(['de:Altatlantis:FORMER', 'en:Old Atlantis:ALIAS']));
    expect(data.survivor.citations.totalCount).toBe(2);
    expect(data.countries.nodes.map((n: any) => n.id)).not.toContain(west);
    expect(data.countries.totalCount).toBe(sql('SELECT count(*) FROM countries WHERE merged_into_id IS NULL').pluck().get());
    expect(data.byFilter.nodes.map((n: any) => n.handle).sort()).toEqual(['atlantis-noc', 'nok-west']);
    expect(data.counts.map((b: any) => b.key)).not.toContain('OAT');
    // A new record given the merged code goes to the survivor.
    const later = await ok(as.editor(createOrganization, { input: { handle: 'nok-west-2', kind: 'OTHER', name: 'Later', country: 'OAT' } }), 'createOrganization');
    expect(later.organization.country.iocCode).toBe('ATL');

    const found = await as.anonymous(search, { q: 'Old Atlantis' });
    expect(found.data.search.edges.map((e: any) => e.node.id)).toEqual([atlantis]);
    // Every move is recorded under the merge.
    expect(sql(`SELECT count(*) FROM changes WHERE operation = 'mergeCountries'`).pluck().get()).toBeGreaterThanOrEqual(6);

    const again = await refused(as.admin(mergeCountries, { input: { survivorId: atlantis, mergedId: west } }), 'mergeCountries');
    expect(again[0]).toMatchObject({ field: ['input', 'mergedId'], code: 'NOT_ALLOWED' });
    const self = await refused(as.admin(mergeCountries, { input: { survivorId: atlantis, mergedId: atlantis } }), 'mergeCountries');
    expect(self[0]).toMatchObject({ code: 'INVALID' });
    const wrongType = await refused(as.admin(mergeCountries, { input: { survivorId: atlantis, mergedId: toGlobalId('Sport', 1) } }), 'mergeCountries');
    expect(wrongType[0]).toMatchObject({ code: 'NOT_FOUND' });
    // The survivor now has a record merged into it.
    const deleted = await refused(as.admin(deleteCountry, { input: { id: atlantis } }), 'deleteCountry');
    expect(deleted[0].message).toContain('1 records merged into them');
  });
});

let rowing: string;
let coastal: string;

describe('sports', () => {
  it('grow, with disciplines; codes must be handles and free; the hierarchy may not form a cycle', async () => {
    rowing = (await ok(as.editor(createSport, { input: { code: 'rowing', name: 'Rowing' } }), 'createSport')).sport.id;
    const discipline = await ok(as.editor(createSport, { input: { code: 'coastal-rowing', name: 'Coastal rowing', parentId: rowing } }), 'createSport');
    expect(discipline.sport.parent).toEqual({ code: 'rowing' });
    coastal = discipline.sport.id;

    const malformed = await refused(as.editor(createSport, { input: { code: 'Water Polo', name: 'Water polo' } }), 'createSport');
    expect(malformed[0]).toMatchObject({ field: ['input', 'code'], code: 'INVALID' });
    const taken = await refused(as.editor(createSport, { input: { code: 'aquatics', name: 'Aquatics again' } }), 'createSport');
    expect(taken[0]).toMatchObject({ field: ['input', 'code'], code: 'CONFLICT', message: expect.stringContaining('"aquatics" is taken') });
    const badParent = await refused(as.editor(createSport, { input: { code: 'x-sport', name: 'X', parentId: toGlobalId('Country', 1) } }), 'createSport');
    expect(badParent[0]).toMatchObject({ field: ['input', 'parentId'], code: 'NOT_FOUND' });
    const cycle = await refused(as.editor(updateSport, { input: { id: rowing, parentId: coastal } }), 'updateSport');
    expect(cycle[0]).toMatchObject({ field: ['input', 'parentId'], code: 'CONFLICT', message: expect.stringContaining('"coastal-rowing"') });
    const itself = await refused(as.editor(updateSport, { input: { id: rowing, parentId: rowing } }), 'updateSport');
    expect(itself[0]).toMatchObject({ field: ['input', 'parentId'], code: 'CONFLICT' });

    const renamed = await ok(as.editor(updateSport, { input: { id: coastal, code: 'coastal-rowing-beach', parentId: null } }), 'updateSport');
    expect(renamed.sport).toMatchObject({ code: 'coastal-rowing-beach', parent: null });
    await ok(as.editor(updateSport, { input: { id: coastal, code: 'coastal-rowing', parentId: rowing } }), 'updateSport');
  });

  it('take names and citations, and are found by search', async () => {
    await ok(as.editor(addName, { input: { ownerId: rowing, value: 'Академическая гребля', lang: 'ru', kind: 'OFFICIAL' } }), 'addName');
    const cited = await ok(as.editor(attachCitation, { input: { factId: rowing, sourceId: briefSource(), confidence: 'MEDIUM' } }), 'attachCitation');
    expect(cited.citation.subject).toEqual({ __typename: 'Sport', code: 'rowing' });
    const { data } = await as.anonymous(`{ sport(code: "rowing") { name(lang: "ru") citations { totalCount } history { totalCount } } }`);
    expect(data.sport).toEqual({ name: 'Академическая гребля', citations: { totalCount: 1 }, history: { totalCount: 1 } });
    for (const q of ['гребля', 'rowing']) {
      const found = await as.anonymous(search, { q, types: ['SPORT'] });
      expect(found.data.search.edges[0].node.code, q).toBe('rowing');
    }
  });

  it('are deleted only when nothing points at them, and the delete can be reverted', async () => {
    const aquatics = idOf('Sport', 'sports', 'code = ?', 'aquatics');
    const referenced = await refused(as.admin(deleteSport, { input: { id: aquatics } }), 'deleteSport');
    expect(referenced[0]).toMatchObject({ field: ['input', 'id'], code: 'CONFLICT', message: expect.stringMatching(/"aquatics" still has .*Sport records.*Organization records/) });
    // Organisations tied to a sport (a join table, not a node type) hold its delete back too.
    const swimming = idOf('Sport', 'sports', 'code = ?', 'swimming');
    const tied = await refused(as.admin(deleteSport, { input: { id: swimming } }), 'deleteSport');
    expect(tied[0]).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('Organization records') });

    await ok(as.admin(deleteSport, { input: { id: coastal } }), 'deleteSport');
    expect((await as.anonymous(`{ sport(code: "coastal-rowing") { id } }`)).data.sport).toBeNull();
    const change = toGlobalId('Change', sql(`SELECT id FROM changes WHERE operation = 'deleteSport' ORDER BY id DESC LIMIT 1`).pluck().get() as number);
    const reverted = await as.admin(`mutation ($id: ID!) { revertChange(input: { changeId: $id }) { ${errors} } }`, { id: change });
    expect(reverted.data.revertChange.userErrors).toEqual([]);
    expect((await as.anonymous(`{ sport(code: "coastal-rowing") { id parent { code } } }`)).data.sport).toEqual({ id: coastal, parent: { code: 'rowing' } });
  });

  it('resolve as federation entities by code, a merged-away code to the survivor', async () => {
    const { data, errors: errs } = await registry.subgraph.query(`query ($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Sport { id code } } }`, {
      r: [{ __typename: 'Sport', code: 'rowing' }, { __typename: 'Sport', code: 'no-such-sport' }, { __typename: 'Sport', id: rowing }],
    });
    expect(errs).toBeUndefined();
    expect(data._entities).toEqual([{ __typename: 'Sport', id: rowing, code: 'rowing' }, null, { __typename: 'Sport', id: rowing, code: 'rowing' }]);
  });
});

describe('merging two sports', () => {
  it('moves disciplines, organisations, names and citations; the merged id and code lead to the survivor', async () => {
    const aquatics = idOf('Sport', 'sports', 'code = ?', 'aquatics');
    const swimming = idOf('Sport', 'sports', 'code = ?', 'swimming');
    const pool = (await ok(as.editor(createSport, { input: { code: 'pool-swimming', name: 'Pool swimming', parentId: aquatics } }), 'createSport')).sport.id;
    const relay = (await ok(as.editor(createSport, { input: { code: 'relay-swimming', name: 'Relay swimming', parentId: pool } }), 'createSport')).sport.id;
    await ok(as.editor(addName, { input: { ownerId: pool, value: 'Natation', lang: 'fr', kind: 'OFFICIAL' } }), 'addName');
    await ok(as.editor(attachCitation, { input: { factId: pool, sourceId: briefSource(), confidence: 'LOW' } }), 'attachCitation');
    // One organisation tied to both (folded), one to the duplicate only (moved).
    const tie = sql(`INSERT INTO organization_sports (organization_id, sport_id) SELECT o.id, s.id FROM organizations o, sports s WHERE o.handle = ? AND s.code = 'pool-swimming'`);
    tie.run('kazakhstan-swimming-federation');
    tie.run('atlantis-noc');
    const swimmingOrgs = sql(`SELECT count(*) FROM organization_sports os JOIN sports s ON s.id = os.sport_id WHERE s.code = 'swimming'`).pluck().get() as number;
    const swimmingCitations = sql(`SELECT count(*) FROM citations c JOIN sports s ON s.id = c.sport_id WHERE s.code = 'swimming'`).pluck().get() as number;

    const cycle = await refused(as.admin(mergeSports, { input: { survivorId: swimming, mergedId: aquatics } }), 'mergeSports');
    expect(cycle[0]).toMatchObject({ field: ['input', 'mergedId'], code: 'CONFLICT', message: expect.stringContaining('below itself') });

    const merged = await ok(as.admin(mergeSports, { input: { survivorId: swimming, mergedId: pool } }), 'mergeSports');
    expect(merged.sport).toEqual({ id: swimming, code: 'swimming' });

    const { data } = await as.anonymous(`query ($pool: ID!, $relay: ID!) {
      byCode: sport(code: "pool-swimming") { id }
      byId: sport(id: $pool) { id }
      node(id: $pool) { id }
      relay: node(id: $relay) { ... on Sport { parent { code } } }
      swimming: sport(code: "swimming") { names { nodes { value lang } } citations { totalCount } organizations(first: 100) { nodes { handle } } }
      sports(first: 100) { totalCount nodes { code } }
      atlantisNoc: organization(handle: "atlantis-noc") { sports { nodes { code } } }
      byFilter: organizations(filter: { sport: "pool-swimming" }) { nodes { handle } }
    }`, { pool, relay });
    expect([data.byCode.id, data.byId.id, data.node.id]).toEqual([swimming, swimming, swimming]);
    expect(data.relay.parent.code).toBe('swimming');
    expect(data.swimming.names.nodes).toEqual(expect.arrayContaining([{ value: 'Natation', lang: 'fr' }, { value: 'Pool swimming', lang: 'en' }]));
    expect(data.swimming.citations.totalCount).toBe(swimmingCitations + 1);
    expect(data.swimming.organizations.nodes.map((n: any) => n.handle)).toContain('atlantis-noc');
    expect(sql(`SELECT count(*) FROM organization_sports os JOIN sports s ON s.id = os.sport_id WHERE s.code = 'swimming'`).pluck().get()).toBe(swimmingOrgs + 1);
    expect(sql(`SELECT count(*) FROM organization_sports os JOIN sports s ON s.id = os.sport_id WHERE s.code = 'pool-swimming'`).pluck().get()).toBe(0);
    expect(data.sports.nodes.map((n: any) => n.code)).not.toContain('pool-swimming');
    expect(data.sports.totalCount).toBe(sql('SELECT count(*) FROM sports WHERE merged_into_id IS NULL').pluck().get());
    expect(data.atlantisNoc.sports.nodes).toEqual([{ code: 'swimming' }]);
    expect(data.byFilter.nodes.map((n: any) => n.handle)).toEqual(expect.arrayContaining(['atlantis-noc', 'kazakhstan-swimming-federation']));

    const found = await as.anonymous(search, { q: 'pool swimming', types: ['SPORT'] });
    expect(found.data.search.edges.map((e: any) => e.node.code)).toEqual(['swimming']);
    const federated = await registry.subgraph.query(`{ _entities(representations: [{ __typename: "Sport", code: "pool-swimming" }]) { ... on Sport { code } } }`);
    expect(federated.data._entities).toEqual([{ code: 'swimming' }]);
  });
});

describe('migration 0004 on an existing database', () => {
  it('keeps every name and citation (the rebuilt tables) and leaves foreign keys on', () => {
    const db = openDatabase(':memory:');
    const client = db.$client;
    client.exec('CREATE TABLE "__drizzle_migrations" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)');
    for (const migration of readMigrationFiles({ migrationsFolder }).slice(0, 4)) {
      for (const statement of migration.sql) client.exec(statement);
      client.prepare('INSERT INTO "__drizzle_migrations" (hash, created_at) VALUES (?, ?)').run(migration.hash, migration.folderMillis);
    }
    client.exec(`INSERT INTO organizations (handle, kind, name) VALUES ('old-org', 'other', 'Old');
      INSERT INTO names (organization_id, value, lang, kind) VALUES (1, 'Старое', 'ru', 'alias');
      INSERT INTO sources (handle, kind, title, lang) VALUES ('old-source', 'article', 'Old source', 'en');
      INSERT INTO citations (source_id, name_id, confidence) VALUES (1, 1, 'high');
      INSERT INTO citations (source_id, organization_id, confidence) VALUES (1, 1, 'low');`);
    const rows = () => [client.prepare('SELECT id, organization_id, value, lang, kind, start_date, end_date, note FROM names').all(), client.prepare('SELECT id, source_id, name_id, organization_id, confidence FROM citations').all()];
    const before = rows();
    migrateDatabase(db);
    expect(rows()).toEqual(before);
    expect(client.pragma('foreign_keys', { simple: true })).toBe(1);
    // The rebuilt names table is watched by the search triggers again, for its new owners too.
    client.exec(`INSERT INTO countries (ioc_code, name) VALUES ('OLD', 'Oldland'); DELETE FROM search_index_pending;
      INSERT INTO names (country_id, value, lang, kind) VALUES (1, 'Altland', 'de', 'alias');`);
    expect(client.prepare('SELECT entity_type, entity_id FROM search_index_pending').all()).toEqual([{ entity_type: 'Country', entity_id: 1 }]);
    client.close();
  });
});
