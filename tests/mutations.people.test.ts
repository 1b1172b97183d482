import { describe, expect, it } from 'vitest';
import { seededWithKeys, snapshot } from './support/keys.js';

const { registry, as } = await seededWithKeys();

const createPerson = `mutation ($input: CreatePersonInput!) { createPerson(input: $input) {
  person { id handle name honorificPrefix givenName familyName summary }
  userErrors { field message code }
} }`;
const updatePerson = `mutation ($input: UpdatePersonInput!) { updatePerson(input: $input) {
  person { id handle name honorificPrefix givenName } userErrors { field message code }
} }`;
const deletePerson = `mutation ($input: DeletePersonInput!) { deletePerson(input: $input) {
  person { handle } userErrors { field message code }
} }`;
const addName = `mutation ($input: AddNameInput!) { addName(input: $input) {
  name { id value lang kind startDate endDate note } userErrors { field message code }
} }`;
const updateName = `mutation ($input: UpdateNameInput!) { updateName(input: $input) {
  name { id value lang kind startDate endDate } userErrors { field message code }
} }`;
const deleteName = `mutation ($input: DeleteNameInput!) { deleteName(input: $input) {
  name { value } userErrors { field message code }
} }`;
const addIdentifier = `mutation ($input: AddIdentifierInput!) { addIdentifier(input: $input) {
  identifier { id scheme value } userErrors { field message code }
} }`;
const deleteIdentifier = `mutation ($input: DeleteIdentifierInput!) { deleteIdentifier(input: $input) {
  identifier { scheme value } userErrors { field message code }
} }`;

const history = (operation: string) =>
  registry.db.$client.prepare('SELECT actor, entity_type, entity_id, before, after FROM changes WHERE operation = ? ORDER BY id').all(operation) as any[];
const idOf = async (kind: 'person' | 'organization' | 'event', handle: string): Promise<string> =>
  (await as.anonymous(`{ ${kind}(handle: "${handle}") { id } }`)).data[kind].id;

