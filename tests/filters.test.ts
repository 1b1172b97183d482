import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRegistry, type Registry } from './support/registry.js';

let registry: Registry;
beforeAll(async () => {
  registry = await seededRegistry();
});
afterAll(() => registry.close());

const handles = (conn: any) => conn.nodes.map((n: any) => n.handle);

describe('typed filters', () => {
  it('combine fields with and, alternatives with or, and count what matches', async () => {
    const { data } = await registry.query(`{
      both: organizations(filter: { kind: NATIONAL_OLYMPIC_COMMITTEE, country: "QAT" }) { totalCount nodes { handle } }
      either: organizations(filter: { or: [{ kind: NATIONAL_OLYMPIC_COMMITTEE }, { kind: GOVERNMENT_MINISTRY }] }) { totalCount nodes { handle } }
      nested: organizations(filter: { and: [{ country: "KAZ" }], or: [{ kind: NATIONAL_FEDERATION }, { kind: GOVERNMENT_MINISTRY }] }) { totalCount nodes { handle } }
    }`);
    expect(handles(data.both)).toEqual(['noc-qatar']);
    expect(handles(data.either).sort()).toEqual(['kazakhstan-ministry-tourism-sports', 'noc-kazakhstan', 'noc-qatar']);
    expect(data.either.totalCount).toBe(3);
    expect(handles(data.nested).sort()).toEqual(['kazakhstan-aquatics-federation', 'kazakhstan-ministry-tourism-sports', 'kazakhstan-swimming-federation']);
  });

  it('filters by date ranges over partial dates', async () => {
    const { data } = await registry.query(`{
      organization(handle: "noc-kazakhstan") {
        in2024: posts(filter: { started: { from: "2024", to: "2024" } }) { nodes { role startDate } }
        fromSeptember: posts(filter: { started: { from: "2024-09" } }) { nodes { role startDate } }
      }
      events(filter: { date: { from: "2025-09-01", to: "2025-09-30" } }) { nodes { handle } }
    }`);
    expect(data.organization.in2024.nodes.map((p: any) => p.role).sort()).toEqual(['PRESIDENT', 'SECRETARY_GENERAL']);
    expect(data.organization.fromSeptember.nodes).toEqual([{ role: 'SECRETARY_GENERAL', startDate: '2024-09-27' }]);
    // The tour and the meeting are dated only "2025": they may fall in September, so they match too.
    expect(handles(data.events).sort()).toEqual(['anoc-central-asia-tour-2025', 'astana-meeting-2025', 'oca-continental-athletes-forum-2025']);
  });

  it('filters facts by their sources: cited or not, and how confidently', async () => {
    const { data } = await registry.query(`{
      person(handle: "nurlan-jakupov") {
        any: posts(filter: { hasSource: true }) { totalCount }
        medium: posts(filter: { minConfidence: MEDIUM }) { totalCount }
      }
      uncited: organizations(filter: { hasSource: false }) { totalCount }
      corrected: source(handle: "astana-article") { citations(first: 100, filter: { hasCorrection: true }) { totalCount nodes { correction } } }
    }`);
    expect(data.person.any.totalCount).toBe(1);
    expect(data.person.medium.totalCount).toBe(0); // his only post is cited at LOW confidence
    expect(data.uncited.totalCount).toBe(0);
    expect(data.corrected.citations.totalCount).toBeGreaterThanOrEqual(5);
    expect(data.corrected.citations.nodes.every((c: any) => c.correction)).toBe(true);
  });

  it('sets no condition for an empty code, handle or list, as for a missing one', async () => {
    const { data } = await registry.query(`{
      all: organizations { totalCount }
      noCountry: organizations(filter: { country: "" }) { totalCount }
      noSport: organizations(filter: { sport: "" }) { totalCount }
      people { totalCount }
      noNationality: people(filter: { nationality: "" }) { totalCount }
      countries { totalCount }
      noCodes: countries(filter: { codes: [] }) { totalCount }
      source(handle: "astana-article") {
        citations { totalCount }
        noSource: citations(filter: { source: "" }) { totalCount }
      }
    }`);
    expect(data.all.totalCount).toBeGreaterThan(1);
    expect(data.noCountry.totalCount).toBe(data.all.totalCount);
    expect(data.noSport.totalCount).toBe(data.all.totalCount);
    expect(data.noNationality.totalCount).toBe(data.people.totalCount);
    expect(data.noCodes.totalCount).toBe(data.countries.totalCount);
    expect(data.source.noSource.totalCount).toBe(data.source.citations.totalCount);
  });
});

