import { getIntrospectionQuery, getNamedType, getNullableType, isCompositeType, isListType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../src/context.js';
import { queryLimits } from '../src/limits/limits.config.js';
import { LIST_SIZES } from '../src/limits/query-measure.js';
import { RequestBudget } from '../src/limits/request-budget.js';
import { subgraphSchema } from '../src/graphql-schema.js';
import { DEFAULT_QUERY } from '../src/http/ide.js';
import { seededRegistry, type Answer, type Registry } from './support/registry.js';

const defaults = queryLimits({});
let registry: Registry;
beforeAll(async () => {
  registry = await seededRegistry();
});
afterAll(() => registry.close());

/** A refusal names its code, runs no SQL and returns no data. */
function expectRefused(answer: Answer, code: string, mentions: RegExp) {
  expect(answer.errors).toHaveLength(1);
  expect(answer.errors![0].extensions?.code).toBe(code);
  expect(answer.errors![0].message).toMatch(mentions);
  expect(answer.data ?? null).toBeNull();
  expect(answer.sqlStatements).toBe(0);
}

/** organizations -> affiliations -> parent -> affiliates -> organization, `levels` times. */
function tieChain(levels: number): string {
  let inner = 'handle';
  for (let i = 0; i < levels; i++) inner = `affiliations(first: 5) { nodes { parent { affiliates(first: 5) { nodes { organization { ${inner} } } } } } }`;
  return `{ organizations(first: 20) { nodes { ${inner} } } }`;
}

describe('limits checked before a query runs', () => {
  it('refuses the 15-level tie chain as too deep, naming the limit and the depth found', async () => {
    expectRefused(await registry.query(tieChain(15)), 'QUERY_TOO_DEEP', /nests fields 13 deep; the limit is 12 \(QUERY_MAX_DEPTH\)/);
  });

  it('refuses 3,000 aliases as too large a query, and 31 aliases as too many', async () => {
    const many = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: countries(first: 1) { totalCount }`).join(' ')} }`;
    expectRefused(await registry.query(many(3000)), 'QUERY_TOO_LARGE', /more than 2000 tokens \(QUERY_MAX_TOKENS\)/);
    expectRefused(await registry.query(many(31)), 'QUERY_TOO_MANY_ALIASES', /more than 30 aliases/);
    expect((await registry.query(many(30))).errors).toBeUndefined();
  });

  it('refuses a field selected 500 times, also through fragments', async () => {
    const repeated = `{ organizations { ${'totalCount '.repeat(500)} } }`;
    expectRefused(await registry.query(repeated), 'QUERY_TOO_MANY_REPEATS', /`totalCount` is selected 21 times in one selection; the limit is 20/);
    // Each fragment spreads the next twice: 2^6 copies of `handle` from a query of a few lines.
    const bomb = `{ organizations { nodes { ...F0 } } }
      ${Array.from({ length: 6 }, (_, i) => `fragment F${i} on Organization { ...F${i + 1} ...F${i + 1} }`).join('\n')}
      fragment F6 on Organization { handle }`;
    expectRefused(await registry.query(bomb), 'QUERY_TOO_MANY_REPEATS', /`handle` is selected 21 times/);
  });

  it('refuses more directives than allowed', async () => {
    const query = `{ countries { totalCount ${Array.from({ length: 51 }, (_, i) => `t${i % 20}: totalCount @include(if: true)`).slice(0, 51).join(' ')} } }`;
    const answer = await registry.query(query);
    expect(answer.errors?.[0].extensions?.code).toMatch(/QUERY_TOO_MANY_(DIRECTIVES|ALIASES)/);
    const directives = `{ countries { ${Array.from({ length: 51 }, () => 'totalCount @include(if: true)').join(' ')} } }`;
    const refused = await seededRegistry({ seed: false, limits: { ...defaults, maxFieldRepeats: 100 } });
    try {
      expectRefused(await refused.query(directives), 'QUERY_TOO_MANY_DIRECTIVES', /more than 50 directives/);
    } finally {
      await refused.close();
    }
  });

  it('refuses a query whose lists multiply past the budget, counting each list by its first/last', async () => {
    // 100 organisations x 100 posts x 100 of each holder's posts: a million objects asked for in 130 bytes.
    const costly = `{ organizations(first: 100) { nodes { posts(first: 100) { nodes { person { posts(first: 100) { nodes { role } } } } } } } }`;
    expectRefused(await registry.query(costly), 'QUERY_TOO_COSTLY', /more than 250000 objects \(QUERY_MAX_COST\)/);
    // sources -> citations -> source, three levels: the audit's 203-byte query.
    const sources = `{ sources(first: 100) { nodes { citations(first: 100) { nodes { source { citations(first: 100) { nodes { source { text } } } } } } } } }`;
    expectRefused(await registry.query(sources), 'QUERY_TOO_COSTLY', /QUERY_MAX_COST/);
    // The same shape with small pages is served.
    const cheap = `{ organizations(first: 5) { nodes { posts(first: 5) { nodes { person { posts(first: 5) { nodes { role } } } } } } } }`;
    expect((await registry.query(cheap)).errors).toBeUndefined();
  });

  it('takes page sizes from variables when it measures', async () => {
    const query = `query ($n: Int) { organizations(first: $n) { nodes { posts(first: $n) { nodes { person { posts(first: $n) { nodes { role } } } } } } } }`;
    // The same text again: a measure that depends on variables is not remembered from one request to the next.
    expect((await registry.query(query, { n: 5 })).errors).toBeUndefined();
    expectRefused(await registry.query(query, { n: 100 }), 'QUERY_TOO_COSTLY', /QUERY_MAX_COST/);
    expect((await registry.query(query, { n: 5 })).errors).toBeUndefined();
    const nodes = `query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`;
    for (const count of [1, 40, 2]) {
      expect((await registry.query(nodes, { ids: Array(count).fill('T3JnYW5pemF0aW9uOjE') })).extensions?.cost.requested).toBe(count);
    }
  });

  it('measures a query sent again as it did the first time', async () => {
    const query = `{ organizations(first: 3) { nodes { handle country { name } } } }`;
    const costs = [];
    for (let i = 0; i < 3; i++) costs.push((await registry.query(query)).extensions?.cost.requested);
    expect(costs).toEqual([7, 7, 7]);
  });

  it('counts the work of graph searches even when nothing of them is selected', async () => {
    const { data } = await registry.query(`{ organization(handle: "noc-kazakhstan") { id } }`);
    const aliases = Array.from({ length: 30 }, (_, i) => `n${i}: network(around: "${data.organization.id}", depth: 3) { truncated }`);
    const answer = await registry.query(`{ ${aliases.join(' ')} }`, undefined);
    expect(answer.errors).toBeUndefined(); // 30 x 501 is within the budget
    const small = await seededRegistry({ limits: { ...defaults, maxCost: 5_000 } });
    try {
      expectRefused(await small.query(`{ ${aliases.join(' ')} }`), 'QUERY_TOO_COSTLY', /more than 5000 objects/);
    } finally {
      await small.close();
    }
  });

  it('refuses a subscription with a client error instead of failing inside', async () => {
    const answer = await registry.query(`subscription { organizations { totalCount } }`);
    expect(answer.errors?.[0].extensions?.code).toBe('OPERATION_NOT_SUPPORTED');
    expect(answer.errors?.[0].message).toBe('This API has no subscriptions; send a query or a mutation.');
  });

  it('serves the query the IDE opens with under the defaults', async () => {
    const answer = await registry.query(DEFAULT_QUERY);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.organizations.edges).toHaveLength(5);
  });

  it('serves the IDE introspection query under the defaults, and refuses introspection nested without end', async () => {
    const answer = await registry.query(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, schemaDescription: true }));
    expect(answer.errors).toBeUndefined();
    expect(answer.data.__schema.types.length).toBeGreaterThan(100);
    // graphql-js bounds introspection's nesting itself; the query limits do not count it.
    const nested = `{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }`;
    expect((await registry.query(nested)).errors?.[0].message).toBe('Maximum introspection depth exceeded');
  });
});

