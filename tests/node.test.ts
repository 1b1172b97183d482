import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRegistry, type Registry } from './support/registry.js';

let registry: Registry;
beforeAll(async () => {
  registry = await seededRegistry();
});
afterAll(() => registry.close());

describe('global object identification', () => {
  it('gives every object an opaque id that node(id:) resolves back to the same object', async () => {
    const { data } = await registry.query(`{
      organization(handle: "noc-kazakhstan") {
        id handle
        names(first: 1) { nodes { id value } }
        posts(first: 1) { nodes { id role person { id handle } citations(first: 1) { nodes { id source { id handle } } } } }
      }
    }`);
    const org = data.organization;
    const post = org.posts.nodes[0];
    const ids = [org.id, org.names.nodes[0].id, post.id, post.person.id, post.citations.nodes[0].id, post.citations.nodes[0].source.id];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).not.toMatch(/^\d+$/);
    const back = await registry.query(`query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, { ids });
    expect(back.data.nodes.map((n: any) => n.__typename)).toEqual(['Organization', 'Name', 'Post', 'Person', 'Citation', 'Source']);
    expect(back.data.nodes.map((n: any) => n.id)).toEqual(ids);
    const one = await registry.query(`query ($id: ID!) { node(id: $id) { ... on Organization { handle } } }`, { id: org.id });
    expect(one.data.node.handle).toBe('noc-kazakhstan');
  });

  it('answers null for an id of the right form that names nothing, and INVALID_ID for a forged one', async () => {
    const missing = Buffer.from('Organization:999999').toString('base64url');
    const answer = await registry.query(`query ($a: ID!, $b: ID!) { a: node(id: $a) { id } b: node(id: $b) { id } }`, { a: missing, b: 'hello' });
    expect(answer.data?.a).toBeNull();
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors?.[0]).toMatchObject({ path: ['b'], extensions: { code: 'INVALID_ID' } });
  });

  it('looks up by handle or id, and asks for exactly one of them', async () => {
    const byHandle = await registry.query(`{ person(handle: "gennady-golovkin") { id name } }`);
    const byId = await registry.query(`query ($id: ID) { person(id: $id) { handle } }`, { id: byHandle.data.person.id });
    expect(byId.data.person.handle).toBe('gennady-golovkin');
    const both = await registry.query(`query ($id: ID) { person(id: $id, handle: "gennady-golovkin") { handle } }`, { id: byHandle.data.person.id });
    expect(both.errors?.[0]).toMatchObject({ message: 'Pass exactly one of `id` or `handle`.', extensions: { code: 'BAD_USER_INPUT' } });
    const wrongType = await registry.query(`query ($id: ID) { organization(id: $id) { handle } }`, { id: byHandle.data.person.id });
    expect(wrongType.errors?.[0].extensions?.code).toBe('INVALID_ID');
    const unknown = await registry.query(`{ organization(handle: "no-such-body") { id } }`);
    expect(unknown.data?.organization).toBeNull();
    expect(unknown.errors).toBeUndefined();
  });

  it('finds a country by its IOC code or either ISO code, where they differ', async () => {
    const { data } = await registry.query(`{ a: country(code: "KUW") { name iocCode iso3 iso2 } b: country(code: "kwt") { name } c: country(code: "KW") { name } d: country(code: "XX") { name } }`);
    expect(data.a).toEqual({ name: 'Kuwait', iocCode: 'KUW', iso3: 'KWT', iso2: 'KW' });
    expect(data.b.name).toBe('Kuwait');
    expect(data.c.name).toBe('Kuwait');
    expect(data.d).toBeNull();
  });
});
