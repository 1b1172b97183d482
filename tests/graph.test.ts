import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Confidence, EventKind, EventStatus, OrganizationKind, Role, SourceKind } from '../src/db/enums.js';
import * as t from '../src/db/schema.js';
import { toGlobalId } from '../src/shared/global-id.js';
import { seededRegistry, type Registry } from './support/registry.js';

const vertex = `... on Person { id handle } ... on Organization { id handle }`;
const fact = `__typename
  ... on Post { role person { id } organization { id } }
  ... on Affiliation { kind organization { id } parent { id } }
  ... on Agreement { handle parties { nodes { organization { id } } } }
  ... on Event { handle participants { nodes { person { id } organization { id } } } organizers { nodes { organization { id } } } }`;

const connections = `query ($from: ID!, $to: ID!, $maxHops: Int) {
  connections(from: $from, to: $to, maxHops: $maxHops) {
    length
    hops { kind from { ${vertex} } to { ${vertex} } fact { ${fact} } citations { nodes { quote source { handle } } } }
  }
}`;

const network = `query ($around: ID!, $depth: Int) {
  network(around: $around, depth: $depth) {
    truncated
    vertices { __typename ${vertex} }
    edges { kind from to fact { ${fact} } }
  }
}`;

/** The ids of the organisations and people a fact ties together, read back through the API. */
function linkedBy(f: any): Set<string> {
  switch (f.__typename) {
    case 'Post': return new Set([f.person.id, f.organization.id]);
    case 'Affiliation': return new Set([f.organization.id, f.parent.id]);
    case 'Agreement': return new Set(f.parties.nodes.map((p: any) => p.organization.id));
    case 'Event': return new Set([
      ...f.participants.nodes.flatMap((p: any) => [p.person?.id, p.organization?.id].filter(Boolean)),
      ...f.organizers.nodes.map((o: any) => o.organization.id),
    ]);
    default: throw new Error(`unexpected fact ${f.__typename}`);
  }
}

/** A path is a chain from `from` to `to` in which each hop's fact really ties its two ends. */
function expectChain(path: any, from: string, to: string) {
  expect(path.hops).toHaveLength(path.length);
  expect(path.hops[0].from.id).toBe(from);
  expect(path.hops.at(-1).to.id).toBe(to);
  path.hops.forEach((hop: any, i: number) => {
    if (i > 0) expect(hop.from.id).toBe(path.hops[i - 1].to.id);
    expect(hop.from.id).not.toBe(hop.to.id);
    const ends = linkedBy(hop.fact);
    expect(ends.has(hop.from.id) && ends.has(hop.to.id)).toBe(true);
  });
}

/** Each hop as `from -KIND(fact)-> to`, readable in assertions. */
const spelled = (path: any) => path.hops.map((h: any) => `${h.from.handle} -${h.kind}(${h.fact.handle ?? h.fact.role ?? h.fact.kind})-> ${h.to.handle}`);