describe('the cost report', () => {
  it('says on every answer what the query could cost, what it cost and the budget', async () => {
    const answer = await registry.query(`{ organizations(first: 3) { totalCount nodes { handle country { iocCode } } } }`);
    expect(answer.errors).toBeUndefined();
    // requested: the connection, 3 organisations, 3 countries; actual: what came back
    const returned = 1 + answer.data.organizations.nodes.length + answer.data.organizations.nodes.filter((n: any) => n.country).length;
    expect(answer.extensions?.cost).toEqual({ requested: 7, actual: returned, budget: defaults.maxCost });
  });

  it('counts the README example as the README says: 1 + 100 + 100 x (1 + 100 + 100)', async () => {
    const answer = await registry.query(`{ organizations(first: 100) { nodes { posts(first: 100) { nodes { person { name } } } } } }`);
    expect(answer.extensions?.cost.requested).toBe(20_201);
  });

  it('is reported in production too', async () => {
    const production = await seededRegistry({ production: true });
    try {
      const answer = await production.query(`{ countries(first: 2) { nodes { iocCode } } }`);
      expect(answer.extensions?.cost).toEqual({ requested: 3, actual: 3, budget: defaults.maxCost });
      expect(answer.sqlStatements).toBeUndefined();
    } finally {
      await production.close();
    }
  });
});

