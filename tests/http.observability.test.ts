import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_OPERATION_LABELS } from '../src/http/metrics.js';
import { fetchJson, startTestApp, type TestApp } from './support/app-server.js';
import { freePort, startServer, type ServerProcess } from './support/server-process.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetchJson(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

/** The value of one sample in Prometheus' text format, 0 when absent. */
function sample(metrics: string, name: string, labels = ''): number {
  const line = metrics.split('\n').find((l) => l.startsWith(`${name}${labels ? `{${labels}}` : ''} `));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

/** GET with a raw header value (fetch refuses bytes outside ASCII). */
function getWithRawHeader(url: string, name: string, value: string): Promise<{ status: number; requestId: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/healthz`, { headers: { [name]: Buffer.from(value, 'latin1').toString('latin1') } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode!, requestId: String(res.headers['x-request-id']) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('request ids', () => {
  let server: TestApp;
  beforeAll(async () => (server = await startTestApp()));
  afterAll(() => server.close());

  it("answers with the caller's x-request-id and logs the request line under it", async () => {
    const id = 'trace-4bf92f3577b34da6 span=00f067aa0ba902b7';
    const response = await post(server.url, { query: 'query Traced { __typename }' }, { 'x-request-id': id });
    expect(response.headers.get('x-request-id')).toBe(id);
    await vi.waitFor(() => expect(server.logs.find((l) => l.requestId === id)).toMatchObject({ msg: 'request', operationName: 'Traced', status: 200 }));
  });

  it('makes up a UUID when the caller sends none, or one that is too long or not printable', async () => {
    const none = await fetchJson(`${server.url}/healthz`);
    expect(none.headers.get('x-request-id')).toMatch(UUID);
    const long = await fetchJson(`${server.url}/healthz`, { headers: { 'x-request-id': 'x'.repeat(201) } });
    expect(long.headers.get('x-request-id')).toMatch(UUID);
    const fits = await fetchJson(`${server.url}/healthz`, { headers: { 'x-request-id': 'x'.repeat(200) } });
    expect(fits.headers.get('x-request-id')).toBe('x'.repeat(200));
    const accented = await getWithRawHeader(server.url, 'x-request-id', 'caf\u00e9');
    expect(accented.requestId).toMatch(UUID);
    // Two requests never share a made-up id.
    expect((await fetchJson(`${server.url}/healthz`)).headers.get('x-request-id')).not.toBe(none.headers.get('x-request-id'));
  });

  it("puts the request id on the request's unexpected-error lines too, compiled queries and filtered ones alike", async () => {
    const broken = await startTestApp();
    try {
      broken.app.db.$client.close(); // every read now fails inside better-sqlite3
      for (const [id, query] of [
        ['compiled-1', '{ organizations(first: 1) { nodes { name } } }'],
        ['filtered-1', '{ organizations(first: 1, filter: { kind: OTHER }) { totalCount } }'],
      ]) {
        const answer = await (await post(broken.url, { query }, { 'x-request-id': id })).json();
        expect(answer.errors[0].extensions.code, id).toBe('INTERNAL_SERVER_ERROR');
        await vi.waitFor(() => expect(broken.logs.filter((l) => l.requestId === id).map((l) => l.msg)).toEqual(['unexpected error while resolving a request', 'request']));
        expect(broken.logs.find((l) => l.requestId === id && l.level === 50)).toMatchObject({ err: { message: expect.stringMatching(/database connection is not open/) } });
      }
    } finally {
      await broken.close().catch(() => undefined); // the database is closed already
    }
  });
});

describe('/metrics', () => {
  let server: TestApp;
  beforeAll(async () => (server = await startTestApp()));
  afterAll(() => server.close());
  const scrape = async () => {
    const response = await fetchJson(`${server.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return response.text();
  };

  it('counts requests by operation and status, errors by code, and times them by route', async () => {
    const before = await scrape();
    await post(server.url, { query: 'query Probe { __typename }' });
    await post(server.url, { query: 'query Probe { __typename }' });
    await post(server.url, { query: '{ __typename }' });
    await post(server.url, { query: '{ __typename' }, { accept: 'application/graphql-response+json' });
    await post(server.url, { query: '{ organizations(filter: { country: "XYZ" }) { totalCount } }' });
    await fetchJson(`${server.url}/nowhere`);
    await fetchJson(`${server.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://app.example.org', 'access-control-request-method': 'POST' } });
    const after = await scrape();
    const grew = (name: string, labels = '') => sample(after, name, labels) - sample(before, name, labels);
    expect(grew('sportsgraph_graphql_requests_total', 'operation="Probe",status="200"')).toBe(2);
    expect(grew('sportsgraph_graphql_requests_total', 'operation="(anonymous)",status="200"')).toBe(2);
    expect(grew('sportsgraph_graphql_requests_total', 'operation="(none)",status="400"')).toBe(1);
    expect(grew('sportsgraph_errors_total', 'code="GRAPHQL_PARSE_FAILED"')).toBe(1);
    expect(grew('sportsgraph_errors_total', 'code="BAD_USER_INPUT"')).toBe(1);
    expect(grew('sportsgraph_errors_total', 'code="NOT_FOUND"')).toBe(1);
    expect(grew('sportsgraph_graphql_requests_total', 'operation="(none)",status="204"')).toBe(0); // a preflight is no GraphQL request
    expect(grew('sportsgraph_http_request_duration_seconds_count', 'route="/graphql"')).toBe(6);
    expect(grew('sportsgraph_http_request_duration_seconds_count', 'route="other"')).toBe(1);
    expect(sample(after, 'sportsgraph_http_request_duration_seconds_bucket', 'le="+Inf",route="/graphql"')).toBe(sample(after, 'sportsgraph_http_request_duration_seconds_count', 'route="/graphql"'));
    expect(after).toContain('sportsgraph_process_resident_memory_bytes');
  });

  it('counts the SQL statements requests run', async () => {
    const before = sample(await scrape(), 'sportsgraph_sql_statements_total');
    const answer = await (await post(server.url, { query: '{ organization(handle: "noc-kazakhstan") { shortName posts(filter: { role: PRESIDENT }) { nodes { person { name } } } } }' })).json();
    expect(answer.extensions.sqlStatements).toBe(3);
    expect(sample(await scrape(), 'sportsgraph_sql_statements_total') - before).toBe(3);
  });

  it(`labels at most ${MAX_OPERATION_LABELS} operation names, the rest as (other)`, async () => {
    for (let i = 0; i < MAX_OPERATION_LABELS + 20; i++) await post(server.url, { query: `query Many${i} { __typename }` });
    await post(server.url, { query: `query L${'o'.repeat(5000)}ng { __typename }` });
    const metrics = await scrape();
    const operations = new Set([...metrics.matchAll(/^sportsgraph_graphql_requests_total\{operation="([^"]*)"/gm)].map((m) => m[1]));
    expect(operations.size).toBeLessThanOrEqual(MAX_OPERATION_LABELS + 3); // the named ones, (anonymous), (none), (other)
    expect(sample(metrics, 'sportsgraph_graphql_requests_total', 'operation="(other)",status="200"')).toBeGreaterThanOrEqual(21);
    expect(metrics).not.toContain('ooooo');
  });
});

describe('a real server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sportsgraph-stdout-'));
  let server: ServerProcess;
  let origin: string;
  beforeAll(async () => {
    // Debug level: Apollo's own messages too. Queries costing 10 or more run on a worker thread.
    const env = { LOG_LEVEL: 'debug', NODE_ENV: 'development', HEAVY_QUERY_THREADS: '1', HEAVY_QUERY_COST: '10' };
    server = await startServer(join(dir, 'registry.db'), await freePort(), 60_000, env);
    origin = new URL(server.url).origin;
  }, 90_000);
  afterAll(async () => {
    await server?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('counts the statements a heavy query ran on its worker thread', async () => {
    const statements = async () => sample(await (await fetchJson(`${origin}/metrics`)).text(), 'sportsgraph_sql_statements_total');
    const before = await statements();
    const answer = await (await post(origin, { query: '{ organization(handle: "noc-kazakhstan") { posts(filter: { role: PRESIDENT }) { nodes { person { name } } } } }' })).json();
    expect(answer.extensions.cost.requested).toBeGreaterThanOrEqual(10);
    expect(answer.extensions.sqlStatements).toBeGreaterThan(0);
    expect((await statements()) - before).toBe(answer.extensions.sqlStatements);
  });

  it('writes JSON lines only to stdout, each request line with its request id, and keeps a huge operation name short', async () => {
    await post(origin, { query: 'query Fine { __typename }' }, { 'x-request-id': 'stdout-1' });
    await post(origin, { query: '{ __typename }', operationName: 'Missing' }, { 'x-request-id': 'stdout-2' });
    await post(origin, { query: `query O${'x'.repeat(300_000)} { __typename }` }, { 'x-request-id': 'stdout-3' });
    await fetchJson(`${origin}/graphql?query=%7B`, { headers: { 'x-request-id': 'stdout-4' } });
    await vi.waitFor(() => expect(server.output().stdout).toContain('stdout-4'));
    await server.kill();

    const { stdout, stderr } = server.output();
    const lines = stdout.split('\n').filter((line) => line !== '');
    expect(lines.length).toBeGreaterThan(5);
    const parsed = lines.map((line) => {
      expect(() => JSON.parse(line), line.slice(0, 200)).not.toThrow();
      expect(line.length, line.slice(0, 200)).toBeLessThan(2048);
      return JSON.parse(line) as Record<string, unknown>;
    });
    expect(stderr).toBe('');
    const requests = parsed.filter((l) => l.msg === 'request');
    expect(requests.every((l) => typeof l.requestId === 'string')).toBe(true);
    expect(requests.filter((l) => String(l.requestId).startsWith('stdout-')).map((l) => [l.requestId, l.status])).toEqual([
      ['stdout-1', 200], ['stdout-2', 400], ['stdout-3', 200], ['stdout-4', 200],
    ]);
    expect(requests.find((l) => l.requestId === 'stdout-2')).toMatchObject({ operationName: 'Missing', errorCodes: ['OPERATION_RESOLUTION_FAILURE'] });
    expect(requests.find((l) => l.requestId === 'stdout-3')!.operationName).toBe(`O${'x'.repeat(99)}…[cut, 300001 chars]`);
  });
});
