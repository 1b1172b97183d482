import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRegistry, type Registry } from './support/registry.js';

let registry: Registry;
beforeAll(async () => {
  registry = await seededRegistry();
});
afterAll(() => registry.close());

const page = `query ($first: Int, $after: String, $last: Int, $before: String) {
  organizations(first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { handle } }
  }
}`;

async function all(): Promise<string[]> {
  const { data } = await registry.query(page, { first: 100 });
  return data.organizations.edges.map((e: any) => e.node.handle);
}

describe('connections page with Relay cursors', () => {
  it('walks forward with first/after through every item exactly once', async () => {
    const everyone = await all();
    expect(everyone.length).toBeGreaterThan(6);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { data }: { data?: any } = await registry.query(page, { first: 3, after });
      const conn: any = data.organizations;
      expect(conn.totalCount).toBe(everyone.length);
      expect(conn.pageInfo.hasPreviousPage).toBe(pages > 0);
      seen.push(...conn.edges.map((e: any) => e.node.handle));
      pages += 1;
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toEqual(everyone);
    expect(pages).toBe(Math.ceil(everyone.length / 3));
  });

  it('walks backward with last/before and keeps the natural order within a page', async () => {
    const everyone = await all();
    const { data } = await registry.query(page, { last: 2 });
    expect(data.organizations.edges.map((e: any) => e.node.handle)).toEqual(everyone.slice(-2));
    expect(data.organizations.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const before = data.organizations.pageInfo.startCursor;
    const previous = await registry.query(page, { last: 2, before });
    expect(previous.data.organizations.edges.map((e: any) => e.node.handle)).toEqual(everyone.slice(-4, -2));
    expect(previous.data.organizations.pageInfo.hasNextPage).toBe(true);
  });

  it('returns an empty page past the end, still with the total', async () => {
    const { data } = await registry.query(page, { first: 100 });
    const end = data.organizations.pageInfo.endCursor;
    const past = await registry.query(page, { first: 5, after: end });
    expect(past.data.organizations).toMatchObject({
      totalCount: data.organizations.totalCount,
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null },
    });
  });

  it('defaults to 20 items and refuses more than 100 with BAD_USER_INPUT naming the argument', async () => {
    const over = await registry.query(page, { first: 101 });
    expect(over.errors?.[0]).toMatchObject({
      message: '`first` must be a whole number from 0 to 100; got 101.',
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' },
    });
    const negative = await registry.query(page, { last: -1 });
    expect(negative.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'last' });
  });

  it('refuses first together with last, and cursors it did not issue', async () => {
    const both = await registry.query(page, { first: 1, last: 1 });
    expect(both.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(both.errors?.[0].message).toMatch(/either `first`.*or `last`/);
    const forged = await registry.query(page, { first: 1, after: 'not-a-cursor' });
    expect(forged.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' } });
  });

  it('pages nested connections per parent: each organisation gets its own first page and total', async () => {
    const { data } = await registry.query(`{
      organizations(first: 100) { nodes { handle names(first: 1) { totalCount pageInfo { hasNextPage } nodes { value } } } }
    }`);
    const withNames = data.organizations.nodes.filter((o: any) => o.names.totalCount > 1);
    expect(withNames.length).toBeGreaterThan(2);
    for (const org of withNames) {
      expect(org.names.nodes).toHaveLength(1);
      expect(org.names.pageInfo.hasNextPage).toBe(true);
      const full = await registry.query(`query ($h: String) { organization(handle: $h) { names(first: 100) { totalCount nodes { value } } } }`, { h: org.handle });
      expect(full.data.organization.names.totalCount).toBe(org.names.totalCount);
      expect(full.data.organization.names.nodes[0].value).toBe(org.names.nodes[0].value);
    }
  });

  it('filters and counts by kind, country and sport', async () => {
    const nocs = await registry.query(`{ organizations(filter: { kind: NATIONAL_OLYMPIC_COMMITTEE }) { totalCount nodes { handle kind } } }`);
    expect(nocs.data.organizations.nodes.map((o: any) => o.handle).sort()).toEqual(['noc-kazakhstan', 'noc-qatar']);
    expect(nocs.data.organizations.totalCount).toBe(2);
    const kazakh = await registry.query(`{ iso: organizations(filter: { country: "kz" }) { nodes { handle country { iocCode } } } ioc: organizations(filter: { country: "KAZ" }) { totalCount } }`);
    expect(kazakh.data.iso.nodes.length).toBe(kazakh.data.ioc.totalCount);
    expect(kazakh.data.iso.nodes.every((o: any) => o.country.iocCode === 'KAZ')).toBe(true);
    expect(kazakh.data.iso.nodes.map((o: any) => o.handle)).toContain('noc-kazakhstan');
    const aquatics = await registry.query(`{ organizations(filter: { sport: "aquatics" }) { nodes { handle } } }`);
    expect(aquatics.data.organizations.nodes.map((o: any) => o.handle)).toEqual(expect.arrayContaining(['world-aquatics', 'asia-aquatics']));
    expect(aquatics.data.organizations.nodes.map((o: any) => o.handle)).not.toContain('noc-qatar');
  });
});
