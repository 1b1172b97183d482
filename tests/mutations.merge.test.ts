import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/shared/global-id.js';
import { seededWithKeys, snapshot } from './support/keys.js';

const { registry, as } = await seededWithKeys();

const mergeOrganizations = `mutation ($input: MergeOrganizationsInput!) { mergeOrganizations(input: $input) {
  organization { id handle name } userErrors { field message code }
} }`;
const mergePeople = `mutation ($input: MergePeopleInput!) { mergePeople(input: $input) {
  person { id handle name givenName } userErrors { field message code }
} }`;

const sql = (statement: string, ...params: unknown[]) => registry.db.$client.prepare(statement).all(...params) as any[];
const rowId = (table: string, handle: string) => sql(`SELECT id FROM ${table} WHERE handle = ?`, handle)[0].id as number;
async function globalId(kind: 'organization' | 'person', handle: string): Promise<string> {
  const { data } = await as.anonymous(`query ($handle: String!) { ${kind}(handle: $handle) { id } }`, { handle });
  return data[kind].id;
}

describe('merging two organisations', () => {
  it('is for admins only: an editor gets FORBIDDEN and nothing is written', async () => {
    const before = snapshot(registry);
    const input = { survivorId: await globalId('organization', 'kazakhstan-aquatics-federation'), mergedId: await globalId('organization', 'kazakhstan-swimming-federation') };
    const answer = await as.editor(mergeOrganizations, { input });
    expect(answer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await as.anonymous(mergeOrganizations, { input })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(snapshot(registry)).toBe(before);
  });

  it('refuses a record merged into itself and an id of another type, writing nothing', async () => {
    const before = snapshot(registry);
    const aquatics = await globalId('organization', 'kazakhstan-aquatics-federation');
    const self = await as.admin(mergeOrganizations, { input: { survivorId: aquatics, mergedId: aquatics } });
    expect(self.data.mergeOrganizations).toEqual({
      organization: null,
      userErrors: [{ field: ['input', 'mergedId'], message: '`mergedId` names the survivor itself; give the id of the duplicate record.', code: 'INVALID' }],
    });
    const person = await globalId('person', 'gennady-golovkin');
    const wrongType = await as.admin(mergeOrganizations, { input: { survivorId: aquatics, mergedId: person } });
    expect(wrongType.data.mergeOrganizations.userErrors).toEqual([{ field: ['input', 'mergedId'], message: `No Organization has the id "${person}".`, code: 'NOT_FOUND' }]);
    expect(snapshot(registry)).toBe(before);
  });

  it('moves the Kazakhstan Swimming Federation onto Qazaq Aquatics, recording every move', async () => {
    const survivorId = await globalId('organization', 'kazakhstan-aquatics-federation');
    const mergedId = await globalId('organization', 'kazakhstan-swimming-federation');
    const [to, from] = [rowId('organizations', 'kazakhstan-aquatics-federation'), rowId('organizations', 'kazakhstan-swimming-federation')];
    // What points at the duplicate now: each of these rows must move (or, for the same_as tie and its citation, go).
    const pointing = (table: string, where: string) => sql(`SELECT id FROM ${table} WHERE ${where}`, from).map((r) => r.id as number);
    const moved = {
      Post: pointing('posts', '? IN (organization_id, on_behalf_of_id)'),
      AgreementParty: pointing('agreement_parties', 'organization_id = ?'),
      Participation: pointing('participations', 'organization_id = ?'),
      Name: pointing('names', 'organization_id = ?'),
      Citation: pointing('citations', 'organization_id = ?'),
    };
    const sameAs = sql('SELECT id FROM affiliations WHERE organization_id = ? AND parent_id = ?', from, to).map((r) => r.id);
    const sameAsCitations = sql(`SELECT id FROM citations WHERE affiliation_id = ?`, sameAs[0]).map((r) => r.id);
    expect(moved.Post).toHaveLength(1);
    expect(sameAs).toHaveLength(1);
    const { data: listed } = await as.anonymous('{ organizations(first: 100) { totalCount nodes { handle } } }');

    const { data, errors } = await as.admin(mergeOrganizations, { input: { survivorId, mergedId } });
    expect(errors).toBeUndefined();
    expect(data.mergeOrganizations).toEqual({
      organization: { id: survivorId, handle: 'kazakhstan-aquatics-federation', name: 'Aquatic Sports Federation of the Republic of Kazakhstan' },
      userErrors: [],
    });

    // The duplicate's id and handle resolve to the survivor everywhere.
    const redirected = await as.anonymous(
      `query ($id: ID!) {
        byId: organization(id: $id) { handle }
        byHandle: organization(handle: "kazakhstan-swimming-federation") { handle }
        node(id: $id) { id ... on Organization { shortName } }
        nodes(ids: [$id]) { id }
      }`,
      { id: mergedId },
    );
    expect(redirected.data).toEqual({
      byId: { handle: 'kazakhstan-aquatics-federation' },
      byHandle: { handle: 'kazakhstan-aquatics-federation' },
      node: { id: survivorId, shortName: 'Qazaq Aquatics' },
      nodes: [{ id: survivorId }],
    });
    const referenced = await registry.subgraph.query(`query ($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { handle } } }`, {
      r: [{ __typename: 'Organization', id: mergedId }, { __typename: 'Organization', handle: 'kazakhstan-swimming-federation' }],
    });
    expect(referenced.data._entities).toEqual([{ handle: 'kazakhstan-aquatics-federation' }, { handle: 'kazakhstan-aquatics-federation' }]);

    // Its agreement, its president's post and its names are on the survivor, with their citations.
    const { data: facts } = await as.anonymous(`{ organization(handle: "kazakhstan-aquatics-federation") {
      agreements { nodes { handle parties { nodes { organization { handle } citations { nodes { quoteTranslation } } } } } }
      posts(filter: { role: PRESIDENT }) { nodes { person { handle } citations { totalCount } } }
      names(filter: { lang: "ar" }) { nodes { value citations { nodes { confidence } } } }
      affiliations { nodes { kind parent { handle } } }
      citations { nodes { quoteTranslation } }
      sports { nodes { code } }
    } }`);
    const org = facts.organization;
    const agreement = org.agreements.nodes.find((a: any) => a.handle === 'world-aquatics-kazakhstan-swimming');
    expect(agreement.parties.nodes.map((p: any) => p.organization.handle)).toEqual(['world-aquatics', 'kazakhstan-aquatics-federation']);
    expect(agreement.parties.nodes[1].citations.nodes).toEqual([{ quoteTranslation: 'the World Aquatic Games and the Kazakhstan Swimming Federation' }]);
    expect(org.posts.nodes).toEqual([{ person: { handle: 'nurlan-jakupov' }, citations: { totalCount: 2 } }]);
    expect(org.names.nodes.map((n: any) => n.value)).toEqual(['اتحاد الرياضات المائية في كازاخستان', 'الاتحاد الكازاخستاني للسباحة']);
    expect(org.names.nodes[1].citations.nodes).toEqual([{ confidence: 'HIGH' }]);
    expect(org.citations.nodes.map((c: any) => c.quoteTranslation)).toContain('the Kazakhstan Swimming Federation');
    expect(org.sports.nodes.map((s: any) => s.code).sort()).toEqual(['aquatics', 'swimming']);
    // The same_as tie would now tie the survivor to itself: it is gone, and no self-tie exists.
    expect(org.affiliations.nodes).not.toContainEqual(expect.objectContaining({ kind: 'SAME_AS' }));
    expect(sql('SELECT id FROM affiliations WHERE id = ?', sameAs[0])).toEqual([]);

    // The merged record is no longer listed, nor found by search (its names are found on the survivor).
    const { data: after } = await as.anonymous(`{
      organizations(first: 100) { totalCount nodes { handle } }
      search(query: "Kazakhstan Swimming Federation") { nodes { ... on Organization { handle } } }
    }`);
    expect(after.organizations.totalCount).toBe(listed.organizations.totalCount - 1);
    expect(after.organizations.nodes.map((o: any) => o.handle)).not.toContain('kazakhstan-swimming-federation');
    expect(after.search.nodes).toContainEqual({ handle: 'kazakhstan-aquatics-federation' });
    expect(after.search.nodes).not.toContainEqual({ handle: 'kazakhstan-swimming-federation' });

    // The row stays, marked, and the history holds every move.
    expect(sql('SELECT merged_into_id FROM organizations WHERE id = ?', from)).toEqual([{ merged_into_id: to }]);
    const history = sql("SELECT actor, entity_type, entity_id, before, after FROM changes WHERE operation = 'mergeOrganizations' ORDER BY id")
      .map((c) => ({ ...c, before: JSON.parse(c.before), after: JSON.parse(c.after) }));
    expect(history.every((c) => c.actor === 'test admin')).toBe(true);
    for (const [type, ids] of Object.entries(moved)) {
      for (const id of ids) {
        const change = history.find((c) => c.entity_type === type && c.entity_id === id);
        expect(change, `${type} ${id}`).toBeDefined();
        expect(Object.values(change.before)).toContain(from);
        expect(Object.values(change.after)).toContain(to);
        expect(Object.values(change.after)).not.toContain(from);
      }
    }
    const removed = history.filter((c) => c.after === null).map((c) => [c.entity_type, c.entity_id]);
    expect(removed).toEqual([...sameAsCitations.map((id) => ['Citation', id]), ['Affiliation', sameAs[0]]]);
    expect(history.at(-1)).toMatchObject({ entity_type: 'Organization', entity_id: from, after: { mergedIntoId: to } });
    const expectedCount = Object.values(moved).flat().length + sameAsCitations.length + sameAs.length + 1;
    expect(history).toHaveLength(expectedCount);
    expect(sql('PRAGMA foreign_key_check')).toEqual([]);
  });

  it('refuses to merge a record again, naming its survivor, and refuses a merged-away survivor', async () => {
    const before = snapshot(registry);
    // The merged-away id, as clients stored it before the merge (looking it up now gives the survivor's).
    const stale = toGlobalId('Organization', rowId('organizations', 'kazakhstan-swimming-federation'));
    const world = await globalId('organization', 'world-aquatics');
    const again = await as.admin(mergeOrganizations, { input: { survivorId: world, mergedId: stale } });
    expect(again.data.mergeOrganizations.userErrors).toEqual([{
      field: ['input', 'mergedId'],
      message: '"kazakhstan-swimming-federation" was already merged into "kazakhstan-aquatics-federation"; nothing is left to merge.',
      code: 'NOT_ALLOWED',
    }]);
    const into = await as.admin(mergeOrganizations, { input: { survivorId: stale, mergedId: world } });
    expect(into.data.mergeOrganizations.userErrors).toEqual([{
      field: ['input', 'survivorId'],
      message: '"kazakhstan-swimming-federation" was merged into "kazakhstan-aquatics-federation"; merge into that record instead.',
      code: 'NOT_ALLOWED',
    }]);
    expect(snapshot(registry)).toBe(before);
  });

  it('folds a shared agreement party and event role into the survivor\'s, keeping both sets of citations', async () => {
    const create = `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }`;
    const a = (await as.editor(create, { input: { handle: 'merge-test-a', kind: 'OTHER', name: 'Merge Test A' } })).data.createOrganization.organization.id;
    const b = (await as.editor(create, { input: { handle: 'merge-test-b', kind: 'OTHER', name: 'Merge Test B', website: 'https://b.example' } })).data.createOrganization.organization.id;
    const [idA, idB] = [rowId('organizations', 'merge-test-a'), rowId('organizations', 'merge-test-b')];
    // Fixture rows written directly: both records are parties of one agreement and hosts of one event.
    const agreement = rowId('agreements', 'noc-kazakhstan-qatar-cooperation');
    const event = rowId('events', 'astana-meeting-2025');
    const source = rowId('sources', 'astana-article');
    const run = (statement: string, ...params: unknown[]) => registry.db.$client.prepare(statement).run(...params).lastInsertRowid as number;
    const partyA = run("INSERT INTO agreement_parties (agreement_id, organization_id, role) VALUES (?, ?, 'party')", agreement, idA);
    const partyB = run("INSERT INTO agreement_parties (agreement_id, organization_id, role) VALUES (?, ?, 'party')", agreement, idB);
    const hostA = run("INSERT INTO event_organizers (event_id, organization_id, role) VALUES (?, ?, 'host')", event, idA);
    const hostB = run("INSERT INTO event_organizers (event_id, organization_id, role) VALUES (?, ?, 'host')", event, idB);
    for (const [column, id, quote] of [['agreement_party_id', partyA, 'A party'], ['agreement_party_id', partyB, 'B party'], ['event_organizer_id', hostA, 'A host'], ['event_organizer_id', hostB, 'B host']] as const) {
      run(`INSERT INTO citations (source_id, ${column}, quote, confidence) VALUES (?, ?, ?, 'low')`, source, id, quote);
    }

    const { data } = await as.admin(mergeOrganizations, { input: { survivorId: a, mergedId: b } });
    expect(data.mergeOrganizations.userErrors).toEqual([]);
    expect(sql('SELECT id FROM agreement_parties WHERE organization_id IN (?, ?)', idA, idB)).toEqual([{ id: partyA }]);
    expect(sql('SELECT quote FROM citations WHERE agreement_party_id = ? ORDER BY quote', partyA)).toEqual([{ quote: 'A party' }, { quote: 'B party' }]);
    expect(sql('SELECT id FROM event_organizers WHERE organization_id IN (?, ?)', idA, idB)).toEqual([{ id: hostA }]);
    expect(sql('SELECT quote FROM citations WHERE event_organizer_id = ? ORDER BY quote', hostA)).toEqual([{ quote: 'A host' }, { quote: 'B host' }]);
    // The survivor takes what it lacked (a website) and keeps the duplicate's name as an alias.
    const { data: survivor } = await as.anonymous(`{ organization(handle: "merge-test-b") { handle website names { nodes { value kind } } } }`);
    expect(survivor.organization).toEqual({ handle: 'merge-test-a', website: 'https://b.example', names: { nodes: [{ value: 'Merge Test B', kind: 'ALIAS' }] } });
    const removed = sql(
      "SELECT entity_type, entity_id FROM changes WHERE operation = 'mergeOrganizations' AND after IS NULL AND ((entity_type = 'AgreementParty' AND entity_id = ?) OR (entity_type = 'EventOrganizer' AND entity_id = ?))",
      partyB, hostB,
    );
    expect(removed).toEqual([{ entity_type: 'AgreementParty', entity_id: partyB }, { entity_type: 'EventOrganizer', entity_id: hostB }]);
  });

  it('keeps an earlier merge pointing at the final survivor when its survivor is merged in turn', async () => {
    const create = `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }`;
    const ids: Record<string, string> = {};
    for (const handle of ['chain-first', 'chain-second', 'chain-third']) {
      ids[handle] = (await as.editor(create, { input: { handle, kind: 'OTHER', name: handle } })).data.createOrganization.organization.id;
    }
    await as.admin(mergeOrganizations, { input: { survivorId: ids['chain-second'], mergedId: ids['chain-first'] } });
    const { data } = await as.admin(mergeOrganizations, { input: { survivorId: ids['chain-third'], mergedId: ids['chain-second'] } });
    expect(data.mergeOrganizations.userErrors).toEqual([]);
    expect(sql("SELECT handle, merged_into_id FROM organizations WHERE handle LIKE 'chain-%' ORDER BY id")).toEqual([
      { handle: 'chain-first', merged_into_id: rowId('organizations', 'chain-third') },
      { handle: 'chain-second', merged_into_id: rowId('organizations', 'chain-third') },
      { handle: 'chain-third', merged_into_id: null },
    ]);
    const { data: read } = await as.anonymous(`query ($id: ID!) { node(id: $id) { id } organization(handle: "chain-first") { handle } }`, { id: ids['chain-first'] });
    expect(read).toEqual({ node: { id: ids['chain-third'] }, organization: { handle: 'chain-third' } });
  });

  it('refuses a merge that would tie the survivor into a cycle, writing nothing', async () => {
    const create = `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }`;
    const ids: Record<string, string> = {};
    for (const handle of ['cycle-survivor', 'cycle-duplicate', 'cycle-middle']) {
      ids[handle] = (await as.editor(create, { input: { handle, kind: 'OTHER', name: handle } })).data.createOrganization.organization.id;
    }
    // The duplicate is a member of a body that is itself a member of the survivor (fixture rows).
    const tie = registry.db.$client.prepare("INSERT INTO affiliations (organization_id, parent_id, kind) VALUES (?, ?, 'member_of')");
    tie.run(rowId('organizations', 'cycle-duplicate'), rowId('organizations', 'cycle-middle'));
    tie.run(rowId('organizations', 'cycle-middle'), rowId('organizations', 'cycle-survivor'));
    const before = snapshot(registry);
    const { data } = await as.admin(mergeOrganizations, { input: { survivorId: ids['cycle-survivor'], mergedId: ids['cycle-duplicate'] } });
    expect(data.mergeOrganizations).toEqual({
      organization: null,
      userErrors: [{
        field: ['input', 'mergedId'],
        message: 'Merging would tie "cycle-survivor" into a cycle (cycle-survivor member_of cycle-middle member_of cycle-survivor); end or delete one of those ties first.',
        code: 'CONFLICT',
      }],
    });
    expect(snapshot(registry)).toBe(before);
  });
});

describe('merging two person records', () => {
  it('moves a duplicate person\'s post, names and citations onto the survivor, whose old id then resolves', async () => {
    // A duplicate of Gennady Golovkin as a second source might have created it (fixture rows).
    const run = (statement: string, ...params: unknown[]) => registry.db.$client.prepare(statement).run(...params).lastInsertRowid as number;
    const dup = run("INSERT INTO people (handle, name, given_name, honorific_prefix) VALUES ('g-golovkin', 'G. Golovkin', 'Gennadiy', 'Mr')");
    const name = run("INSERT INTO names (person_id, value, lang, kind) VALUES (?, 'Гена Головкин', 'ru', 'alias')", dup);
    const post = run("INSERT INTO posts (person_id, organization_id, role) VALUES (?, ?, 'member')", dup, rowId('organizations', 'oca'));
    const citation = run("INSERT INTO citations (source_id, person_id, quote, confidence) VALUES (?, ?, 'G. Golovkin', 'low')", rowId('sources', 'astana-article'), dup);
    const survivorId = await globalId('person', 'gennady-golovkin');
    const mergedId = await globalId('person', 'g-golovkin');
    const { data: before } = await as.anonymous('{ people(first: 100) { totalCount } }');

    const editor = await as.editor(mergePeople, { input: { survivorId, mergedId } });
    expect(editor.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const { data, errors } = await as.admin(mergePeople, { input: { survivorId, mergedId } });
    expect(errors).toBeUndefined();
    expect(data.mergePeople.userErrors).toEqual([]);
    expect(data.mergePeople.person).toMatchObject({ id: survivorId, handle: 'gennady-golovkin', name: 'Gennady Golovkin' });

    const { data: read } = await as.anonymous(`query ($id: ID!) {
      byHandle: person(handle: "g-golovkin") { handle posts { nodes { role organization { handle } } } names(filter: { lang: "ru" }) { nodes { value } } }
      node(id: $id) { id }
      people(first: 100) { totalCount nodes { handle } }
    }`, { id: mergedId });
    expect(read.byHandle.handle).toBe('gennady-golovkin');
    expect(read.byHandle.posts.nodes).toContainEqual({ role: 'MEMBER', organization: { handle: 'oca' } });
    expect(read.byHandle.names.nodes).toContainEqual({ value: 'Гена Головкин' });
    expect(read.node).toEqual({ id: survivorId });
    expect(read.people.totalCount).toBe(before.people.totalCount - 1);
    expect(read.people.nodes.map((p: any) => p.handle)).not.toContain('g-golovkin');
    const survivorRow = rowId('people', 'gennady-golovkin');
    expect(sql('SELECT person_id FROM citations WHERE id = ?', citation)).toEqual([{ person_id: survivorRow }]);
    const recorded = sql("SELECT entity_type, entity_id FROM changes WHERE operation = 'mergePeople' ORDER BY id").map((c) => `${c.entity_type}:${c.entity_id}`);
    expect(recorded).toEqual(expect.arrayContaining([`Post:${post}`, `Name:${name}`, `Citation:${citation}`, `Person:${dup}`]));
  });
});

describe('writes after a merge', () => {
  it('refuses a write that names the merged-away record, pointing at the survivor, and writes nothing', async () => {
    const create = `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }`;
    const a = (await as.editor(create, { input: { handle: 'merge-target-a', kind: 'OTHER', name: 'Target A' } })).data.createOrganization.organization.id;
    const b = (await as.editor(create, { input: { handle: 'merge-target-b', kind: 'OTHER', name: 'Target B' } })).data.createOrganization.organization.id;
    const merged = await as.admin(mergeOrganizations, { input: { survivorId: a, mergedId: b } });
    expect(merged.data.mergeOrganizations.userErrors).toEqual([]);
    const before = snapshot(registry);
    const { data } = await as.editor(`mutation ($id: ID!) { updateOrganization(input: { id: $id, description: "lost?" }) { organization { id } userErrors { field message code } } }`, { id: b });
    expect(data.updateOrganization.organization).toBeNull();
    expect(data.updateOrganization.userErrors).toEqual([{ field: ['input', 'id'], code: 'NOT_ALLOWED', message: `"${b}" was merged into Organization "${a}"; use that id.` }]);
    expect(snapshot(registry)).toBe(before);
  });
});