describe('the size of a filter', () => {
  // Every field set: the heaviest SQL a filter can ask for. `match` finds the NOC of Kazakhstan only.
  const match = { kind: 'NATIONAL_OLYMPIC_COMMITTEE', country: 'KAZ', hasSource: true, minConfidence: 'LOW' };
  const miss = { kind: 'NATIONAL_OLYMPIC_COMMITTEE', country: 'QAT', sport: 'aquatics', founded: { from: '1990', to: '2020-06' }, hasSource: true, minConfidence: 'HIGH' };
  const misses = (n: number) => Array.from({ length: n }, () => miss);
  /** `levels` nested or-lists, each of `width` filters, the match at the bottom: width * levels filters in all. */
  const nested = (levels: number, width: number) => {
    let filter: Record<string, unknown> = match;
    for (let i = 0; i < levels; i++) filter = { hasSource: true, or: [filter, ...misses(width - 1)] };
    return filter;
  };
  const organizations = `query ($f: OrganizationFilter) { organizations(filter: $f) { totalCount nodes { handle } } }`;
  const posts = `query ($f: PostFilter) { organization(handle: "noc-kazakhstan") { posts(asOf: "2025", filter: $f) { nodes { role } } } }`;
  const refusal = (answer: { errors?: { message: string; extensions?: Record<string, unknown> }[] }) => {
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'filter' });
    return answer.errors![0].message;
  };

  it('answers the largest filter allowed: 100 filters in and/or lists, nested 10 deep', async () => {
    const flat = await registry.query(organizations, { f: { or: [...misses(99), match] } });
    expect(flat.errors).toBeUndefined();
    expect(handles(flat.data.organizations)).toEqual(['noc-kazakhstan']);
    const deep = await registry.query(organizations, { f: nested(10, 10) }); // 100 filters, 10 levels
    expect(deep.errors).toBeUndefined();
    expect(handles(deep.data.organizations)).toEqual(['noc-kazakhstan']);
    // The same bound holds on every connection's filter, nested connections with asOf included.
    const post = { role: 'PRESIDENT', current: true, started: { from: '2000', to: '2025' }, hasSource: true, minConfidence: 'LOW' };
    const nestedPosts = await registry.query(posts, { f: { and: [post], or: Array.from({ length: 99 }, () => post) } });
    expect(nestedPosts.errors).toBeUndefined();
    expect(nestedPosts.data.organization.posts.nodes).toEqual([{ role: 'PRESIDENT' }]);
  });

  it('refuses one filter more, or one level deeper, as BAD_USER_INPUT naming the limit and what was found', async () => {
    const wide = await registry.query(organizations, { f: { or: [...misses(100), match] } });
    expect(wide.data).toBeNull();
    expect(refusal(wide)).toBe('The filter has 101 filters in its and/or lists; at most 100 are allowed. Split the query, or ask for what the alternatives share.');
    expect(refusal(await registry.query(organizations, { f: { and: [match], or: nested(10, 10).or } }))).toContain('has 101 filters');
    expect(refusal(await registry.query(organizations, { f: nested(11, 1) }))).toBe('The filter nests and/or lists 11 deep; at most 10 levels are allowed.');
    expect(refusal(await registry.query(posts, { f: { or: Array.from({ length: 101 }, () => ({ role: 'PRESIDENT' })) } }))).toContain('has 101 filters');
  });

  it('refuses the filters that reach SQLite\'s expression depth limit instead of failing inside', async () => {
    // 1,000 alternatives, and 600 levels: both used to end as INTERNAL_SERVER_ERROR.
    expect(refusal(await registry.query(organizations, { f: { or: Array.from({ length: 1000 }, () => ({ kind: 'OTHER' })) } }))).toContain('has 1000 filters');
    expect(refusal(await registry.query(organizations, { f: nested(600, 1) }))).toContain('has 600 filters');
  });
});