describe('connections and networks on the seeded registry', () => {
  let registry: Registry;
  const id: Record<string, string> = {};
  beforeAll(async () => {
    registry = await seededRegistry();
    const { data } = await registry.query(`{
      people(first: 100) { nodes { id handle } }
      organizations(first: 100) { nodes { id handle } }
    }`);
    for (const node of [...data.people.nodes, ...data.organizations.nodes]) id[node.handle] = node.id;
  });
  afterAll(() => registry.close());

  it('links Golovkin to Sheikh Joaan in one hop, through the Astana meeting, with its Arabic citation', async () => {
    const { data, errors } = await registry.query(connections, { from: id['gennady-golovkin'], to: id['joaan-bin-hamad-al-thani'] });
    expect(errors).toBeUndefined();
    // The NOC RK-QOC agreement route (post, agreement, post) is 3 hops: not a shortest path, so not listed.
    expect(data.connections.map(spelled)).toEqual([
      ['gennady-golovkin -SHARED_EVENT(astana-meeting-2025)-> joaan-bin-hamad-al-thani'],
    ]);
    const [path] = data.connections;
    expect(path.length).toBe(1);
    expectChain(path, id['gennady-golovkin'], id['joaan-bin-hamad-al-thani']);
    expect(path.hops[0].citations.nodes).toContainEqual({
      quote: 'في أستانا ، عقد رئيس اللجنة الأولمبية الوطنية في كازاخستان ، جينادي جولوفكين ، اجتماعا رسميا مع رئيس المؤسسة الوطنية للنفط في قطر',
      source: { handle: 'astana-article' },
    });
  });

  it('finds every shortest chain from Golovkin to World Aquatics: via Al-Musallam and via the swimming federation', async () => {
    const { data, errors } = await registry.query(connections, { from: id['gennady-golovkin'], to: id['world-aquatics'] });
    expect(errors).toBeUndefined();
    expect(data.connections.map(spelled)).toEqual([
      ['gennady-golovkin -SHARED_EVENT(astana-meeting-2025)-> husain-al-musallam', 'husain-al-musallam -POST(PRESIDENT)-> world-aquatics'],
      ['gennady-golovkin -SHARED_EVENT(astana-meeting-2025)-> kazakhstan-swimming-federation',
        'kazakhstan-swimming-federation -AGREEMENT(world-aquatics-kazakhstan-swimming)-> world-aquatics'],
    ]);
    for (const path of data.connections) {
      expect(path.length).toBe(2);
      expectChain(path, id['gennady-golovkin'], id['world-aquatics']);
    }
    expect(data.connections[1].hops[1].citations.nodes.map((c: any) => c.quote)).toContain(
      'الحاجة إلى مزيد من التعاون بين الألعاب المائية العالمية والاتحاد الكازاخستاني للسباحة',
    );
  });

  it('traverses affiliations, same_as included, and lists all three 3-hop chains to Asia Aquatics', async () => {
    const { data, errors } = await registry.query(connections, { from: id['gennady-golovkin'], to: id['asia-aquatics'] });
    expect(errors).toBeUndefined();
    expect(data.connections.map(spelled)).toEqual([
      ['gennady-golovkin -SHARED_EVENT(astana-meeting-2025)-> husain-al-musallam', 'husain-al-musallam -POST(PRESIDENT)-> world-aquatics',
        'world-aquatics -AFFILIATION(MEMBER_OF)-> asia-aquatics'],
      ['gennady-golovkin -SHARED_EVENT(astana-meeting-2025)-> kazakhstan-swimming-federation',
        'kazakhstan-swimming-federation -AGREEMENT(world-aquatics-kazakhstan-swimming)-> world-aquatics',
        'world-aquatics -AFFILIATION(MEMBER_OF)-> asia-aquatics'],
      ['gennady-golovkin -SHARED_EVENT(astana-meeting-2025)-> kazakhstan-swimming-federation',
        'kazakhstan-swimming-federation -AFFILIATION(SAME_AS)-> kazakhstan-aquatics-federation',
        'kazakhstan-aquatics-federation -AFFILIATION(MEMBER_OF)-> asia-aquatics'],
    ]);
    for (const path of data.connections) expectChain(path, id['gennady-golovkin'], id['asia-aquatics']);
  });

  it('finds nothing when the two are further apart than maxHops', async () => {
    const one = await registry.query(connections, { from: id['gennady-golovkin'], to: id['world-aquatics'], maxHops: 1 });
    const two = await registry.query(connections, { from: id['gennady-golovkin'], to: id['asia-aquatics'], maxHops: 2 });
    expect(one.errors).toBeUndefined();
    expect(one.data.connections).toEqual([]);
    expect(two.data.connections).toEqual([]);
  });

  it('links a vertex to itself by one path of length 0', async () => {
    const { data } = await registry.query(connections, { from: id['noc-kazakhstan'], to: id['noc-kazakhstan'] });
    expect(data.connections).toEqual([{ length: 0, hops: [] }]);
  });

  it('refuses maxHops outside 1 to 4, naming the argument and the range', async () => {
    for (const maxHops of [5, 0]) {
      const { errors } = await registry.query(connections, { from: id['gennady-golovkin'], to: id['world-aquatics'], maxHops });
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'maxHops' });
      expect(errors?.[0].message).toBe(`\`maxHops\` must be a whole number from 1 to 4; got ${maxHops}.`);
    }
  });

  it('answers INVALID_ID for a forged id or the id of something that is not an organisation or person', async () => {
    const forged = await registry.query(connections, { from: 'not-an-id', to: id['world-aquatics'] });
    expect(forged.errors?.[0].extensions).toMatchObject({ code: 'INVALID_ID', argumentName: 'from' });
    const event = await registry.query(connections, { from: id['gennady-golovkin'], to: toGlobalId('Event', 2) });
    expect(event.errors?.[0].extensions).toMatchObject({ code: 'INVALID_ID', argumentName: 'to' });
    expect(event.errors?.[0].message).toContain('must be the id of an Organization or a Person');
    const around = await registry.query(network, { around: toGlobalId('Agreement', 1) });
    expect(around.errors?.[0].extensions).toMatchObject({ code: 'INVALID_ID', argumentName: 'around' });
  });

  it('links nothing to an id that names no row, and draws no network around it', async () => {
    const nobody = toGlobalId('Person', 99999);
    const { data, errors } = await registry.query(connections, { from: nobody, to: nobody });
    expect(errors).toBeUndefined();
    expect(data.connections).toEqual([]);
    expect((await registry.query(network, { around: nobody })).data).toEqual({ network: null });
  });

  it('draws NOC RK with exactly its direct neighbours at depth 1, each fact tying it to one of them', async () => {
    const { data, errors } = await registry.query(network, { around: id['noc-kazakhstan'], depth: 1 });
    expect(errors).toBeUndefined();
    const handles = data.network.vertices.map((v: any) => v.handle);
    expect(handles[0]).toBe('noc-kazakhstan');
    expect(new Set(handles).size).toBe(handles.length);
    expect([...handles].sort()).toEqual([
      // posts, affiliations (member of ANOC and OCA, recognised by the IOC), agreements (QOC; ANOC and Olympic Solidarity),
      // the Astana meeting (attendees and the organisations they came for) and the forum it hosts (OCA, Olympic Solidarity)
      'alimzhan-akayev', 'anoc', 'gennady-golovkin', 'husain-al-musallam', 'ioc', 'joaan-bin-hamad-al-thani',
      'kazakhstan-ministry-tourism-sports', 'kazakhstan-swimming-federation', 'noc-kazakhstan', 'noc-qatar', 'nurlan-jakupov',
      'oca', 'olympic-solidarity', 'yerbol-myrzabosynov',
    ]);
    const edges = data.network.edges;
    const spelledEdges = edges.map((e: any) => `${e.kind}:${e.fact.handle ?? e.fact.role ?? e.fact.kind}:${e.to}`);
    expect(new Set(spelledEdges).size).toBe(edges.length);
    // 2 posts + 3 affiliations + 3 agreement partners + 9 others at the Astana meeting + 2 co-organisers of the forum.
    expect(edges.map((e: any) => e.kind)).toEqual([
      ...Array(2).fill('POST'), ...Array(3).fill('AFFILIATION'), ...Array(3).fill('AGREEMENT'), ...Array(11).fill('SHARED_EVENT'),
    ]);
    for (const edge of edges) {
      expect(edge.from).toBe(id['noc-kazakhstan']);
      expect(linkedBy(edge.fact).has(edge.to)).toBe(true);
    }
    expect(data.network.truncated).toBe(false);
  });

  it('draws a superset at depth 2, reaching World Aquatics through its president and its agreement', async () => {
    const one = (await registry.query(network, { around: id['noc-kazakhstan'], depth: 1 })).data.network;
    const { data, errors } = await registry.query(network, { around: id['noc-kazakhstan'], depth: 2 });
    expect(errors).toBeUndefined();
    const ids = data.network.vertices.map((v: any) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(one.vertices.map((v: any) => v.id)));
    expect(ids).toContain(id['world-aquatics']);
    expect(ids).toContain(id['kazakhstan-aquatics-federation']);
    expect(ids).not.toContain(id['asia-aquatics']); // three hops away
    const key = (e: any) => [e.kind, e.fact.__typename, JSON.stringify(e.fact), [e.from, e.to].sort().join()].join('|');
    expect(data.network.edges.map(key)).toEqual(expect.arrayContaining(one.edges.map(key)));
    expect(new Set(data.network.edges.map(key)).size).toBe(data.network.edges.length);
    expect(data.network.edges.length).toBeGreaterThan(one.edges.length);
  });

  it('refuses a depth outside 1 to 3', async () => {
    const { errors } = await registry.query(network, { around: id['noc-kazakhstan'], depth: 4 });
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'depth' });
    expect(errors?.[0].message).toBe('`depth` must be a whole number from 1 to 3; got 4.');
  });
});