describe('guards at run time', () => {
  it('stops a request that runs past its time budget, with data withheld', async () => {
    const budget = new RequestBudget({ ...defaults, timeBudgetMs: 1 });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const result = await registry.server.executeOperation(
      { query: `{ organizations { nodes { posts { nodes { person { name } } } } } }` },
      { contextValue: createContext(registry.db, { budget }) },
    );
    if (result.body.kind !== 'single') throw new Error('expected a single result');
    expect(result.http.status).toBe(400);
    expect(result.body.singleResult.data).toBeNull();
    expect(result.body.singleResult.errors).toEqual([
      { message: 'The request ran longer than its time budget of 1 ms (QUERY_TIME_BUDGET_MS) and was stopped; ask for less in one request.', extensions: { code: 'QUERY_TIMEOUT' } },
    ]);
  });

  it('stops a response larger than the size cap, large texts included', async () => {
    const small = await seededRegistry({ limits: { ...defaults, maxResponseBytes: 500 } });
    try {
      const many = await small.query(`{ organizations(first: 100) { nodes { handle name shortName } } }`);
      expect(many.errors?.[0].extensions?.code).toBe('RESPONSE_TOO_LARGE');
      expect(many.errors?.[0].message).toMatch(/larger than 500 bytes \(QUERY_MAX_RESPONSE_BYTES\)/);
      expect(many.data).toBeNull();
      const text = await small.query(`{ sources { nodes { text } } }`);
      expect(text.errors?.[0].extensions?.code).toBe('RESPONSE_TOO_LARGE');
      expect((await small.query(`{ sources(first: 1) { nodes { handle } } }`)).errors).toBeUndefined();
    } finally {
      await small.close();
    }
  });
});

describe('the cost model', () => {
  it('knows how many items every list of objects in the schema can hold', async () => {
    const schema = await subgraphSchema();
    const unsized: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      const isConnection = 'pageInfo' in type.getFields();
      for (const field of Object.values(type.getFields())) {
        const listOfObjects = isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type));
        const sized = (isConnection && ['edges', 'nodes'].includes(field.name)) || field.name === 'userErrors' || `${type.name}.${field.name}` in LIST_SIZES;
        if (listOfObjects && !sized) unsized.push(`${type.name}.${field.name}`);
      }
    }
    expect(unsized).toEqual([]);
  });
});

describe('limit settings', () => {
  it('come from the environment, and a bad value is refused naming the variable', () => {
    expect(queryLimits({ QUERY_MAX_DEPTH: '20' }).maxDepth).toBe(20);
    expect(() => queryLimits({ QUERY_MAX_COST: 'lots' })).toThrow('QUERY_MAX_COST must be a whole number of at least 1; got "lots".');
  });
});
