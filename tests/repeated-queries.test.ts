/**
 * A query sent again is answered without Apollo's pipeline (src/repeated-queries.ts): the same
 * status, headers and bytes as Apollo's answer, for every README example and for the cases the
 * plugins treat apart (errors, @asOf, a key, languages, limits, variables that do not coerce, a
 * media type Apollo must negotiate), in development and in production.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey } from '../src/auth/keys.js';
import { ApiRole } from '../src/db/enums.js';
import { repeatedQueriesAnswered } from '../src/repeated-queries.js';
import { startTestApp, type TestApp } from './support/app-server.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const readmeQueries = [...readme.matchAll(/```graphql\n([\s\S]*?)```\s*```json\n/g)].map((m) => m[1]!);

interface Case {
  name: string;
  body: Record<string, unknown>;
  headers?: Record<string, string>;
  /** Whether the second request is answered without Apollo; either, for the README's (a query that passes input objects runs on graphql-js, through Apollo). */
  repeated?: boolean;
}

const LOOKUP = 'query Lookup($handle: String!) { organization(handle: $handle) { id handle name kind } }';
const cases = (key: string): Case[] => [
  ...readmeQueries.map((query, i) => ({ name: `README example ${i + 1}`, body: { query } })),
  { name: 'a lookup with variables', body: { query: LOOKUP, operationName: 'Lookup', variables: { handle: 'noc-kazakhstan' } }, repeated: true },
  { name: 'a lookup that finds nothing', body: { query: LOOKUP, variables: { handle: 'no-such-organisation' } }, repeated: true },
  { name: 'an answer with an error', body: { query: '{ node(id: "bm90LWFuLWlk") { id } organization(handle: "noc-kazakhstan") { handle } }' }, repeated: true },
  { name: 'a whole answer at a date', body: { query: 'query @asOf(date: "2019") { organization(handle: "noc-kazakhstan") { name names { nodes { value lang } } } }' }, repeated: true },
  { name: 'a caller with a key', body: { query: LOOKUP, variables: { handle: 'noc-kazakhstan' } }, headers: { authorization: `Bearer ${key}` }, repeated: true },
  { name: 'names in the reader\'s language', body: { query: '{ organization(handle: "noc-kazakhstan") { name names { nodes { value lang } } } }' }, headers: { 'accept-language': 'ru, ar;q=0.5' }, repeated: true },
  { name: 'Accept: application/json', body: { query: LOOKUP, variables: { handle: 'noc-kazakhstan' } }, headers: { accept: 'application/json' }, repeated: true },
  { name: 'variables that do not coerce', body: { query: LOOKUP, variables: { handle: 12 } }, repeated: false },
  { name: 'a list past the cost budget', body: { query: 'query Many($n: Int) { organizations(first: $n) { nodes { posts(first: 100) { nodes { person { posts(first: 100) { nodes { id } } } } } } } }', variables: { n: 100 } }, repeated: false },
  { name: 'a media type Apollo negotiates', body: { query: LOOKUP, variables: { handle: 'noc-kazakhstan' } }, headers: { accept: 'application/graphql-response+json' }, repeated: false },
  { name: 'a body with extensions', body: { query: LOOKUP, variables: { handle: 'noc-kazakhstan' }, extensions: {} }, repeated: false },
];

/** What a client sees of an answer, but for what differs between any two requests. */
async function seen(response: Response) {
  const headers = Object.fromEntries([...response.headers].filter(([name]) => !['x-request-id', 'date', 'keep-alive', 'connection'].includes(name)));
  return { status: response.status, headers, body: await response.text() };
}

describe.each([false, true])('a query sent again, production %s', (production) => {
  let server: TestApp;
  let key: string;
  beforeAll(async () => {
    server = await startTestApp({ production });
    key = createKey(server.app.db, 'repeat-test', ApiRole.EDITOR).key;
  });
  afterAll(() => server.close());

  it('is answered as Apollo answered it the first time, and without Apollo where it can be', async () => {
    for (const c of cases(key)) {
      const send = () => fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...c.headers },
        body: JSON.stringify(c.body),
      });
      const first = await seen(await send());
      // The cases meant to run say so with data, not only an error.
      if (c.repeated) expect({ case: c.name, data: JSON.parse(first.body).data !== null }).toEqual({ case: c.name, data: true });
      const before = repeatedQueriesAnswered();
      const again = await seen(await send());
      expect({ case: c.name, ...again }).toEqual({ case: c.name, ...first });
      if (c.repeated !== undefined) expect({ case: c.name, repeated: repeatedQueriesAnswered() - before }).toEqual({ case: c.name, repeated: c.repeated ? 1 : 0 });
    }
  });

  it('writes the same request log line both ways, with the operation name and the error codes', async () => {
    const body = JSON.stringify({ query: 'query Broken { node(id: "bm90LWFuLWlk") { id } }' });
    for (let i = 0; i < 2; i++) await (await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).text();
    const [first, again] = server.logs.filter((line) => line.msg === 'request' && line.path === '/graphql').slice(-2).map(({ operationName, errorCodes, status }) => ({ operationName, errorCodes, status }));
    expect(first).toMatchObject({ operationName: 'Broken', errorCodes: [expect.any(String)] });
    expect(again).toEqual(first);
  });
});