describe('graph queries stay batched', () => {
  let registry: Registry;
  const host: Record<number, string> = {};
  const target: Record<number, string> = {};
  let isolated: string;

  beforeAll(async () => {
    registry = await seededRegistry();
    const db = registry.db;
    const source = db.insert(t.sources).values({ handle: 'bulk', kind: SourceKind.REFERENCE, title: 'Bulk', lang: 'en' }).returning().get();
    // Two meetings, of 5 and of 200 people; everyone but the first holds a post in the meeting's target organisation.
    for (const size of [5, 200]) {
      const event = db.insert(t.events).values({ handle: `bulk-meeting-${size}`, name: `Bulk ${size}`, kind: EventKind.MEETING, status: EventStatus.HELD }).returning().get();
      db.insert(t.citations).values({ sourceId: source.id, eventId: event.id, confidence: Confidence.HIGH, quote: `met ${size}` }).run();
      const org = db.insert(t.organizations).values({ handle: `bulk-target-${size}`, kind: OrganizationKind.OTHER, name: `Target ${size}` }).returning().get();
      target[size] = toGlobalId('Organization', org.id);
      for (let i = 0; i < size; i++) {
        const person = db.insert(t.people).values({ handle: `bulk-${size}-${i}`, name: `Person ${size}-${i}` }).returning().get();
        db.insert(t.participations).values({ eventId: event.id, personId: person.id }).run();
        if (i === 0) host[size] = toGlobalId('Person', person.id);
        else {
          const post = db.insert(t.posts).values({ personId: person.id, organizationId: org.id, role: Role.MEMBER }).returning().get();
          db.insert(t.citations).values({ sourceId: source.id, postId: post.id, confidence: Confidence.HIGH, quote: `post ${i}` }).run();
        }
      }
    }
    const lonely = db.insert(t.organizations).values({ handle: 'bulk-isolated', kind: OrganizationKind.OTHER, name: 'Isolated' }).returning().get();
    isolated = toGlobalId('Organization', lonely.id);
  });
  afterAll(() => registry.close());

  it('draws a network of 200 attendees with the same statements as one of 5', async () => {
    const small = await registry.query(network, { around: host[5], depth: 1 });
    const large = await registry.query(network, { around: host[200], depth: 1 });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(small.data.network.vertices).toHaveLength(5);
    expect(large.data.network.vertices).toHaveLength(200);
    expect(large.data.network.edges).toHaveLength(199);
    // The centre (1), one search step (1), the other people (1), the event row (1), then the event's
    // participants (1) and organizers (1): a page is one statement, rows included.
    expect(small.sqlStatements).toBe(6);
    expect(large.sqlStatements).toBe(small.sqlStatements);
  });

  it('keeps the cost flat at depth 2 too, where the large network is cut at 500 edges', async () => {
    const small = await registry.query(network, { around: host[5], depth: 2 });
    const large = await registry.query(network, { around: host[200], depth: 2 });
    expect(small.data.network.truncated).toBe(false);
    // 4 from the host, 6 among the other attendees, 4 posts in the target organisation.
    expect(small.data.network.edges).toHaveLength(14);
    expect(small.data.network.vertices).toHaveLength(6);
    expect(large.data.network.truncated).toBe(true);
    expect(large.data.network.edges).toHaveLength(500);
    const ids = new Set(large.data.network.vertices.map((v: any) => v.id));
    expect(large.data.network.edges.every((e: any) => ids.has(e.from) && ids.has(e.to))).toBe(true);
    expect(large.sqlStatements).toBe(small.sqlStatements);
  });

  it('finds 4 or 20 (the cap) of 199 shortest paths with the same statements', async () => {
    const small = await registry.query(connections, { from: host[5], to: target[5] });
    const large = await registry.query(connections, { from: host[200], to: target[200] });
    expect(small.errors).toBeUndefined();
    expect(small.data.connections).toHaveLength(4);
    expect(large.data.connections).toHaveLength(20);
    for (const path of small.data.connections) expectChain(path, host[5], target[5]);
    // 200 participants do not fit on one page of `participants`: check the meeting hop in the database instead.
    const attendees = new Set(registry.db.select().from(t.participations).all().map((p) => toGlobalId('Person', p.personId!)));
    for (const path of large.data.connections) {
      expect(path.length).toBe(2);
      const [meeting, post] = path.hops;
      expect([meeting.from.id, meeting.kind, meeting.fact.handle, attendees.has(meeting.to.id)]).toEqual([host[200], 'SHARED_EVENT', 'bulk-meeting-200', true]);
      expect([post.kind, post.fact.person.id, post.fact.organization.id]).toEqual(['POST', meeting.to.id, target[200]]);
    }
    expect(new Set(large.data.connections.map((p: any) => p.hops[0].to.id)).size).toBe(20);
    expect(large.sqlStatements).toBe(small.sqlStatements);
  });

  it('searches for an unreachable organisation in one statement per hop, stopping when nothing new is left', async () => {
    const { data, errors, sqlStatements } = await registry.query(connections, { from: host[200], to: isolated, maxHops: 4 });
    expect(errors).toBeUndefined();
    expect(data.connections).toEqual([]);
    // The two ends (a person and an organisation: 2), then 3 search steps (199 attendees, their organisation,
    // nothing new): the search stops before maxHops when its frontier is empty.
    expect(sqlStatements).toBe(5);
  });
});