describe('ordering', () => {
  it('orders by a key in either direction, the id breaking ties', async () => {
    const { data } = await registry.query(`{
      asc: organizations(first: 100, orderBy: [{ field: NAME }]) { nodes { name } }
      desc: organizations(first: 100, orderBy: [{ field: NAME, direction: DESC }]) { nodes { name } }
      kinds: organizations(first: 100, orderBy: [{ field: KIND }, { field: NAME, direction: DESC }]) { nodes { kind name } }
    }`);
    const names = data.asc.nodes.map((n: any) => n.name);
    expect(names).toEqual([...names].sort());
    expect(data.desc.nodes.map((n: any) => n.name)).toEqual([...names].reverse());
    const kinds = data.kinds.nodes.map((n: any) => `${n.kind}|${n.name}`);
    const expected = [...data.kinds.nodes]
      .sort((a: any, b: any) => a.kind.toLowerCase().localeCompare(b.kind.toLowerCase()) || (a.name < b.name ? 1 : -1))
      .map((n: any) => `${n.kind}|${n.name}`);
    expect(kinds).toEqual(expected);
  });

  it('pages through an ordering with its cursors, forwards and backwards, each item once', async () => {
    const order = `orderBy: [{ field: FOUNDING_DATE, direction: DESC }, { field: NAME }]`;
    const all = (await registry.query(`{ organizations(first: 100, ${order}) { nodes { handle } } }`)).data.organizations.nodes.map((n: any) => n.handle);
    const forward: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 20; guard++) {
      const { data }: { data?: any } = await registry.query(`query ($after: String) { organizations(first: 4, after: $after, ${order}) { pageInfo { hasNextPage endCursor } nodes { handle } } }`, { after });
      forward.push(...handles(data.organizations));
      if (!data.organizations.pageInfo.hasNextPage) break;
      after = data.organizations.pageInfo.endCursor;
    }
    expect(forward).toEqual(all);
    const backward: string[] = [];
    let before: string | null = null;
    for (let guard = 0; guard < 20; guard++) {
      const { data }: { data?: any } = await registry.query(`query ($before: String) { organizations(last: 4, before: $before, ${order}) { pageInfo { hasPreviousPage startCursor } nodes { handle } } }`, { before });
      backward.unshift(...handles(data.organizations));
      if (!data.organizations.pageInfo.hasPreviousPage) break;
      before = data.organizations.pageInfo.startCursor;
    }
    expect(backward).toEqual(all);
  });

  it('orders agreements by lifecycle stage, not alphabetically', async () => {
    const { data } = await registry.query(`{ agreements(orderBy: [{ field: STATUS, direction: DESC }]) { nodes { status } } }`);
    expect(data.agreements.nodes.map((a: any) => a.status)).toEqual(['AGREED_IN_PRINCIPLE', 'DISCUSSED', 'DISCUSSED']);
  });

  it('refuses a cursor from another ordering instead of skipping rows silently', async () => {
    const { data } = await registry.query(`{ organizations(first: 2, orderBy: [{ field: NAME }]) { pageInfo { endCursor } } }`);
    const answer = await registry.query(`query ($after: String) { organizations(first: 2, after: $after) { totalCount } }`, { after: data.organizations.pageInfo.endCursor });
    expect(answer.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' } });
    expect(answer.errors?.[0].message).toContain('same `orderBy`');
  });

  it('keeps a cursor valid after the row it points at is deleted', async () => {
    const local = await seededRegistry();
    const first = await local.query(`{ sports(first: 2, orderBy: [{ field: CODE }]) { pageInfo { endCursor } nodes { code } } }`);
    const [, last] = first.data.sports.nodes.map((n: any) => n.code);
    local.db.$client.prepare('DELETE FROM organization_sports WHERE sport_id IN (SELECT id FROM sports WHERE code = ?)').run(last);
    local.db.$client.prepare('DELETE FROM sports WHERE code = ?').run(last);
    const next = await local.query(`query ($after: String) { sports(first: 2, after: $after, orderBy: [{ field: CODE }]) { nodes { code } } }`, { after: first.data.sports.pageInfo.endCursor });
    await local.close();
    expect(next.errors).toBeUndefined();
    expect(next.data.sports.nodes.length).toBe(2);
    expect(next.data.sports.nodes.every((n: any) => n.code > last)).toBe(true);
  });
});
