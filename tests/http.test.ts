import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startApp } from '../src/app.js';
import { startHttpLayer, type LogLine } from './support/http-layer.js';
interface TestServer {
  url: string;
  logs: LogLine[];
  /** Makes the readiness probe fail from now on. */
  makeUnready(): void;
  close(): Promise<void>;
}

/** The whole app on an in-memory database, with a logger whose lines the test can read. */
async function startTestServer({ production = false } = {}): Promise<TestServer> {
  const logs: LogLine[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line)) });
  const app = await startApp({ databasePath: ':memory:', port: 0, production, logger });
  return {
    url: new URL(app.url).origin,
    logs,
    makeUnready: () => app.db.$client.close(), // the readiness check then throws: 503
    close: () => app.close(),
  };
}

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const postJson = (url: string, body: string) =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

/** The JSON shapes this server answers with. */
interface Answer {
  status?: string;
  data?: unknown;
  errors?: { message: string; extensions: { code: string } }[];
}
const readJson = async (response: Response) => (await response.json()) as Answer;

/** Nothing a client receives may reveal code locations or internals. */
function expectNoInternals(text: string): void {
  expect(text).not.toMatch(/stacktrace|\bat .+:\d+:\d+|node_modules|\/work\/|\.ts\b|SELECT /i);
}

describe('the GraphQL endpoint', () => {
  let server: TestServer;
  beforeAll(async () => {
    // Apollo adds stack traces to errors unless NODE_ENV is production or test; test as deployed dev servers run.
    vi.stubEnv('NODE_ENV', 'development');
    server = await startTestServer();
    vi.unstubAllEnvs();
  });
  afterAll(() => server.close());

  it('answers a POSTed query and logs one line with its operation name', async () => {
    const response = await postJson(server.url, JSON.stringify({ query: 'query Probe { __typename }', operationName: 'Probe' }));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ data: { __typename: 'Query' } });
    await vi.waitFor(() => expect(server.logs.some((line) => line.operationName === 'Probe')).toBe(true));
    const line = server.logs.find((l) => l.operationName === 'Probe')!;
    expect(line).toMatchObject({ level: 30, method: 'POST', path: '/graphql', status: 200 });
    expect(line.durationMs).toEqual(expect.any(Number));
  });

  it('answers registry queries over HTTP with the statement count of the request', async () => {
    const query = '{ organization(handle: "noc-kazakhstan") { shortName posts(filter: { role: PRESIDENT }) { nodes { person { name } } } } }';
    const response = await postJson(server.url, JSON.stringify({ query }));
    expect(await response.json()).toEqual({
      data: { organization: { shortName: 'NOC RK', posts: { nodes: [{ person: { name: 'Gennady Golovkin' } }] } } },
      // cost: the query could return 42 objects (20 posts, each with a person) and returned 4
      extensions: { cost: { requested: 42, actual: 4, budget: 250_000 }, sqlStatements: 3 },
    });
  });

  it('answers a GET query and logs the operation name from the query string', async () => {
    const search = new URLSearchParams({ query: 'query ByGet { __typename }', operationName: 'ByGet' });
    const response = await fetch(`${server.url}/graphql?${search}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(await response.json()).toMatchObject({ data: { __typename: 'Query' } });
    await vi.waitFor(() => expect(server.logs.some((l) => l.operationName === 'ByGet' && l.method === 'GET')).toBe(true));
  });

  it('rejects malformed JSON with 400 BAD_REQUEST and no stack', async () => {
    const response = await postJson(server.url, '{"query": "{ __typename }"');
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(JSON.parse(text)).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'BAD_REQUEST' } }] });
    expectNoInternals(text);
  });

  it('rejects a body over 1 MB with 413', async () => {
    const response = await postJson(server.url, JSON.stringify({ query: `{ __typename } #${'x'.repeat(1024 * 1024)}` }));
    expect(response.status).toBe(413);
    expect((await readJson(response)).errors?.[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('rejects a chunked body over 1 MB, sent without a length, with 413', async () => {
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, body: text }));
      });
      req.on('error', reject);
      req.write(`{"query": "{ __typename }", "x": "`);
      for (let i = 0; i < 17; i++) req.write('x'.repeat(64 * 1024)); // 1.06 MB in all, in chunks
      req.end('"}');
    });
    expect(status).toBe(413);
    expect(JSON.parse(body).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a body nested more than 64 levels deep with 400 BAD_REQUEST, and takes a filter at its bounds', async () => {
    // 3,000 nested filters used to overflow graphql-js's variable check: INTERNAL_SERVER_ERROR.
    const deep = `${'{"or":['.repeat(3000)}{"kind":"OTHER"}${']}'.repeat(3000)}`; // too deep for JSON.stringify here
    const query = 'query ($f: OrganizationFilter) { organizations(filter: $f) { totalCount } }';
    const refused = await postJson(server.url, `{"query":${JSON.stringify(query)},"variables":{"f":${deep}}}`);
    expect(refused.status).toBe(400);
    expect(await readJson(refused)).toEqual({
      errors: [{ message: 'The request body nests arrays and objects 6003 deep; at most 64 levels are accepted.', extensions: { code: 'BAD_REQUEST' } }],
    });
    // The largest filter allowed (10 levels of 10 alternatives, every field set) nests 25 deep.
    const miss = { kind: 'OTHER', country: 'QAT', sport: 'aquatics', founded: { from: '1990', to: '2020' }, hasSource: true, minConfidence: 'HIGH' };
    let bounded: Record<string, unknown> = { kind: 'NATIONAL_OLYMPIC_COMMITTEE', country: 'KAZ' };
    for (let i = 0; i < 10; i++) bounded = { hasSource: true, or: [bounded, ...Array(9).fill(miss)] };
    const answered = await postJson(server.url, JSON.stringify({ query, variables: { f: bounded } }));
    expect(answered.status).toBe(200);
    expect(await readJson(answered)).toMatchObject({ data: { organizations: { totalCount: 1 } } });
  });

  it('reports a syntax error with a stable code and no stack: 400 as application/graphql-response+json, 200 as application/json', async () => {
    for (const [accept, status] of [['application/graphql-response+json', 400], ['application/json', 200]] as const) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept },
        body: JSON.stringify({ query: '{ __typename' }),
      });
      const text = await response.text();
      expect(response.status, accept).toBe(status);
      expect(response.headers.get('content-type')).toBe(`${accept}; charset=utf-8`);
      expect(JSON.parse(text).errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
      expectNoInternals(text);
    }
  });

  it('answers 404 JSON for unknown paths and 405 for other methods on /graphql', async () => {
    const missing = await fetch(`${server.url}/nowhere`);
    expect(missing.status).toBe(404);
    expect((await readJson(missing)).errors?.[0].extensions.code).toBe('NOT_FOUND');
    const put = await fetch(`${server.url}/graphql`, { method: 'PUT' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, POST, OPTIONS');
  });
});

