import { describe, expect, it } from 'vitest';
import { seededWithKeys } from './support/keys.js';

const { as } = await seededWithKeys();

const create = `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } userErrors { message } } }`;
const update = `mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { id } userErrors { message } } }`;
const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

const historyOf = `query ($id: ID!) { node(id: $id) { ... on Recorded { history {
  totalCount
  nodes { id at actor operation subjectType subjectId subject { id } before after revertOf { id } revertedBy { id } }
} } } }`;

describe('history', () => {
  it('shows a create and an update of an object with who, when, and the values before and after', async () => {
    const created = await as.editor(create, { input: { handle: 'history-test-federation', kind: 'NATIONAL_FEDERATION', name: 'History Test Federation' } });
    const id = created.data.createOrganization.organization.id;
    await as.editor(update, { input: { id, name: 'History Test Federation (renamed)', website: 'https://example.org' } });

    const { data, errors } = await as.anonymous(historyOf, { id });
    expect(errors).toBeUndefined();
    const { totalCount, nodes } = data.node.history;
    expect(totalCount).toBe(2);
    expect(nodes.map((c: any) => c.operation)).toEqual(['createOrganization', 'updateOrganization']);
    for (const change of nodes) {
      expect(change).toMatchObject({ actor: 'test editor', subjectType: 'Organization', subjectId: id, subject: { id }, revertOf: null, revertedBy: null });
      expect(Date.parse(change.at)).toBeGreaterThan(Date.now() - 60_000);
    }
    expect(nodes[0].before).toBeNull();
    expect(nodes[0].after).toMatchObject({ handle: 'history-test-federation', name: 'History Test Federation', website: null });
    expect(nodes[1].before).toMatchObject({ name: 'History Test Federation', website: null });
    expect(nodes[1].after).toMatchObject({ name: 'History Test Federation (renamed)', website: 'https://example.org' });
    // A change is a node too: its id fetches it again.
    const again = await as.anonymous(`query ($id: ID!) { node(id: $id) { ... on Change { operation } } }`, { id: nodes[1].id });
    expect(again.data.node).toEqual({ operation: 'updateOrganization' });
  });

  it('is on every writable type, and holds only the seed\'s insert for seeded objects nobody has changed', async () => {
    const { data } = await as.anonymous(`{ organization(handle: "noc-qatar") { history { totalCount nodes { actor operation before } } }
      source(handle: "astana-article") { history { totalCount } } }`);
    expect(data).toEqual({
      organization: { history: { totalCount: 1, nodes: [{ actor: 'seed', operation: 'db:seed', before: null }] } },
      source: { history: { totalCount: 1 } },
    });
    const { data: schema } = await as.anonymous(`{ __type(name: "Recorded") { possibleTypes { name } } }`);
    expect(schema.__type.possibleTypes.map((t: any) => t.name).sort()).toEqual([
      'Affiliation', 'Agreement', 'AgreementParty', 'Citation', 'Country', 'Event', 'EventOrganizer', 'Identifier', 'Name', 'Organization',
      'Participation', 'Person', 'Post', 'Source', 'Sport',
    ]);
  });

  it('feeds the changes since a moment, oldest first, and keeps the id of a deleted subject', async () => {
    const first = await as.editor(create, { input: { handle: 'feed-before', kind: 'OTHER', name: 'Before the mark' } });
    await pause();
    const mark = new Date().toISOString();
    await pause();
    const second = await as.editor(create, { input: { handle: 'feed-after', kind: 'OTHER', name: 'After the mark' } });
    const secondId = second.data.createOrganization.organization.id;
    await as.editor(update, { input: { id: secondId, shortName: 'ATM' } });
    await as.admin(`mutation ($id: ID!) { deleteOrganization(input: { id: $id }) { userErrors { message } } }`, { id: secondId });

    const feed = `query ($since: String) { changes(since: $since) { totalCount nodes { operation subjectId subject { id } after } } }`;
    const { data, errors } = await as.anonymous(feed, { since: mark });
    expect(errors).toBeUndefined();
    expect(data.changes.nodes.map((c: any) => c.operation)).toEqual(['createOrganization', 'updateOrganization', 'deleteOrganization']);
    expect(data.changes.nodes.every((c: any) => c.subjectId === secondId && c.subject === null)).toBe(true);
    expect(data.changes.nodes[2].after).toBeNull();

    const all = await as.anonymous(feed.replace('changes(since: $since)', 'changes(since: $since, last: 10)'), { since: '2000-01-01' });
    const everything = await as.anonymous(feed, {});
    expect(all.data.changes.totalCount).toBe(everything.data.changes.totalCount);
    expect(all.data.changes.nodes.map((c: any) => c.subjectId)).toContain(first.data.createOrganization.organization.id);

    const bad = await as.anonymous(feed, { since: 'last tuesday' });
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'since' } });
    expect(bad.errors?.[0].message).toContain('`2025-06-01T12:00:00Z`');
  });

  it('loads the history of many objects in a fixed number of statements', async () => {
    const { data: list } = await as.anonymous(`{ organizations(first: 12) { nodes { id } } }`);
    for (const [i, { id }] of list.organizations.nodes.entries()) await as.editor(update, { input: { id, description: `Batched ${i}` } });
    const query = `query ($n: Int) { organizations(first: $n) { nodes { history(last: 1) { totalCount nodes { actor subject { id } revertOf { id } } } } } }`;
    const two = await as.anonymous(query, { n: 2 });
    const twelve = await as.anonymous(query, { n: 12 });
    expect(twelve.errors).toBeUndefined();
    expect(twelve.data.organizations.nodes).toHaveLength(12);
    expect(twelve.data.organizations.nodes.every((o: any) => o.history.nodes[0].actor === 'test editor')).toBe(true);
    expect(two.sqlStatements).toBeGreaterThan(0);
    expect(twelve.sqlStatements).toBe(two.sqlStatements);
  });
});
