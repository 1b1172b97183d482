import { readdirSync, readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../src/app.js';
import { createLogger } from '../src/logger.js';
import { previewHtml } from '../src/modules/reconcile/reconcile.preview.js';
import { nameScore } from '../src/modules/reconcile/reconcile.score.js';

const SCHEMAS = new URL('./fixtures/reconciliation-0.2/', import.meta.url);

/** The API's own schemas (vendored unchanged), compiled with ajv. */
function specSchemas(): (name: string) => ValidateFunction {
  // The schemas declare draft "schema#" and refer to Swagger's security definitions for `authentication`, which this service does not use.
  const ajv = new Ajv({ validateSchema: false, strict: false, allErrors: true });
  ajv.addSchema({ $id: 'http://swagger.io/v2/schema.json', definitions: { securityDefinitions: { additionalProperties: { type: 'object' } } } });
  for (const file of readdirSync(SCHEMAS).filter((f) => f.endsWith('.json'))) {
    ajv.addSchema(JSON.parse(readFileSync(new URL(file, SCHEMAS), 'utf8')), file);
  }
  return (name) => ajv.getSchema(`${name}.json`)!;
}

interface Candidate { id: string; name: string; score: number; match: boolean; description?: string; type: { id: string }[] }
type ResultBatch = Record<string, { result: Candidate[] }>;

describe('the reconciliation service (/reconcile, API 0.2)', () => {
  let app: Awaited<ReturnType<typeof startApp>>;
  let origin: string;
  let schema: (name: string) => ValidateFunction;
  /** The answer to GET path, checked against the named schema of the spec. */
  const getValid = async <T>(path: string, schemaName: string): Promise<T> => {
    const response = await fetch(`${origin}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const body = await response.json();
    const validate = schema(schemaName);
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
    return body as T;
  };
  const queryString = (batch: unknown) => `/reconcile?queries=${encodeURIComponent(JSON.stringify(batch))}`;
  const reconcile = (batch: unknown) => {
    expect(schema('reconciliation-query-batch')(batch)).toBe(true); // the test sends only what the spec allows
    return getValid<ResultBatch>(queryString(batch), 'reconciliation-result-batch');
  };
  const handleOf = async (id: string) => {
    const response = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query($id: ID!) { node(id: $id) { ... on Organization { handle } ... on Person { handle } ... on Country { iocCode } } }', variables: { id } }),
    });
    const { data } = await response.json() as { data: { node: { handle?: string; iocCode?: string } } };
    return data.node.handle ?? data.node.iocCode;
  };

  beforeAll(async () => {
    schema = specSchemas();
    app = await startApp({ databasePath: ':memory:', port: 0, production: false, logger: createLogger({ level: 'silent' }) });
    origin = new URL(app.url).origin;
  });
  afterAll(() => app.close());

  it('answers GET /reconcile with a manifest the spec validates, offering the three types, preview, suggest and a view template', async () => {
    const manifest = await getValid<any>('/reconcile', 'manifest');
    expect(manifest.versions).toEqual(['0.2']);
    expect(manifest.defaultTypes.map((t: { id: string }) => t.id)).toEqual(['Organization', 'Person', 'Country']);
    expect(manifest.view.url).toBe(`${origin}/reconcile/preview?id={{id}}`);
    expect(manifest.identifierSpace).toBe(`${origin}/reconcile/preview?id=`);
    expect(Object.keys(manifest.suggest)).toEqual(['entity', 'type', 'property']);
    // The schemas do refuse: a manifest without its identifier space, a result without a score.
    const { identifierSpace, ...withoutSpace } = manifest;
    expect(schema('manifest')(withoutSpace)).toBe(false);
    expect(schema('reconciliation-result-batch')({ q0: { result: [{ id: 'x', name: 'x' }] } })).toBe(false);
  });

  it('finds the same organisation by its Arabic name from the seed article, its English name and its acronym', async () => {
    const batch = await reconcile({
      arabic: { query: 'اللجنة الأولمبية الوطنية في كازاخستان' },
      // Written without the article and with a plain alef, as a spreadsheet might have it.
      arabicVariant: { query: 'لجنة اولمبية وطنية كازاخستان', type: 'Organization' },
      english: { query: 'National Olympic Committee of the Republic of Kazakhstan', type: 'Organization' },
      acronym: { query: 'NOC RK', type: ['Organization'] },
    });
    for (const key of ['arabic', 'arabicVariant', 'english', 'acronym']) {
      expect(await handleOf(batch[key]!.result[0]!.id), key).toBe('noc-kazakhstan');
    }
    expect(batch.arabic!.result[0]).toMatchObject({ score: 100, match: true, name: 'National Olympic Committee of the Republic of Kazakhstan' });
    expect(batch.english!.result[0]).toMatchObject({ score: 100, match: true, type: [{ id: 'Organization' }] });
    // Not the name as stored (no article, one word fewer): found, but not a certain match.
    expect(batch.arabicVariant!.result[0]!.match).toBe(false);
    expect(batch.arabicVariant!.result[0]!.score).toBeLessThan(100);
  });

  it('finds a person by a Kazakh Cyrillic spelling, a Russian one and a Latin one', async () => {
    const batch = await reconcile({
      kazakh: { query: 'Әлімжан Ақаев', type: 'Person' },
      russian: { query: 'Алимжан Акаев', type: 'Person' },
      latin: { query: 'Alimzhan Akayev', type: 'Person' },
      golovkin: { query: 'Головкин', type: 'Person' },
    });
    for (const key of ['kazakh', 'russian', 'latin']) {
      expect(batch[key]!.result, key).toHaveLength(1);
      expect(await handleOf(batch[key]!.result[0]!.id), key).toBe('alimzhan-akayev');
      expect(batch[key]!.result[0]).toMatchObject({ score: 100, match: true, description: 'person, Kazakhstan' });
    }
    // One word of two: the right person, scored as a partial name.
    expect(await handleOf(batch.golovkin!.result[0]!.id)).toBe('gennady-golovkin');
    expect(batch.golovkin!.result[0]).toMatchObject({ score: 67, match: false });
  });

  it('finds a country by its Kazakh name and keeps a type restriction', async () => {
    const batch = await reconcile({
      country: { query: 'Қазақстан', type: 'Country' },
      anyType: { query: 'Kazakhstan', limit: 20 },
      organizationsOnly: { query: 'Kazakhstan', type: 'Organization', limit: 20 },
    });
    expect(await handleOf(batch.country!.result[0]!.id)).toBe('KAZ');
    expect(batch.country!.result[0]).toMatchObject({ match: true, type: [{ id: 'Country' }], description: 'IOC KAZ, ISO KZ' });
    const types = (key: string) => new Set(batch[key]!.result.flatMap((c) => c.type.map((t) => t.id)));
    expect(types('anyType')).toEqual(new Set(['Country', 'Organization']));
    expect(types('organizationsOnly')).toEqual(new Set(['Organization']));
    expect(batch.organizationsOnly!.result.length).toBe(batch.anyType!.result.length - 1);
  });

  it('narrows candidates by country (IOC or ISO code) and organisation kind, and honours the limit', async () => {
    const batch = await reconcile({
      all: { query: 'Olympic Committee', type: 'Organization' },
      qatar: { query: 'Olympic Committee', type: 'Organization', properties: [{ pid: 'country', v: 'QAT' }] },
      qatarIso: { query: 'Olympic Committee', type: 'Organization', properties: [{ pid: 'country', v: 'QA' }] },
      nocs: { query: 'Olympic Committee', properties: [{ pid: 'kind', v: 'national olympic committee' }] },
      both: { query: 'Olympic Committee', properties: [{ pid: 'kind', v: 'NATIONAL_OLYMPIC_COMMITTEE' }, { pid: 'country', v: 'KAZ' }] },
      nowhere: { query: 'Olympic Committee', properties: [{ pid: 'country', v: 'XYZ' }] },
      one: { query: 'Olympic Committee', type: 'Organization', limit: 1 },
    });
    const handles = async (key: string) => Promise.all(batch[key]!.result.map((c) => handleOf(c.id)));
    expect(await handles('all')).toEqual(expect.arrayContaining(['noc-kazakhstan', 'noc-qatar', 'ioc']));
    expect(await handles('qatar')).toEqual(['noc-qatar']);
    expect(await handles('qatarIso')).toEqual(['noc-qatar']);
    expect(new Set(await handles('nocs'))).toEqual(new Set(['noc-kazakhstan', 'noc-qatar']));
    expect(await handles('both')).toEqual(['noc-kazakhstan']);
    expect(batch.nowhere!.result).toEqual([]);
    expect(batch.one!.result).toHaveLength(1);
  });

  it('calls nothing a match when two candidates have the same name', async () => {
    // The seed gives both Olympic Solidarity and ANOC this Arabic name (the article's wording).
    const { shared } = await reconcile({ shared: { query: 'جمعية التضامن الأولمبي' } });
    expect(shared!.result.slice(0, 2).map((c) => c.score)).toEqual([100, 100]);
    expect(shared!.result.every((c) => !c.match)).toBe(true);
  });

  it('takes the batch POSTed as a form field, and GET with a JSONP callback', async () => {
    const batch = { q0: { query: 'Qatar Olympic Committee' } };
    const posted = await fetch(`${origin}/reconcile`, { method: 'POST', body: new URLSearchParams({ queries: JSON.stringify(batch) }) });
    expect(posted.status).toBe(200);
    const body = await posted.json() as ResultBatch;
    expect(schema('reconciliation-result-batch')(body)).toBe(true);
    expect(await handleOf(body.q0!.result[0]!.id)).toBe('noc-qatar');

    const jsonp = await fetch(`${origin}${queryString(batch)}&callback=gotResults`);
    expect(jsonp.headers.get('content-type')).toMatch(/^application\/javascript/);
    const script = await jsonp.text();
    let received: unknown;
    new Function('gotResults', script)((value: unknown) => (received = value));
    expect(received).toEqual(body);
  });

  it('refuses a malformed batch, a bad callback or a batch too large with a coded error and no internals', async () => {
    const cases: [string, RequestInit | undefined, number, RegExp][] = [
      ['/reconcile?queries=%7Bnot%20json', undefined, 400, /not valid JSON/],
      [queryString({ q0: { query: 'x', type: 'Sport' } }), undefined, 400, /`type` must be one of Organization, Person, Country/],
      [queryString({ q0: { query: 'x', properties: [{ pid: 'founded', v: '1990' }] } }), undefined, 400, /property `founded` is not one of country, kind/],
      [queryString({ q0: { query: 'x', limit: -1 } }), undefined, 400, /`limit` must be a whole number/],
      [`${queryString({ q0: { query: 'x' } })}&callback=alert(1)`, undefined, 400, /`callback` must be a JavaScript name/],
      [queryString(Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`q${i}`, { query: 'x' }]))), undefined, 413, /at most 100 queries/],
      ['/reconcile', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }, 415, /x-www-form-urlencoded/],
      ['/reconcile', { method: 'DELETE' }, 405, /Use GET or POST/],
    ];
    for (const [path, init, status, message] of cases) {
      const response = await fetch(`${origin}${path}`, init);
      const text = await response.text();
      expect(response.status, path).toBe(status);
      const { errors } = JSON.parse(text);
      expect(errors[0].message).toMatch(message);
      expect(errors[0].extensions.code).toMatch(/^(BAD_USER_INPUT|UNSUPPORTED_MEDIA_TYPE|METHOD_NOT_ALLOWED)$/);
      expect(text).not.toMatch(/\bat .+:\d+:\d+|node_modules|\/work\/|\.ts\b|SELECT /i);
    }
  });

  it('suggests entities by prefix in any script, and types and properties by prefix, as the spec validates', async () => {
    const latin = await getValid<{ result: { id: string; name: string; notable: { id: string }[] }[] }>('/reconcile/suggest/entity?prefix=Golov', 'suggest-entities-response');
    expect(latin.result.map((r) => r.name)).toEqual(['Gennady Golovkin']);
    expect(latin.result[0]!.notable).toEqual([{ id: 'Person', name: 'Person' }]);
    const cyrillic = await getValid<typeof latin>(`/reconcile/suggest/entity?prefix=${encodeURIComponent('Голов')}`, 'suggest-entities-response');
    expect(cyrillic.result.map((r) => r.id)).toEqual(latin.result.map((r) => r.id));
    const paged = await getValid<typeof latin>('/reconcile/suggest/entity?prefix=Kazakh&cursor=1', 'suggest-entities-response');
    const first = await getValid<typeof latin>('/reconcile/suggest/entity?prefix=Kazakh', 'suggest-entities-response');
    expect(paged.result[0]!.id).toBe(first.result[1]!.id);

    const types = await getValid<{ result: { id: string }[] }>('/reconcile/suggest/type?prefix=pe', 'suggest-types-response');
    expect(types.result.map((t) => t.id)).toEqual(['Person']);
    const properties = await getValid<{ result: { id: string }[] }>('/reconcile/suggest/property?prefix=co', 'suggest-properties-response');
    expect(properties.result.map((p) => p.id)).toEqual(['country']);
  });

  it('previews a candidate as a small HTML card that loads nothing and escapes what it shows', async () => {
    const { q0 } = await reconcile({ q0: { query: 'Alimzhan Akayev', type: 'Person' } });
    const response = await fetch(`${origin}/reconcile/preview?id=${encodeURIComponent(q0!.result[0]!.id)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    const html = await response.text();
    expect(html).toContain('<h1 dir="auto">Alimzhan Akayev</h1>');
    expect(html).toContain('<li lang="kk" dir="auto">Әлімжан Ақаев</li>');
    expect(html).not.toMatch(/<script|<link|<img|src=|https?:\/\//);

    // A name with markup in it is shown as text.
    const marked = await previewHtml(async () => ({
      node: { __typename: 'Person', name: '<script>alert("x")</script>', handle: 'a&b', names: { nodes: [{ value: '"><img src=x>', lang: 'en"' }] } },
    }) as never, 'any');
    expect(marked).toContain('<h1 dir="auto">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</h1>');
    expect(marked).toContain('<li lang="en&quot;" dir="auto">&quot;&gt;&lt;img src=x&gt;</li>');
    expect(marked).not.toMatch(/<script|<img/);
    const unknown = await fetch(`${origin}/reconcile/preview?id=nope`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ errors: [{ message: 'No organisation, person or country has this id.', extensions: { code: 'NOT_FOUND' } }] });
  });
});

describe('reconciliation scores', () => {
  it('are 100 for the same name folded, whatever the case, accents, Arabic letter forms or Kazakh letters', () => {
    expect(nameScore('qatar olympic committee', 'Qatar Olympic Committee')).toBe(100);
    expect(nameScore('Әлімжан Ақаев', 'Алимжан Акаев')).toBe(100);
    expect(nameScore('اللجنه الاولمبيه', 'اللجنة الأولمبية')).toBe(100);
    expect(nameScore('Gennadiy Golovkin', 'Геннадий Головкин')).toBe(100);
  });

  it('fall with missing, extra and partial words, and are 0 for a different name', () => {
    expect(nameScore('Golovkin', 'Gennady Golovkin')).toBe(67);
    expect(nameScore('Gennady Golovkin Junior', 'Gennady Golovkin')).toBe(80);
    expect(nameScore('Golov', 'Golovkin')).toBe(Math.round(100 * 5 / 8));
    expect(nameScore('Qatar', 'Kazakhstan')).toBe(0);
  });
});