describe('health probes', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(() => server.close());

  it('/healthz says ok and allows only GET and HEAD', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
    const post = await fetch(`${server.url}/healthz`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it('/readyz is 200 while ready and 503 once not', async () => {
    const before = await fetch(`${server.url}/readyz`);
    expect(before.status).toBe(200);
    const journal = JSON.parse(readFileSync(new URL('../schema/migrations/meta/_journal.json', import.meta.url), 'utf8'));
    expect(await readJson(before)).toEqual({ status: 'ready', migrationsApplied: journal.entries.length, migrationsPending: 0 });
    server.makeUnready();
    const after = await fetch(`${server.url}/readyz`);
    expect(after.status).toBe(503);
    expect((await readJson(after)).status).toBe('unavailable');
    // Liveness does not depend on the database: the process is up, so /healthz still says ok.
    const alive = await fetch(`${server.url}/healthz`);
    expect(alive.status).toBe(200);
    expect(await alive.json()).toEqual({ status: 'ok' });
  });

  it('/readyz is 503 without the error text when the check throws', async () => {
    const layer = await startHttpLayer({
      ready: () => {
        throw new Error('SQLITE_CANTOPEN at /work/secret/sportsgraph.db');
      },
    });
    try {
      const response = await fetch(`${layer.url}/readyz`);
      const text = await response.text();
      expect(response.status).toBe(503);
      expect(JSON.parse(text).status).toBe('unavailable');
      expect(text).not.toMatch(/SQLITE|secret/);
      expectNoInternals(text);
    } finally {
      await layer.close();
    }
  });
});

describe('the request log', () => {
  it('cuts what the client chose (operation name, path) to 100 characters, saying so', async () => {
    const layer = await startHttpLayer();
    try {
      const operationName = `Op${'x'.repeat(500_000)}`;
      const response = await postJson(layer.url, JSON.stringify({ query: '{ hello }', operationName }));
      expect(response.status).toBe(400); // no operation of that name: Apollo's own answer
      const path = `/${'p'.repeat(8000)}`;
      expect((await fetch(`${layer.url}${path}`)).status).toBe(404);
      await vi.waitFor(() => expect(layer.logs.filter((l) => l.msg === 'request')).toHaveLength(2));

      const [graphql, missing] = layer.lines.filter((line) => line.includes('"msg":"request"'));
      expect(graphql.length).toBeLessThan(1024);
      expect(JSON.parse(graphql).operationName).toBe(`${operationName.slice(0, 100)}…[cut, 500002 chars]`);
      expect(missing.length).toBeLessThan(1024);
      expect(JSON.parse(missing)).toMatchObject({ path: `${path.slice(0, 100)}…[cut, 8001 chars]`, status: 404 });
      // A short name is logged as sent.
      await postJson(layer.url, JSON.stringify({ query: 'query Short { hello }', operationName: 'Short' }));
      await vi.waitFor(() => expect(layer.logs.some((l) => l.operationName === 'Short')).toBe(true));
    } finally {
      await layer.close();
    }
  });
});

describe('the IDE', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(() => server.close());

  it('serves GraphiQL to a browser, referencing only local assets of the right types', async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/https?:|\*|unsafe/);

    const html = await response.text();
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(urls.length).toBeGreaterThanOrEqual(5);
    for (const url of urls) expect(url).toMatch(/^(\/ide\/assets\/|data:)/);

    const expectedTypes = { '.js': 'text/javascript', '.css': 'text/css' };
    for (const url of urls.filter((u) => u.startsWith('/'))) {
      const asset = await fetch(`${server.url}${url}`);
      expect(asset.status, url).toBe(200);
      const ext = url.slice(url.lastIndexOf('.')) as keyof typeof expectedTypes;
      expect(asset.headers.get('content-type'), url).toContain(expectedTypes[ext]);
      expect(asset.headers.get('x-content-type-options')).toBe('nosniff');
      // No remote fonts, stylesheets or scripts hidden inside the bundles.
      expect(await asset.text(), url).not.toMatch(/url\(\s*["']?(https?:)?\/\/|@import|sourceMappingURL/);
    }
  });
});

describe('without the IDE (production)', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer({ production: true })));
  afterAll(() => server.close());

  it('gives a browser GET of /graphql no IDE and does not serve the assets', async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
    expect(response.headers.get('content-type')).not.toMatch(/html/);
    expect(await response.text()).not.toMatch(/graphiql|<script/i);
    expect((await fetch(`${server.url}/ide/assets/graphiql.min.js`)).status).toBe(404);
  });
});
