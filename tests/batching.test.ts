import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Confidence, NameKind, OrganizationKind, Role, SourceKind } from '../src/db/enums.js';
import * as t from '../src/db/schema.js';
import { seededRegistry, type Registry } from './support/registry.js';

let registry: Registry;
beforeAll(async () => {
  registry = await seededRegistry();
  // Grow the registry well past the seed so "all parents" means many parents.
  const source = registry.db.insert(t.sources).values({ handle: 'bulk', kind: SourceKind.REFERENCE, title: 'Bulk', lang: 'en' }).returning().get();
  for (let i = 0; i < 80; i++) {
    const org = registry.db.insert(t.organizations).values({ handle: `bulk-${i}`, kind: OrganizationKind.NATIONAL_FEDERATION, name: `Bulk ${i}` }).returning().get();
    const person = registry.db.insert(t.people).values({ handle: `bulk-person-${i}`, name: `Person ${i}` }).returning().get();
    const post = registry.db.insert(t.posts).values({ personId: person.id, organizationId: org.id, role: Role.PRESIDENT }).returning().get();
    registry.db.insert(t.names).values({ organizationId: org.id, value: `Bulk ${i}`, lang: 'en', kind: NameKind.OFFICIAL }).run();
    registry.db.insert(t.citations).values({ sourceId: source.id, postId: post.id, confidence: Confidence.HIGH, quote: `q${i}` }).run();
  }
});
afterAll(() => registry.close());

// Inner pages of 5: with the default 20 at every level, 100 roots could ask for a million objects (over QUERY_MAX_COST).
const deep = `query ($n: Int) {
  organizations(first: $n) {
    totalCount
    nodes {
      name country { name }
      names(first: 5) { nodes { value lang } }
      affiliations(first: 5) { nodes { kind parent { name country { name } } citations(first: 5) { nodes { quote } } } }
      posts(first: 5) { nodes { role person { name names(first: 5) { nodes { value } } } citations(first: 5) { nodes { quote confidence source { title } } } } }
      agreements(first: 5) { nodes { title parties(first: 5) { nodes { organization { name } } } } }
    }
  }
}`;

describe('relationships load in batches', () => {
  it('runs the same number of SQL statements for 2 parents as for 100', async () => {
    const acyclic = `query ($n: Int) { organizations(first: $n) { nodes { country { name } names { nodes { value } }
      posts { nodes { person { name names { nodes { value } } } citations { nodes { quote source { title } } } } } } } }`;
    const small = await registry.query(acyclic, { n: 2 });
    const large = await registry.query(acyclic, { n: 100 });
    expect(large.data.organizations.nodes.length).toBeGreaterThan(80);
    // One statement per connection (page and rows together) and per single object: organizations, country, names, posts, person, person names, citations, source.
    expect(small.sqlStatements).toBe(8);
    expect(large.sqlStatements).toBe(small.sqlStatements);
  });

  it('never runs more statements for more parents, even when the query loops back to organisations', async () => {
    const two = await registry.query(deep, { n: 2 });
    const hundred = await registry.query(deep, { n: 100 });
    expect(two.errors).toBeUndefined();
    expect(hundred.errors).toBeUndefined();
    expect(two.data.organizations.nodes).toHaveLength(2);
    expect(hundred.data.organizations.nodes).toHaveLength(Math.min(100, hundred.data.organizations.totalCount));
    expect(hundred.data.organizations.totalCount).toBeGreaterThan(80);
    // The answers really were nested, not empty.
    const withPosts = hundred.data.organizations.nodes.filter((o: any) => o.posts.nodes.length > 0);
    expect(withPosts.length).toBeGreaterThan(80);
    expect(withPosts.every((o: any) => o.posts.nodes.every((p: any) => p.person.name))).toBe(true);
    // Parties and parents are organisations: with 100 of them loaded already, the per-request
    // cache answers some loads, so the count can only fall.
    expect(typeof two.sqlStatements).toBe('number');
    expect(hundred.sqlStatements).toBeLessThanOrEqual(two.sqlStatements!);
  });

  it('batches the people, events and agreements sides too', async () => {
    const people = `query ($n: Int) { people(first: $n) { nodes { posts { nodes { organization { name } } } participations { nodes { capacity event { name organizers { nodes { organization { name } } } } } } } } }`;
    const events = `query ($n: Int) { events(first: $n) { nodes { participants { nodes { person { name } organization { name } citations { nodes { quote } } } } agreements { nodes { originEvent { name } } } } } }`;
    for (const query of [people, events]) {
      const small = await registry.query(query, { n: 2 });
      const large = await registry.query(query, { n: 100 });
      expect(small.errors).toBeUndefined();
      expect(large.sqlStatements).toBe(small.sqlStatements);
    }
  });

  it('counts statements per request, starting from zero each time', async () => {
    const first = await registry.query(`{ organizations(first: 1) { nodes { name } } }`);
    const again = await registry.query(`{ organizations(first: 1) { nodes { name } } }`);
    expect(first.sqlStatements).toBe(1);
    expect(again.sqlStatements).toBe(1);
  });
});
