/**
 * A rule that holds for every mergeable entity (every table with merged_into_id), checked by walking
 * them all: a merged-away record lives on only as a redirect. It is in no list and no count, and
 * every way of naming it (node, network, connections) leads to the survivor.
 */
import { getTableName } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/shared/global-id.js';
import { nodeTables, type NodeTypeName } from '../src/shared/node-registry.js';
import { withKeys } from './support/keys.js';
import { seededRegistry, type Registry } from './support/registry.js';

let registry: Registry;
let as: ReturnType<typeof withKeys>;
beforeAll(async () => {
  registry = await seededRegistry();
  as = withKeys(registry);
});
afterAll(() => registry.close());

/** How each mergeable type is merged, listed and counted in the API. */
const api: Partial<Record<NodeTypeName, { merge: string; list: string; counts: string }>> = {
  Organization: { merge: 'mergeOrganizations', list: 'organizations', counts: 'ORGANIZATIONS' },
  Person: { merge: 'mergePeople', list: 'people', counts: 'PEOPLE' },
};
const mergeable = (Object.keys(nodeTables) as NodeTypeName[]).filter((type) => 'mergedIntoId' in nodeTables[type]);

describe('a merged-away record', () => {
  it('covers every mergeable type', () => {
    expect(mergeable.sort()).toEqual(Object.keys(api).sort());
  });

  it.each(mergeable)('%s: is in no list or count, and its id leads to the survivor everywhere', async (type) => {
    const { merge, list, counts } = api[type]!;
    // Two records that each take part in the graph, so network(around:) has something to show.
    const [survivor, merged] = registry.db.$client
      .prepare(`SELECT id FROM "${getTableName(nodeTables[type])}" WHERE merged_into_id IS NULL ORDER BY id LIMIT 2`).all() as { id: number }[];
    const [survivorId, mergedId] = [toGlobalId(type, survivor!.id), toGlobalId(type, merged!.id)];
    const answer = await as.admin(`mutation ($input: ${merge[0]!.toUpperCase()}${merge.slice(1)}Input!) { ${merge}(input: $input) { userErrors { message } } }`, { input: { survivorId, mergedId } });
    expect(answer.errors ?? answer.data[merge].userErrors).toEqual([]);

    const { data } = await as.anonymous(`query ($merged: ID!) {
      list: ${list}(first: 100) { totalCount nodes { id } }
      counts(of: ${counts}, by: COUNTRY) { count }
      node(id: $merged) { id }
      network(around: $merged) { vertices { ... on Organization { id } ... on Person { id } } }
    }`, { merged: mergedId });
    expect(data.list.nodes.map((n: { id: string }) => n.id)).not.toContain(mergedId);
    expect(data.counts.reduce((sum: number, bucket: { count: number }) => sum + bucket.count, 0)).toBe(data.list.totalCount);
    expect(data.node.id).toBe(survivorId);
    expect(data.network.vertices[0].id).toBe(survivorId);
  });
});