describe('people', () => {
  it('creates a person who reads back with their nationality, is searchable, and is in the history', async () => {
    const input = { handle: 'aida-testova', name: 'Aida Testova', givenName: 'Aida', familyName: 'Testova', nationality: 'KZ', summary: 'A test person.' };
    const { data, errors } = await as.editor(createPerson, { input });
    expect(errors).toBeUndefined();
    expect(data.createPerson).toEqual({
      person: { id: expect.any(String), handle: 'aida-testova', name: 'Aida Testova', honorificPrefix: null, givenName: 'Aida', familyName: 'Testova', summary: 'A test person.' },
      userErrors: [],
    });
    const read = await as.anonymous(`{ person(handle: "aida-testova") { name } search(query: "Testova") { nodes { ... on Person { handle } } } }`);
    expect(read.data.person.name).toBe('Aida Testova');
    expect(read.data.search.nodes).toEqual([{ handle: 'aida-testova' }]);
    const nationality = registry.db.$client.prepare("SELECT c.ioc_code FROM people p JOIN countries c ON c.id = p.nationality_id WHERE p.handle = 'aida-testova'").get() as any;
    expect(nationality.ioc_code).toBe('KAZ');
    const [change] = history('createPerson');
    expect(change).toMatchObject({ actor: 'test editor', entity_type: 'Person', before: null });
    expect(JSON.parse(change.after)).toMatchObject({ handle: 'aida-testova', name: 'Aida Testova' });
  });

  it('updates only the fields given; null clears an optional one; a required one cannot be cleared', async () => {
    const id = await idOf('person', 'joaan-bin-hamad-al-thani');
    const { data } = await as.editor(updatePerson, { input: { id, honorificPrefix: null, givenName: 'Jo\'aan' } });
    expect(data.updatePerson).toEqual({
      person: { id, handle: 'joaan-bin-hamad-al-thani', name: 'Joaan bin Hamad bin Khalifa Al Thani', honorificPrefix: null, givenName: "Jo'aan" },
      userErrors: [],
    });
    const cleared = await as.editor(updatePerson, { input: { id, name: null } });
    expect(cleared.data.updatePerson.userErrors).toEqual([{ field: ['input', 'name'], message: '`name` cannot be cleared; give a new value or leave it out.', code: 'INVALID' }]);
  });

  it('refuses bad input field by field and writes nothing', async () => {
    const before = snapshot(registry);
    const bad = await as.editor(createPerson, { input: { handle: 'Not A Handle', name: '' } });
    expect(bad.data.createPerson.userErrors.map((e: any) => e.field.join('.')).sort()).toEqual(['input.handle', 'input.name']);
    const taken = await as.editor(createPerson, { input: { handle: 'gennady-golovkin', name: 'Another' } });
    expect(taken.data.createPerson.userErrors).toEqual([{ field: ['input', 'handle'], message: 'The handle "gennady-golovkin" is taken; choose another.', code: 'CONFLICT' }]);
    // A country code no country has, malformed or not, is refused as it is in a filter (tests/countries.world.test.ts).
    for (const nationality of ['K', 'XYZ']) {
      const nowhere = await as.editor(createPerson, { input: { handle: 'nobody-from-nowhere', name: 'N', nationality } });
      expect(nowhere.errors?.[0]).toMatchObject({ message: expect.stringContaining(`Unknown country code "${nationality}"`), extensions: { code: 'BAD_USER_INPUT' } });
    }
    const unknown = await as.editor(updatePerson, { input: { id: await idOf('organization', 'ioc'), name: 'X' } });
    expect(unknown.data.updatePerson.userErrors[0]).toMatchObject({ field: ['input', 'id'], code: 'NOT_FOUND' });
    expect(snapshot(registry)).toBe(before);
  });

  it('refuses to delete a person who still holds posts or attended events', async () => {
    const before = snapshot(registry);
    const { data } = await as.admin(deletePerson, { input: { id: await idOf('person', 'nurlan-jakupov') } });
    expect(data.deletePerson.person).toBeNull();
    expect(data.deletePerson.userErrors).toEqual([{
      field: ['input', 'id'],
      message: '"nurlan-jakupov" still has 1 posts, 1 attendances; delete or move them first, or merge the person into another.',
      code: 'CONFLICT',
    }]);
    expect(snapshot(registry)).toBe(before);
  });

  it('deletes (admin only) a person with their names, identifiers and citations, recording each', async () => {
    const created = await as.editor(createPerson, { input: { handle: 'short-lived-person', name: 'Short Lived' } });
    const id = created.data.createPerson.person.id;
    const name = await as.editor(addName, { input: { ownerId: id, value: 'Шорт Лайвд', lang: 'ru', kind: 'TRANSLITERATION' } });
    await as.editor(addIdentifier, { input: { ownerId: id, scheme: 'wikidata', value: 'Q999999001' } });
    // Citations of the person and of their name (the citation mutations are tested elsewhere).
    const rowId = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);
    const cite = registry.db.$client.prepare("INSERT INTO citations (source_id, person_id, name_id, confidence) VALUES ((SELECT id FROM sources WHERE handle = 'astana-article'), ?, ?, 'low')");
    cite.run(rowId(id), null);
    cite.run(null, rowId(name.data.addName.name.id));

    const byEditor = await as.editor(deletePerson, { input: { id } });
    expect(byEditor.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const { data } = await as.admin(deletePerson, { input: { id } });
    expect(data.deletePerson).toEqual({ person: { handle: 'short-lived-person' }, userErrors: [] });
    expect((await as.anonymous(`query ($id: ID!) { node(id: $id) { id } }`, { id })).data.node).toBeNull();
    const removed = history('deletePerson').map((c) => [c.entity_type, c.after]);
    expect(removed.sort()).toEqual([['Citation', null], ['Citation', null], ['Identifier', null], ['Name', null], ['Person', null]]);
    const left = registry.db.$client.prepare("SELECT count(*) AS n FROM identifiers WHERE value = 'Q999999001'").get() as any;
    expect(left.n).toBe(0);
  });
});

