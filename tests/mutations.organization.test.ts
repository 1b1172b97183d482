import { describe, expect, it } from 'vitest';
import { seededWithKeys, snapshot } from './support/keys.js';

const { registry, as } = await seededWithKeys();

const create = `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) {
  organization { id handle name country { iocCode } kind }
  userErrors { field message code }
} }`;
const update = `mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) {
  organization { id name shortName website } userErrors { field message code }
} }`;
const remove = `mutation ($input: DeleteOrganizationInput!) { deleteOrganization(input: $input) {
  organization { handle } userErrors { field message code }
} }`;

describe('organisation mutations', () => {
  it('creates an organisation that reads back, is searchable, and has its history', async () => {
    const input = { handle: 'kazakhstan-diving-federation', kind: 'NATIONAL_FEDERATION', name: 'Kazakhstan Diving Test Federation', country: 'KZ' };
    const { data, errors } = await as.editor(create, { input });
    expect(errors).toBeUndefined();
    expect(data.createOrganization.userErrors).toEqual([]);
    expect(data.createOrganization.organization).toMatchObject({ handle: input.handle, name: input.name, country: { iocCode: 'KAZ' }, kind: 'NATIONAL_FEDERATION' });
    const again = await as.anonymous(`{ organization(handle: "kazakhstan-diving-federation") { name } search(query: "Diving Test") { nodes { ... on Organization { handle } } } }`);
    expect(again.data.organization.name).toBe(input.name);
    expect(again.data.search.nodes).toEqual([{ handle: input.handle }]);
    const history = registry.db.$client.prepare("SELECT actor, operation, entity_type, before, after FROM changes WHERE operation = 'createOrganization'").all() as any[];
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ actor: 'test editor', entity_type: 'Organization', before: null });
    expect(JSON.parse(history[0].after)).toMatchObject({ handle: input.handle });
  });

  it('updates only the fields given; null clears an optional one', async () => {
    const { data: before } = await as.anonymous(`{ organization(handle: "oca") { id shortName headquartersCity } }`);
    const { data } = await as.editor(update, { input: { id: before.organization.id, website: 'https://ocasia.org', shortName: null } });
    expect(data.updateOrganization).toEqual({
      organization: { id: before.organization.id, name: 'Olympic Council of Asia', shortName: null, website: 'https://ocasia.org' },
      userErrors: [],
    });
    const { data: after } = await as.anonymous(`{ organization(handle: "oca") { headquartersCity } }`);
    expect(after.organization.headquartersCity).toBe(before.organization.headquartersCity);
  });

  it('refuses bad input field by field, says what is accepted, and writes nothing', async () => {
    const before = snapshot(registry);
    const { data } = await as.editor(create, { input: { handle: 'Bad Handle', kind: 'OTHER', name: '', website: 'ftp://x' } });
    const fields = data.createOrganization.userErrors.map((e: any) => e.field.join('.'));
    expect(fields.sort()).toEqual(['input.handle', 'input.name', 'input.website']);
    expect(data.createOrganization.userErrors.find((e: any) => e.field[1] === 'handle').message).toContain('e.g. `noc-kazakhstan`');
    expect(data.createOrganization.organization).toBeNull();
    const taken = await as.editor(create, { input: { handle: 'ioc', kind: 'OTHER', name: 'Duplicate' } });
    expect(taken.data.createOrganization.userErrors).toEqual([{ field: ['input', 'handle'], message: 'The handle "ioc" is taken; choose another.', code: 'CONFLICT' }]);
    const backwards = await as.editor(create, { input: { handle: 'backwards', kind: 'OTHER', name: 'B', foundingDate: '2020', dissolutionDate: '2019-05' } });
    expect(backwards.data.createOrganization.userErrors[0]).toMatchObject({ field: ['input', 'dissolutionDate'], code: 'INVALID' });
    // A country code no country has, malformed or not, is refused as it is in a filter (tests/countries.world.test.ts).
    const unknownCountry = await as.editor(create, { input: { handle: 'nowhere', kind: 'OTHER', name: 'N', country: 'XYZ' } });
    expect(unknownCountry.errors?.[0]).toMatchObject({ message: expect.stringContaining('Unknown country code "XYZ"'), extensions: { code: 'BAD_USER_INPUT' } });
    expect(snapshot(registry)).toBe(before);
  });

  it('refuses to delete an organisation that still has facts, and deletes (admin only) one that has none', async () => {
    const { data: noc } = await as.anonymous(`{ organization(handle: "noc-qatar") { id } }`);
    const refused = await as.admin(remove, { input: { id: noc.organization.id } });
    expect(refused.data.deleteOrganization.userErrors[0]).toMatchObject({ code: 'CONFLICT', field: ['input', 'id'] });
    expect(refused.data.deleteOrganization.userErrors[0].message).toMatch(/posts.*delete or move them first, or merge/);
    const created = await as.editor(create, { input: { handle: 'short-lived', kind: 'OTHER', name: 'Short-lived' } });
    const id = created.data.createOrganization.organization.id;
    const byEditor = await as.editor(remove, { input: { id } });
    expect(byEditor.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const byAdmin = await as.admin(remove, { input: { id } });
    expect(byAdmin.data.deleteOrganization).toEqual({ organization: { handle: 'short-lived' }, userErrors: [] });
    expect((await as.anonymous(`query ($id: ID!) { node(id: $id) { id } }`, { id })).data.node).toBeNull();
  });
});

