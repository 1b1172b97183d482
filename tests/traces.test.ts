import { afterEach, describe, expect, it } from 'vitest';
import { createContext } from '../src/context.js';
import { openDatabase } from '../src/db/client.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { createApolloServer } from '../src/server.js';
import { HeaderMap } from '@apollo/server';
import { TRACE_TOKEN_HEADER } from '../src/federation/traces.js';

const db = openDatabase(':memory:');
migrateDatabase(db);
const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(stops.splice(0).map((stop) => stop()));
});

/** Asks for a federated trace the way a gateway does, with the given extra headers. */
async function traced(gatewayTraceToken: string | undefined, headers: Record<string, string>): Promise<boolean> {
  const server = await createApolloServer({ production: true, gatewayTraceToken });
  await server.start();
  stops.push(() => server.stop());
  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: 'POST',
      headers: new HeaderMap(Object.entries({ 'content-type': 'application/json', 'apollo-federation-include-trace': 'ftv1', ...headers })),
      search: '',
      body: { query: '{ countries { totalCount } }' },
    },
    context: async () => createContext(db),
  });
  if (response.body.kind !== 'complete') throw new Error('expected a complete body');
  const body = JSON.parse(response.body.string);
  expect(body.data).toEqual({ countries: { totalCount: 0 } });
  return typeof body.extensions?.ftv1 === 'string';
}

describe('federated traces', () => {
  it('are never sent when no gateway token is configured', async () => {
    expect(await traced(undefined, {})).toBe(false);
    expect(await traced(undefined, { [TRACE_TOKEN_HEADER]: '' })).toBe(false);
  });

  it('are sent only to a request that carries the configured token', async () => {
    expect(await traced('s3cret-token', {})).toBe(false);
    expect(await traced('s3cret-token', { [TRACE_TOKEN_HEADER]: 'wrong-token!' })).toBe(false);
    expect(await traced('s3cret-token', { [TRACE_TOKEN_HEADER]: 's3cret-token' })).toBe(true);
  });
});