describe('names', () => {
  it('adds a name to a person, an organisation or an event, and it is found by search', async () => {
    const person = await idOf('person', 'alimzhan-akayev');
    const { data } = await as.editor(addName, { input: { ownerId: person, value: 'Әлімжан Ақаев', lang: 'kk-Cyrl', kind: 'OFFICIAL', startDate: '2024', note: 'Kazakh spelling.' } });
    expect(data.addName).toEqual({
      name: { id: expect.any(String), value: 'Әлімжан Ақаев', lang: 'kk-Cyrl', kind: 'OFFICIAL', startDate: '2024', endDate: null, note: 'Kazakh spelling.' },
      userErrors: [],
    });
    const found = await as.anonymous(`{ search(query: "Ақаев") { edges { matchedText node { ... on Person { handle } } } } }`);
    expect(found.data.search.edges).toContainEqual({ matchedText: 'Әлімжан Ақаев', node: { handle: 'alimzhan-akayev' } });
    const event = await as.editor(addName, { input: { ownerId: await idOf('event', 'astana-meeting-2025'), value: 'Астанинская встреча', lang: 'ru', kind: 'ALIAS' } });
    expect(event.data.addName.userErrors).toEqual([]);
    const read = await as.anonymous(`{ event(handle: "astana-meeting-2025") { names(filter: { lang: "ru" }) { nodes { value } } } }`);
    expect(read.data.event.names.nodes).toContainEqual({ value: 'Астанинская встреча' });
  });

  it('refuses an exact duplicate, an end before the start, a bad language tag and an owner of the wrong type', async () => {
    const before = snapshot(registry);
    const owner = await idOf('person', 'gennady-golovkin');
    const duplicate = await as.editor(addName, { input: { ownerId: owner, value: 'Геннадий Головкин', lang: 'ru', kind: 'OFFICIAL' } });
    expect(duplicate.data.addName.userErrors).toEqual([{
      field: ['input', 'value'],
      message: 'It already has the official name "Геннадий Головкин" in `ru`; change that name instead, or give another value, language or kind.',
      code: 'CONFLICT',
    }]);
    const backwards = await as.editor(addName, { input: { ownerId: owner, value: 'G. G.', lang: 'en', kind: 'SHORT', startDate: '2020', endDate: '2019-12' } });
    expect(backwards.data.addName.userErrors).toEqual([{ field: ['input', 'endDate'], message: '`endDate` (2019-12) is before the start date (2020); give a date on or after 2020.', code: 'INVALID' }]);
    const badLang = await as.editor(addName, { input: { ownerId: owner, value: 'G', lang: 'Russian', kind: 'ALIAS' } });
    expect(badLang.data.addName.userErrors[0]).toMatchObject({ field: ['input', 'lang'], code: 'INVALID' });
    expect(badLang.data.addName.userErrors[0].message).toContain('`kk-Cyrl`');
    const source = (await as.anonymous(`{ source(handle: "astana-article") { id } }`)).data.source.id;
    const wrongType = await as.editor(addName, { input: { ownerId: source, value: 'X', lang: 'en', kind: 'ALIAS' } });
    expect(wrongType.data.addName.userErrors).toEqual([{ field: ['input', 'ownerId'], message: `"${source}" is not the id of an Organization, a Person, an Event, a Country or a Sport.`, code: 'NOT_FOUND' }]);
    const malformed = await as.editor(addName, { input: { ownerId: 'nonsense', value: 'X', lang: 'en', kind: 'ALIAS' } });
    expect(malformed.errors?.[0].extensions?.code).toBe('INVALID_ID');
    expect(snapshot(registry)).toBe(before);
  });

  it('corrects a name, refusing a correction that would duplicate another, and deletes one with its citations', async () => {
    const { data: org } = await as.anonymous(`{ organization(handle: "noc-qatar") { names(filter: { lang: "ar", kind: ALIAS }) { nodes { id value } } } }`);
    const [alias] = org.organization.names.nodes;
    const fixed = await as.editor(updateName, { input: { id: alias.id, endDate: '2025' } });
    expect(fixed.data.updateName).toEqual({ name: { id: alias.id, value: alias.value, lang: 'ar', kind: 'ALIAS', startDate: null, endDate: '2025' }, userErrors: [] });
    const person = await idOf('person', 'gennady-golovkin');
    const { data: names } = await as.anonymous(`query ($id: ID!) { node(id: $id) { ... on Person { names(filter: { lang: "en" }) { nodes { id value kind } } } } }`, { id: person });
    const variant = names.node.names.nodes.find((n: any) => n.kind === 'TRANSLITERATION');
    const clash = await as.editor(updateName, { input: { id: variant.id, value: 'Gennady Golovkin', kind: 'OFFICIAL' } });
    expect(clash.data.updateName.userErrors[0]).toMatchObject({ field: ['input', 'value'], code: 'CONFLICT' });

    const citedBefore = registry.db.$client.prepare('SELECT count(*) AS n FROM citations WHERE name_id = ?').get(Number(Buffer.from(alias.id, 'base64url').toString().split(':')[1])) as any;
    expect(citedBefore.n).toBeGreaterThan(0);
    const removed = await as.editor(deleteName, { input: { id: alias.id } });
    expect(removed.data.deleteName).toEqual({ name: { value: alias.value }, userErrors: [] });
    const recorded = history('deleteName').map((c) => c.entity_type);
    expect(recorded.filter((type) => type === 'Citation')).toHaveLength(citedBefore.n);
    expect(recorded).toContain('Name');
  });
});

