import { describe, expect, it } from 'vitest';
import { seededWithKeys, snapshot } from './support/keys.js';

const { registry, as } = await seededWithKeys();

const tieFields = 'id kind startDate endDate note';
const createTie = `mutation ($input: CreateAffiliationInput!) { createAffiliation(input: $input) { affiliation { ${tieFields} } userErrors { field message code } } }`;
const updateTie = `mutation ($input: UpdateAffiliationInput!) { updateAffiliation(input: $input) { affiliation { ${tieFields} } userErrors { field message code } } }`;
const deleteTie = `mutation ($input: DeleteAffiliationInput!) { deleteAffiliation(input: $input) { affiliation { id } userErrors { field message code } } }`;

const org = async (handle: string): Promise<string> => (await as.anonymous(`{ organization(handle: "${handle}") { id } }`)).data.organization.id;
const tieOf = async (member: string, parent: string): Promise<string> => {
  const { data } = await as.anonymous(`{ organization(handle: "${member}") { affiliations { nodes { id parent { handle } } } } }`);
  return data.organization.affiliations.nodes.find((a: any) => a.parent.handle === parent).id;
};

describe('ties between organisations', () => {
  it('creates a dated tie that reads back from both ends, and records it', async () => {
    const input = { organizationId: await org('asia-aquatics'), parentId: await org('oca'), kind: 'RECOGNISED_BY', startDate: '2019', note: 'Test tie.' };
    const { data, errors } = await as.editor(createTie, { input });
    expect(errors).toBeUndefined();
    expect(data.createAffiliation).toEqual({ affiliation: { id: expect.any(String), kind: 'RECOGNISED_BY', startDate: '2019', endDate: null, note: 'Test tie.' }, userErrors: [] });
    const { data: read } = await as.anonymous(`{ organization(handle: "oca") { affiliates(filter: { kind: RECOGNISED_BY }) { nodes { organization { handle } startDate } } } }`);
    expect(read.organization.affiliates.nodes).toEqual([{ organization: { handle: 'asia-aquatics' }, startDate: '2019' }]);
    const history = registry.db.$client.prepare("SELECT entity_type, before FROM changes WHERE operation = 'createAffiliation'").all();
    expect(history).toEqual([{ entity_type: 'Affiliation', before: null }]);
  });

  it('refuses a tie to itself, an end before the start and an unknown parent, writing nothing', async () => {
    const before = snapshot(registry);
    const ioc = await org('ioc');
    const self = await as.editor(createTie, { input: { organizationId: ioc, parentId: ioc, kind: 'PART_OF' } });
    expect(self.data.createAffiliation.userErrors).toEqual([{ field: ['input', 'parentId'], message: 'An organisation cannot be tied to itself; give another parent.', code: 'INVALID' }]);
    const backwards = await as.editor(createTie, { input: { organizationId: await org('anoc'), parentId: ioc, kind: 'RECOGNISED_BY', startDate: '1980', endDate: '1979' } });
    expect(backwards.data.createAffiliation.userErrors[0]).toMatchObject({ field: ['input', 'endDate'], code: 'INVALID' });
    const person = (await as.anonymous(`{ person(handle: "gennady-golovkin") { id } }`)).data.person.id;
    const notAnOrg = await as.editor(createTie, { input: { organizationId: ioc, parentId: person, kind: 'MEMBER_OF' } });
    expect(notAnOrg.data.createAffiliation.userErrors).toEqual([{ field: ['input', 'parentId'], message: `No Organization has the id "${person}".`, code: 'NOT_FOUND' }]);
    expect(snapshot(registry)).toBe(before);
  });

  it('refuses a tie that would form a cycle, directly or through several ties, naming the chain', async () => {
    const before = snapshot(registry);
    const direct = await as.editor(createTie, { input: { organizationId: await org('world-aquatics'), parentId: await org('asia-aquatics'), kind: 'MEMBER_OF' } });
    expect(direct.data.createAffiliation).toEqual({
      affiliation: null,
      userErrors: [{
        field: ['input', 'parentId'],
        message: '"world-aquatics" cannot be member_of "asia-aquatics": "asia-aquatics" is already below it (asia-aquatics member_of world-aquatics), so the ties would form a cycle. End or delete one of those ties first, or choose another parent.',
        code: 'CONFLICT',
      }],
    });
    // Kazakhstan's aquatics federation is a member of Asia Aquatics, which the OCA recognises (created above).
    const through = await as.editor(createTie, { input: { organizationId: await org('oca'), parentId: await org('kazakhstan-aquatics-federation'), kind: 'PART_OF' } });
    expect(through.data.createAffiliation.userErrors[0].message).toContain('(kazakhstan-aquatics-federation member_of asia-aquatics recognised_by oca)');
    expect(through.data.createAffiliation.userErrors[0].code).toBe('CONFLICT');
    expect(snapshot(registry)).toBe(before);
  });

  it('does not treat SAME_AS as a hierarchy, but checks a tie changed into one', async () => {
    const [swimming, aquatics] = [await org('kazakhstan-swimming-federation'), await org('kazakhstan-aquatics-federation')];
    const mirrored = await as.editor(createTie, { input: { organizationId: aquatics, parentId: swimming, kind: 'SAME_AS' } });
    expect(mirrored.data.createAffiliation.userErrors).toEqual([]);
    const seeded = await tieOf('kazakhstan-swimming-federation', 'kazakhstan-aquatics-federation');
    const member = await as.editor(updateTie, { input: { id: seeded, kind: 'MEMBER_OF', startDate: '2010', note: null } });
    expect(member.data.updateAffiliation).toEqual({ affiliation: { id: seeded, kind: 'MEMBER_OF', startDate: '2010', endDate: null, note: null }, userErrors: [] });
    const before = snapshot(registry);
    const cycle = await as.editor(updateTie, { input: { id: mirrored.data.createAffiliation.affiliation.id, kind: 'PART_OF' } });
    expect(cycle.data.updateAffiliation.userErrors[0]).toMatchObject({ field: ['input', 'parentId'], code: 'CONFLICT' });
    expect(cycle.data.updateAffiliation.userErrors[0].message).toContain('(kazakhstan-swimming-federation member_of kazakhstan-aquatics-federation)');
    const backwards = await as.editor(updateTie, { input: { id: seeded, endDate: '2009' } });
    expect(backwards.data.updateAffiliation.userErrors[0]).toMatchObject({ field: ['input', 'endDate'], code: 'INVALID' });
    expect(snapshot(registry)).toBe(before);
  });

  it('deletes a tie with its citations, recording each; the reversed tie is then allowed', async () => {
    const tie = await tieOf('asia-aquatics', 'world-aquatics');
    const cited = registry.db.$client.prepare('SELECT count(*) AS n FROM citations WHERE affiliation_id = ?').get(Number(Buffer.from(tie, 'base64url').toString().split(':')[1])) as any;
    const byAnonymous = await as.anonymous(deleteTie, { input: { id: tie } });
    expect(byAnonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const { data } = await as.editor(deleteTie, { input: { id: tie } });
    expect(data.deleteAffiliation).toEqual({ affiliation: { id: tie }, userErrors: [] });
    const recorded = registry.db.$client.prepare("SELECT entity_type FROM changes WHERE operation = 'deleteAffiliation' ORDER BY id").all().map((r: any) => r.entity_type);
    expect(recorded).toEqual([...Array(cited.n).fill('Citation'), 'Affiliation']);
    const reversed = await as.editor(createTie, { input: { organizationId: await org('world-aquatics'), parentId: await org('asia-aquatics'), kind: 'MEMBER_OF' } });
    expect(reversed.data.createAffiliation.userErrors).toEqual([]);
  });
});
