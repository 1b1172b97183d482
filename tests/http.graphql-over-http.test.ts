import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchJson, startTestApp, type TestApp } from './support/app-server.js';

describe('GraphQL over HTTP', () => {
  let server: TestApp;
  beforeAll(async () => (server = await startTestApp()));
  afterAll(() => server.close());

  it("passes every audit of graphql-http's suite: no MUST failure, no SHOULD warning, no notice", async () => {
    const results = await auditServer({ url: `${server.url}/graphql` });
    expect(results.length).toBeGreaterThan(50);
    const notOk = results.filter((result) => result.status !== 'ok').map((result) => `${result.status} ${result.id} ${result.name}`);
    expect(notOk).toEqual([]);
  });

  it('answers a GET query that carries no header at all', async () => {
    const search = new URLSearchParams({ query: '{ organization(handle: "noc-kazakhstan") { shortName } }' });
    const response = await fetchJson(`${server.url}/graphql?${search}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ data: { organization: { shortName: 'NOC RK' } } });
  });

  it('refuses a mutation over GET with 405, allowing POST', async () => {
    const search = new URLSearchParams({ query: 'mutation { addName(input: { ownerId: "x", value: "y", lang: "en", kind: ALIAS }) { name { value } } }' });
    const response = await fetchJson(`${server.url}/graphql?${search}`);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses what a cross-site HTML form can send (a text/plain POST) with 400', async () => {
    const response = await fetchJson(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('answers variables that do not fit with BAD_USER_INPUT: 200 as application/json, 400 as application/graphql-response+json', async () => {
    const body = JSON.stringify({ query: 'query ($h: String!) { organization(handle: $h) { id } }', variables: { h: 7 } });
    for (const [accept, status] of [['application/json', 200], ['application/graphql-response+json', 400]] as const) {
      const response = await fetchJson(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body });
      expect(response.status, accept).toBe(status);
      const answer = await response.json();
      expect(answer.data).toBeUndefined();
      expect(answer.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('answers a query past a limit with 400 under either media type', async () => {
    const deep = `{ organizations(first: 1) { nodes { ${'affiliations(first: 1) { nodes { parent { '.repeat(5)}id${' } } }'.repeat(5)} } } }`;
    for (const accept of ['application/json', 'application/graphql-response+json']) {
      const response = await fetchJson(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body: JSON.stringify({ query: deep }) });
      expect(response.status, accept).toBe(400);
      expect((await response.json()).errors[0].extensions.code).toBe('QUERY_TOO_DEEP');
    }
  });

  it('answers an operationName the document does not have with 400 OPERATION_RESOLUTION_FAILURE, not a masked 500', async () => {
    // The compiled-query and heavy-query plugins used to read the missing operation and throw.
    const response = await fetchJson(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query Real { __typename }', operationName: 'Missing' }),
    });
    expect(response.status).toBe(400);
    expect((await response.json()).errors).toEqual([{ message: 'Unknown operation named "Missing".', extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } }]);
  });
});