describe('identifiers', () => {
  it('adds a Wikidata QID, refuses a malformed one, and refuses a QID another record holds, naming it', async () => {
    const noc = await idOf('organization', 'noc-kazakhstan');
    const { data } = await as.editor(addIdentifier, { input: { ownerId: noc, scheme: 'wikidata', value: 'Q1048869' } });
    expect(data.addIdentifier).toEqual({ identifier: { id: expect.any(String), scheme: 'wikidata', value: 'Q1048869' }, userErrors: [] });
    const read = await as.anonymous(`{ organization(handle: "noc-kazakhstan") { identifiers { nodes { scheme value } } } }`);
    expect(read.data.organization.identifiers.nodes).toEqual([{ scheme: 'wikidata', value: 'Q1048869' }]);

    const before = snapshot(registry);
    const taken = await as.editor(addIdentifier, { input: { ownerId: await idOf('person', 'gennady-golovkin'), scheme: 'wikidata', value: 'Q1048869' } });
    expect(taken.data.addIdentifier.userErrors).toEqual([{
      field: ['input', 'value'],
      message: 'wikidata Q1048869 already identifies the Organization "noc-kazakhstan"; an identifier names one record. Delete it there first, or merge the two records.',
      code: 'CONFLICT',
    }]);
    const malformed = await as.editor(addIdentifier, { input: { ownerId: noc, scheme: 'wikidata', value: 'q0123' } });
    expect(malformed.data.addIdentifier.userErrors).toEqual([{ field: ['input', 'value'], message: 'A `wikidata` identifier must be `Q` and digits, e.g. `Q1048869`; got "q0123".', code: 'INVALID' }]);
    const scheme = await as.editor(addIdentifier, { input: { ownerId: noc, scheme: 'Wiki Data', value: 'x' } });
    expect(scheme.data.addIdentifier.userErrors[0]).toMatchObject({ field: ['input', 'scheme'], code: 'INVALID' });
    const event = await as.editor(addIdentifier, { input: { ownerId: await idOf('event', 'astana-meeting-2025'), scheme: 'other', value: 'x' } });
    expect(event.data.addIdentifier.userErrors[0]).toMatchObject({ field: ['input', 'ownerId'], code: 'NOT_FOUND' });
    expect(snapshot(registry)).toBe(before);

    const removed = await as.editor(deleteIdentifier, { input: { id: data.addIdentifier.identifier.id } });
    expect(removed.data.deleteIdentifier).toEqual({ identifier: { scheme: 'wikidata', value: 'Q1048869' }, userErrors: [] });
    const again = await as.editor(addIdentifier, { input: { ownerId: await idOf('person', 'gennady-golovkin'), scheme: 'wikidata', value: 'Q1048869' } });
    expect(again.data.addIdentifier.userErrors).toEqual([]);
  });

  it('refuses identifier writes without a key', async () => {
    const before = snapshot(registry);
    const { errors } = await as.anonymous(addIdentifier, { input: { ownerId: await idOf('organization', 'ioc'), scheme: 'wikidata', value: 'Q40970' } });
    expect(errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(snapshot(registry)).toBe(before);
  });
});
