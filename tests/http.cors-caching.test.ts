import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey } from '../src/auth/keys.js';
import { cacheMaxAge, corsOrigins } from '../src/config.js';
import { ApiRole } from '../src/db/enums.js';
import { fetchJson, startTestApp, type TestApp } from './support/app-server.js';

const PAGE = 'https://app.example.org';
const preflight = (url: string, origin: string) =>
  fetchJson(`${url}/graphql`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
  });
const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetchJson(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
const get = (url: string, query: string, headers: Record<string, string> = {}) =>
  fetchJson(`${url}/graphql?${new URLSearchParams({ query })}`, { headers });

describe('CORS with the default CORS_ORIGINS (*)', () => {
  let server: TestApp;
  beforeAll(async () => (server = await startTestApp()));
  afterAll(() => server.close());

  it('answers the preflight of OPTIONS /graphql with 204, the methods, headers and lifetime, and no credentials', async () => {
    const response = await preflight(server.url, PAGE);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
    const allowed = response.headers.get('access-control-allow-headers')!.split(', ');
    expect(allowed).toEqual(expect.arrayContaining(['content-type', 'authorization', 'accept-language', 'x-request-id', 'if-none-match']));
    expect(Number(response.headers.get('access-control-max-age'))).toBeGreaterThan(0);
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(await response.text()).toBe('');
  });

  it('lets any page read answers, errors included, and their request id and ETag', async () => {
    for (const response of [await post(server.url, { query: '{ __typename }' }, { origin: PAGE }), await get(server.url, '{ nope }', { origin: 'http://elsewhere.test' })]) {
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(response.headers.get('access-control-expose-headers')).toBe('etag, x-request-id');
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    }
  });
});

describe('CORS with a list of origins', () => {
  let server: TestApp;
  beforeAll(async () => (server = await startTestApp({ env: { CORS_ORIGINS: `${PAGE}, http://localhost:5173` } })));
  afterAll(() => server.close());

  it('reflects a listed origin, with Vary: Origin and no credentials', async () => {
    const response = await post(server.url, { query: '{ __typename }' }, { origin: 'http://localhost:5173' });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(response.headers.get('vary')).toMatch(/\bOrigin\b/);
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    const pre = await preflight(server.url, PAGE);
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe(PAGE);
    expect(pre.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
  });

  it('gives any other origin nothing to read: no Access-Control headers on the preflight or the answer', async () => {
    const pre = await preflight(server.url, 'https://evil.example');
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    expect(pre.headers.get('access-control-allow-methods')).toBeNull();
    const response = await post(server.url, { query: '{ __typename }' }, { origin: 'https://evil.example' });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('vary')).toMatch(/\bOrigin\b/);
  });
});

describe('CORS_ORIGINS and CACHE_MAX_AGE', () => {
  it('take *, a list of origins, or a number of seconds, and name themselves when wrong', () => {
    expect(corsOrigins({})).toBe('*');
    expect(corsOrigins({ CORS_ORIGINS: ' * ' })).toBe('*');
    expect(corsOrigins({ CORS_ORIGINS: 'https://a.example, http://localhost:3000' })).toEqual(['https://a.example', 'http://localhost:3000']);
    for (const bad of ['https://a.example/', 'https://a.example/app', 'a.example', '*, https://a.example', 'ftp://a.example']) {
      expect(() => corsOrigins({ CORS_ORIGINS: bad }), bad).toThrow(/^CORS_ORIGINS must be/);
    }
    expect(cacheMaxAge({})).toBe(60);
    expect(cacheMaxAge({ CACHE_MAX_AGE: '0' })).toBe(0);
    for (const bad of ['-1', '1.5', 'soon', '99999999999']) expect(() => cacheMaxAge({ CACHE_MAX_AGE: bad }), bad).toThrow(/^CACHE_MAX_AGE must be/);
  });
});

describe('caching answers', () => {
  let server: TestApp;
  let key: string;
  beforeAll(async () => {
    server = await startTestApp();
    key = createKey(server.app.db, 'cache test editor', ApiRole.EDITOR).key;
  });
  afterAll(() => server.close());

  it('lets any cache keep an anonymous query for CACHE_MAX_AGE (60 s), only the caller\'s own when it sends a key', async () => {
    const query = { query: '{ organization(handle: "noc-kazakhstan") { shortName } }' };
    const anonymous = await post(server.url, query);
    expect(anonymous.headers.get('cache-control')).toBe('max-age=60, public');
    expect(anonymous.headers.get('vary')).toBe('Accept, Accept-Language');
    const keyed = await post(server.url, query, { authorization: `Bearer ${key}` });
    expect(keyed.headers.get('cache-control')).toBe('max-age=60, private');
    expect((await keyed.json()).data).toEqual((await anonymous.json()).data);
  });

  it('never stores a mutation or an answer with errors', async () => {
    const { data } = await (await post(server.url, { query: '{ organization(handle: "noc-kazakhstan") { id } }' })).json();
    const mutation = await post(server.url, {
      query: 'mutation ($input: AddNameInput!) { addName(input: $input) { name { value } userErrors { code } } }',
      variables: { input: { ownerId: data.organization.id, value: 'Cache Test Alias', lang: 'en', kind: 'ALIAS' } },
    }, { authorization: `Bearer ${key}` });
    expect(await mutation.json()).toMatchObject({ data: { addName: { name: { value: 'Cache Test Alias' }, userErrors: [] } } });
    expect(mutation.headers.get('cache-control')).toBe('no-store');
    for (const failing of [await post(server.url, { query: '{ nope }' }), await post(server.url, { query: '{ organizations(filter: { country: "XYZ" }) { totalCount } }' }), await get(server.url, '{ nope }')]) {
      expect((await failing.json()).errors.length).toBeGreaterThan(0);
      expect(failing.headers.get('cache-control')).toBe('no-store');
      expect(failing.headers.get('etag')).toBeNull();
    }
  });

  it('gives a GET answer an ETag and answers 304 without a body to If-None-Match; POST answers have none', async () => {
    const query = '{ country(code: "GER") { name } }';
    const first = await get(server.url, query);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(await first.json()).toEqual({ data: { country: { name: 'Germany' } }, extensions: expect.any(Object) });

    const again = await get(server.url, query, { 'if-none-match': `"other", W/${etag}` });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toBe('max-age=60, public');

    // Another language is another answer: another tag, and the old one does not match it.
    const french = await get(server.url, query, { 'accept-language': 'fr', 'if-none-match': etag });
    expect(french.status).toBe(200);
    expect(french.headers.get('etag')).not.toBe(etag);
    expect((await french.json()).data.country.name).toBe('Allemagne');

    const posted = await post(server.url, { query });
    expect(posted.status).toBe(200);
    expect(posted.headers.get('etag')).toBeNull();
  });

  it('gives the answer a new ETag after a write changes it, and the old tag no longer matches', async () => {
    const query = '{ organization(handle: "noc-kazakhstan") { id names(first: 100) { nodes { value } } } }';
    const before = await get(server.url, query);
    const { data, errors } = await before.json();
    expect(errors).toBeUndefined();
    const etag = before.headers.get('etag')!;
    expect((await get(server.url, query, { 'if-none-match': etag })).status).toBe(304);
    const write = await post(server.url, {
      query: 'mutation ($input: AddNameInput!) { addName(input: $input) { userErrors { code } } }',
      variables: { input: { ownerId: data.organization.id, value: 'ETag Test Alias', lang: 'en', kind: 'ALIAS' } },
    }, { authorization: `Bearer ${key}` });
    expect(await write.json()).toEqual({ data: { addName: { userErrors: [] } }, extensions: expect.any(Object) });
    const after = await get(server.url, query, { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect((await after.json()).data.organization.names.nodes).toContainEqual({ value: 'ETag Test Alias' });
  });

  it('follows CACHE_MAX_AGE, and stores nothing at 0', async () => {
    for (const [maxAge, header] of [['5', 'max-age=5, public'], ['0', 'no-store']]) {
      const other = await startTestApp({ env: { CACHE_MAX_AGE: maxAge } });
      try {
        const response = await get(other.url, '{ __typename }');
        expect(response.headers.get('cache-control'), maxAge).toBe(header);
        expect(response.headers.get('etag') === null, maxAge).toBe(header === 'no-store');
      } finally {
        await other.close();
      }
    }
  });
});