describe('consistency within one request', () => {
  it('never serves an object loaded before a write: each payload sees the write before it', async () => {
    // Both payloads reach the IOC again through its affiliates' `parent`, i.e. through the
    // request's by-id loader: without clearing it after a write, the second would say "first".
    const { data: ioc } = await as.anonymous(`{ organization(handle: "ioc") { id } }`);
    const through = 'organization { affiliates(first: 1) { nodes { parent { description } } } }';
    const { data, errors } = await as.editor(`mutation ($id: ID!) {
      first: updateOrganization(input: { id: $id, description: "first" }) { ${through} }
      second: updateOrganization(input: { id: $id, description: "second" }) { ${through} }
    }`, { id: ioc.organization.id });
    expect(errors).toBeUndefined();
    const parentOf = (payload: any) => payload.organization.affiliates.nodes[0].parent.description;
    expect(parentOf(data.first)).toBe('first');
    expect(parentOf(data.second)).toBe('second');
  });
});

describe('who may write', () => {
  it('refuses writes without a key, with a revoked or made-up key, and leaves the database unchanged', async () => {
    const before = snapshot(registry);
    const input = { handle: 'unauthorised', kind: 'OTHER', name: 'U' };
    const none = await as.anonymous(create, { input });
    expect(none.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(none.errors?.[0].message).toContain('Authorization: Bearer');
    const forged = await as.withKey('sg_not-a-real-key')(create, { input });
    expect(forged.errors?.[0]).toMatchObject({ message: 'The API key is not valid or has been revoked.', extensions: { code: 'UNAUTHENTICATED' } });
    expect(snapshot(registry)).toBe(before);
  });

  it('guards every mutation in the schema', async () => {
    const { getMetadataStorage } = await import('type-graphql');
    const { subgraphSchema } = await import('../src/graphql-schema.js');
    const mutations = Object.keys((await subgraphSchema()).getMutationType()?.getFields() ?? {});
    const guarded = new Set(getMetadataStorage().authorizedFields.map((f) => f.fieldName));
    expect(mutations.length).toBeGreaterThan(0);
    expect(mutations.filter((name) => !guarded.has(name))).toEqual([]);
  });
});

describe('updates that change nothing', () => {
  it('answer with the object unchanged and record no change', async () => {
    const { data: oca } = await as.anonymous(`{ organization(handle: "oca") { id name } }`);
    const count = () => (registry.db.$client.prepare('SELECT count(*) AS n FROM changes').get() as { n: number }).n;
    const before = count();
    const { data, errors } = await as.editor(update, { input: { id: oca.organization.id } });
    expect(errors).toBeUndefined();
    expect(data.updateOrganization).toMatchObject({ organization: { id: oca.organization.id, name: oca.organization.name }, userErrors: [] });
    expect(count()).toBe(before);
  });
});
