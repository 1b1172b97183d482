/** One date for a whole answer: `query @asOf(date:)` on the seeded registry. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRegistry, type Registry } from './support/registry.js';

let registry: Registry;
beforeAll(async () => {
  registry = await seededRegistry();
});
afterAll(() => registry.close());

async function ask(query: string, variables?: Record<string, unknown>) {
  const answer = await registry.query(query, variables);
  expect(answer.errors).toBeUndefined();
  return answer;
}

async function idOf(kind: 'organization' | 'person', handle: string): Promise<string> {
  const { data } = await ask(`{ ${kind}(handle: "${handle}") { id } }`);
  return data[kind].id;
}

describe('the graph at a date', () => {
  const network = `network(around: $around) { edges { kind fact { __typename ... on Dated { inEffect } ... on Event { startDate } } } }`;

  it('links only the facts that may have held then, and the events begun by then', async () => {
    const around = await idOf('organization', 'world-aquatics');
    const today = await ask(`query ($around: ID!) { ${network} }`, { around });
    const then = await ask(`query ($around: ID!) @asOf(date: "2021-07") { ${network} }`, { around });
    const kinds = (answer: typeof today) => new Set(answer.data.network.edges.map((e: { kind: string }) => e.kind));
    // The aquatics agreement was first discussed in 2025.
    expect(kinds(today)).toContain('AGREEMENT');
    expect(kinds(then)).not.toContain('AGREEMENT');
    expect(kinds(then)).toContain('POST'); // Husain Al-Musallam, president since 2021-06-05
    for (const { fact } of then.data.network.edges) expect(fact.inEffect ?? 'an event', JSON.stringify(fact)).not.toBe('NO');
    const own = await ask(`query ($around: ID!) { network(around: $around, asOf: "2021-07") { edges { kind fact { __typename ... on Dated { inEffect(at: "2021-07") } } } } }`, { around });
    expect(own.data).toEqual(then.data);
  });

  it('finds no chain from Gennady Golovkin to World Aquatics before the Astana meeting, and the chains through it after', async () => {
    const [from, to] = [await idOf('person', 'gennady-golovkin'), await idOf('organization', 'world-aquatics')];
    const chains = `query ($from: ID!, $to: ID!, $at: PartialDate) @asOf(date: $at) { connections(from: $from, to: $to) { length hops { kind } } }`;
    const before = await ask(chains, { from, to, at: '2021-07' });
    expect(before.data.connections).toEqual([]);
    const after = await ask(chains, { from, to, at: '2025-06' });
    expect(after.data.connections.length).toBeGreaterThan(0);
    expect(after.data.connections[0].hops[0].kind).toBe('SHARED_EVENT');
    const now = await ask(chains, { from, to, at: null });
    expect(now.data.connections.length).toBeGreaterThanOrEqual(after.data.connections.length);
  });
});
