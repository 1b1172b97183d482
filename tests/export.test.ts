import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { count, eq, isNull } from 'drizzle-orm';
import { Validator } from 'jsonschema';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../seeds/load.js';
import { startApp, type App } from '../src/app.js';
import { openDatabase, type Db } from '../src/db/client.js';
import { migrateDatabase } from '../src/db/migrate.js';
import * as t from '../src/db/schema.js';
import { exportCsvFolder, exportToStream, openExportReader, type ExportFormat } from '../src/export/export.js';
import { popoloFields } from '../src/export/export.popolo.js';
import { recordKinds } from '../src/export/export.records.js';
import { ExportFilterError, type ExportFilter } from '../src/export/export.scope.js';
import { runCli } from './support/cli.js';

const directory = mkdtempSync(join(tmpdir(), 'sportsgraph-export-'));
const databasePath = join(directory, 'export.db');
let db: Db;
let reader: Db;

/** One export, collected as text. */
async function exported(format: Exclude<ExportFormat, 'csv'>, filter: ExportFilter = {}): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await exportToStream(reader, { format, filter }, out);
  return Buffer.concat(chunks).toString('utf8');
}
const ndjson = async (filter: ExportFilter = {}) => (await exported('ndjson', filter)).trimEnd().split('\n').map((line) => JSON.parse(line));
const ofType = (records: any[], type: string) => records.filter((record) => record.type === type);

beforeAll(() => {
  db = openDatabase(databasePath);
  migrateDatabase(db);
  seedDatabase(db);
  // A duplicate merged into the NOC RK: an export must leave it out, as the API does.
  const survivor = db.select().from(t.organizations).where(eq(t.organizations.handle, 'noc-kazakhstan')).get()!;
  db.insert(t.organizations).values({ handle: 'noc-rk-duplicate', kind: survivor.kind, name: 'NOC RK (duplicate)', mergedIntoId: survivor.id }).run();
  reader = openExportReader(databasePath);
});

afterAll(() => {
  reader.$client.close();
  db.$client.close();
  rmSync(directory, { recursive: true, force: true });
});

describe('Popolo JSON', () => {
  /** The Popolo project's own schemas (tests/fixtures/popolo, draft-03), each registered under its id so their $refs resolve. */
  const validator = new Validator();
  const schemaDir = join(import.meta.dirname, 'fixtures', 'popolo');
  const schemas = Object.fromEntries(readdirSync(schemaDir).filter((f) => f.endsWith('.json')).map((f) => {
    const schema = JSON.parse(readFileSync(join(schemaDir, f), 'utf8'));
    validator.addSchema(schema, schema.id);
    return [f.replace('.json', ''), schema];
  }));
  const collections = { areas: 'area', organizations: 'organization', persons: 'person', events: 'event', posts: 'post', memberships: 'membership' } as const;

  it('validates against the Popolo JSON Schemas, every object of every collection', async () => {
    const document = JSON.parse(await exported('popolo'));
    for (const [collection, schema] of Object.entries(collections)) {
      expect(document[collection].length, collection).toBeGreaterThan(0);
      for (const object of document[collection]) {
        const { errors } = validator.validate(object, schemas[schema]);
        expect(errors.map((e) => `${collection} ${object.id}: ${e.stack}`)).toEqual([]);
      }
    }
  });

  it('the validator refuses what Popolo forbids (a date that is not a partial ISO date, a source without url)', () => {
    expect(validator.validate({ id: 'x', founding_date: 'April 2025' }, schemas.organization).valid).toBe(false);
    expect(validator.validate({ id: 'x', sources: [{ note: 'no url' }] }, schemas.person).valid).toBe(false);
  });

  it('states each column once: what a Popolo field holds is not repeated under x-sportsgraph, in any object', async () => {
    const document = JSON.parse(await exported('popolo'));
    // Popolo's `posts` are positions made from the memberships, not records: they have no x-sportsgraph.
    const classOf = (collection: string, object: any) =>
      collection === 'memberships' ? (object.member ? 'tie' : 'post') : ({ areas: 'country', organizations: 'organization', persons: 'person', events: 'event' } as const)[collection]!;
    const repeated: string[] = [];
    for (const collection of ['areas', 'organizations', 'persons', 'events', 'memberships']) {
      for (const object of document[collection]) {
        const type = classOf(collection, object);
        // A post's or tie's own id is kept under x-sportsgraph too: the import matches facts by it.
        for (const column of Object.values(popoloFields[type]) as string[]) if (column !== 'id' && column in object['x-sportsgraph']) repeated.push(`${collection} ${object.id}: ${column}`);
      }
    }
    expect(repeated).toEqual([]);
  });

  it('keeps what Popolo has no field for under x-sportsgraph, and states the licence in meta', async () => {
    const document = JSON.parse(await exported('popolo'));
    expect(document.meta).toMatchObject({ licence: 'CC-BY-4.0', registry: 'sportsgraph' });
    const noc = document.organizations.find((o: any) => o.id === 'noc-kazakhstan');
    expect(noc).toMatchObject({ classification: 'national_olympic_committee', area_id: 'KAZ', parent_id: 'anoc' });
    expect(noc.other_names.map((n: any) => n.name)).toContain('نوك آر كيه');
    expect(noc.other_names.find((n: any) => n.name === 'نوك آر كيه')['x-sportsgraph']).toMatchObject({ lang: 'ar' });
    expect(noc['x-sportsgraph'].citations[0]).toHaveProperty('confidence');
    const president = document.memberships.find((m: any) => m.person_id === 'gennady-golovkin' && m.organization_id === 'noc-kazakhstan');
    expect(president).toMatchObject({ role: 'president', post_id: 'noc-kazakhstan/president', start_date: '2024-02-26' });
    expect(president.sources.map((s: any) => s.note)).toContain('astana-article');
    expect(president['x-sportsgraph'].citations.some((c: any) => /جينادي جولوفكين/.test(c.quote))).toBe(true);
    const agreements = document['x-sportsgraph'].agreements;
    expect(agreements).toHaveLength(db.select({ n: count() }).from(t.agreements).get()!.n);
    expect(agreements.every((a: any) => Array.isArray(a.citations))).toBe(true);
  });
});

describe('NDJSON', () => {
  it('starts with a header record (date, version, latest migration, licence), and every line parses', async () => {
    const [header, ...records] = await ndjson();
    expect(header).toMatchObject({ type: 'meta', version: '0.1.0', licence: 'CC-BY-4.0', licence_url: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(header.migration).toMatch(/^\d{4}_/);
    expect(Date.parse(header.exported_at)).toBeGreaterThan(Date.parse('2026-01-01'));
    expect(records.every((r) => r.type !== 'meta')).toBe(true);
  });

  it('has as many records of each type as its table has rows, merged-away records left out', async () => {
    const records = await ndjson();
    for (const kind of recordKinds) {
      const merged = 'mergedIntoId' in kind.table ? isNull(kind.table.mergedIntoId as any) : undefined;
      const rows = db.select({ n: count() }).from(kind.table).where(merged).get()!.n;
      expect(ofType(records, kind.type), kind.type).toHaveLength(rows);
    }
    expect(ofType(records, 'organization').map((o) => o.handle)).not.toContain('noc-rk-duplicate');
    const citations = records.flatMap((r) => r.citations ?? []);
    expect(citations).toHaveLength(db.select({ n: count() }).from(t.citations).get()!.n);
    const golovkin = ofType(records, 'post').find((p) => p.person === 'gennady-golovkin');
    expect(golovkin.citations).toContainEqual(expect.objectContaining({ source: 'astana-article', confidence: 'high', kind: 'stated', quote: expect.stringContaining('جينادي جولوفكين') }));
  });
});

describe('the README', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## Open data'), readme.indexOf('## Scripts'));

  it('shows an NDJSON post and its first citation as the export writes them', async () => {
    const shown = JSON.parse(section.split('\n').find((line) => line.startsWith('{"type":"post"'))!);
    const post = ofType(await ndjson(), 'post').find((p) => p.id === shown.id);
    expect({ ...post, citations: post.citations.slice(0, 1) }).toEqual(shown);
  });

  it('shows the first rows of posts.csv as the export writes them', async () => {
    const shown = /```\n(id,person,organization[^`]*)```/.exec(section)![1]!;
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (chunk: Buffer) => chunks.push(chunk));
    await exportToStream(reader, { format: 'csv', file: 'posts', filter: {} }, out);
    expect(Buffer.concat(chunks).toString('utf8').startsWith(shown)).toBe(true);
  });
});

describe('progress', () => {
  it('counts every record written, up to the total it announced', async () => {
    const calls: [number, number][] = [];
    await exportToStream(reader, { format: 'ndjson', filter: { country: 'QAT' }, progress: (done, total) => calls.push([done, total]) }, new PassThrough().resume());
    const records = (await ndjson({ country: 'QAT' })).length - 1;
    expect(calls).toHaveLength(records);
    expect(calls.at(-1)).toEqual([records, records]);
  });
});

describe('CSV', () => {
  it('writes one file per kind that parses back with the same rows, Arabic and Cyrillic intact, without a BOM', async () => {
    const folder = join(directory, 'csv');
    await exportCsvFolder(reader, { filter: {} }, folder);
    const records = await ndjson();
    for (const kind of recordKinds) {
      const text = readFileSync(join(folder, `${kind.file}.csv`), 'utf8');
      expect(text.charCodeAt(0), kind.file).not.toBe(0xfeff);
      const rows = parse(text, { columns: true }) as Record<string, string>[];
      expect(rows, kind.file).toHaveLength(ofType(records, kind.type).length);
      expect(Object.keys(rows[0]!)).toEqual(['id', ...Object.keys(kind.columns)]);
    }
    const names = parse(readFileSync(join(folder, 'names.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(names.map((n) => n.value)).toEqual(expect.arrayContaining(['Геннадий Головкин', 'جينادي جولوفكين']));
    const citations = parse(readFileSync(join(folder, 'citations.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(citations).toHaveLength(records.flatMap((r) => r.citations ?? []).length);
    expect(citations.find((c) => c.target_type === 'post' && /جينادي/.test(c.quote))).toBeDefined();
    const meta = Object.fromEntries((parse(readFileSync(join(folder, 'meta.csv'), 'utf8'), { columns: true }) as { key: string; value: string }[]).map((r) => [r.key, r.value]));
    expect(meta).toMatchObject({ licence: 'CC-BY-4.0', version: '0.1.0' });
  });
});

describe('filters', () => {
  const handles = async (filter: ExportFilter) => ofType(await ndjson(filter), 'organization').map((o) => o.handle).sort();

  it('country keeps that country\'s organisations, the people in their posts, and facts whose every end is kept', async () => {
    const records = await ndjson({ country: 'KZ' });
    expect(ofType(records, 'organization').map((o) => o.handle).sort()).toEqual(['kazakhstan-aquatics-federation', 'kazakhstan-ministry-tourism-sports', 'kazakhstan-swimming-federation', 'noc-kazakhstan']);
    expect(ofType(records, 'person').map((p) => p.handle)).not.toContain('joaan-bin-hamad-al-thani');
    const kept = new Set(ofType(records, 'organization').map((o) => o.handle));
    for (const post of ofType(records, 'post')) expect(kept.has(post.organization)).toBe(true);
    for (const tie of ofType(records, 'tie')) expect([tie.organization, tie.parent].every((h) => kept.has(h))).toBe(true);
    expect(records[0].filter).toEqual({ country: 'KZ' });
  });

  it('kind keeps organisations of that kind, in the API\'s spelling or the stored one', async () => {
    expect(await handles({ kind: 'NATIONAL_OLYMPIC_COMMITTEE' })).toEqual(['noc-kazakhstan', 'noc-qatar']);
    expect(await handles({ kind: 'national_olympic_committee', country: 'QAT' })).toEqual(['noc-qatar']);
  });

  it('around keeps an organisation and its neighbours through ties, agreements and posts', async () => {
    expect(await handles({ around: 'noc-kazakhstan' })).toEqual(['anoc', 'ioc', 'noc-kazakhstan', 'noc-qatar', 'oca', 'olympic-solidarity']);
    const records = await ndjson({ around: 'noc-kazakhstan' });
    expect(ofType(records, 'agreement').map((a) => a.handle).sort()).toEqual(['noc-kazakhstan-qatar-cooperation', 'olympic-solidarity-kazakhstan-cooperation']);
  });

  it('refuses a filter that names nothing, with the filter and a stable code', async () => {
    for (const filter of [{ country: 'XYZ' }, { kind: 'club' }, { around: 'no-such-org' }]) {
      const error = await exported('ndjson', filter).catch((e) => e);
      expect(error).toBeInstanceOf(ExportFilterError);
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', filter: Object.keys(filter)[0] });
    }
  });
});

describe('streaming', () => {
  it('writes as it reads: the output waits for a slow reader, and never holds more than its buffer and a row', async () => {
    const highWaterMark = 16 * 1024;
    let written = 0;
    let buffered = 0;
    let longestRow = 0;
    const slow = new Writable({
      highWaterMark,
      write(chunk: Buffer, _encoding, callback) {
        written += chunk.length;
        longestRow = Math.max(longestRow, chunk.length);
        setImmediate(callback);
      },
    });
    const watch = setInterval(() => (buffered = Math.max(buffered, slow.writableLength)), 0);
    let writtenWhenHalfway = 0;
    await exportToStream(reader, { format: 'ndjson', filter: {}, progress: (done, total) => { if (done === Math.floor(total / 2)) writtenWhenHalfway = written; } }, slow);
    clearInterval(watch);
    expect(written).toBeGreaterThan(1_000_000);
    // Half the rows read: a good part of the output was already with the reader.
    expect(writtenWhenHalfway).toBeGreaterThan(written / 4);
    // A source's stored text makes one line of a few hundred kB; the whole export is several MB.
    expect(buffered).toBeLessThanOrEqual(highWaterMark + longestRow);
    expect(longestRow * 3).toBeLessThan(written);
  });
});

describe('HTTP downloads', () => {
  let app: App;
  let base: string;
  beforeAll(async () => {
    app = await startApp({ databasePath, port: 0, production: true, logger: pino({ level: 'silent' }) });
    base = app.url.replace(/\/graphql$/, '');
  });
  afterAll(() => app.close());

  it('streams NDJSON and Popolo as attachments, with their content types', async () => {
    const response = await fetch(`${base}/export/ndjson?around=noc-kazakhstan`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="sportsgraph-\d{4}-\d{2}-\d{2}\.ndjson"$/);
    expect(response.headers.get('transfer-encoding')).toBe('chunked');
    const lines = (await response.text()).trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines[0]).toMatchObject({ type: 'meta', licence: 'CC-BY-4.0', filter: { around: 'noc-kazakhstan' } });
    expect(ofType(lines, 'organization')).toHaveLength(6);
    const popolo = await fetch(`${base}/export/popolo`);
    expect(popolo.headers.get('content-disposition')).toMatch(/filename="sportsgraph-[\d-]+\.popolo\.json"/);
    expect(((await popolo.json()) as any).organizations).toHaveLength(11);
  });

  it('serves one CSV file per kind, listed at /export/csv with the filters kept', async () => {
    const index = (await (await fetch(`${base}/export/csv?country=QAT`)).json()) as { files: string[] };
    expect(index.files).toContain('/export/csv/organizations.csv?country=QAT');
    const response = await fetch(`${base}/export/csv/organizations.csv?country=QAT`);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers.get('content-disposition')).toMatch(/filename="sportsgraph-[\d-]+-organizations\.csv"/);
    expect((parse(await response.text(), { columns: true }) as { handle: string }[]).map((o) => o.handle)).toEqual(['noc-qatar']);
  });

  it('answers a bad filter or parameter with 400 and a stable code, and an unknown file with 404', async () => {
    for (const query of ['country=XYZ', 'kind=club', 'around=nobody', 'colour=blue']) {
      const response = await fetch(`${base}/export/popolo?${query}`);
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as any;
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors[0].message).not.toMatch(/SELECT|\/tmp|at .*\.ts/);
    }
    expect((await fetch(`${base}/export/csv/passwords.csv`)).status).toBe(404);
    expect((await fetch(`${base}/export/ndjson`, { method: 'POST' })).status).toBe(405);
  });
});

describe('npm run export', () => {
  const cli = (...args: string[]) => runCli('export.ts', databasePath, ...args);

  it('writes the chosen format to --out, with no progress output when stderr is not a terminal', async () => {
    const out = join(directory, 'cli.ndjson');
    const { code, stderr } = await cli('--format', 'ndjson', '--out', out, '--kind', 'PROGRAMME');
    expect(code).toBe(0);
    expect(stderr).toBe(`exported ndjson to ${out}\n`);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(ofType(lines, 'organization').map((o) => o.handle)).toEqual(['olympic-solidarity']);
  });

  it('refuses bad arguments and filters in one line on stderr with exit code 1', async () => {
    for (const args of [['--format', 'xml', '--out', 'x'], ['--format', 'csv'], ['--format', 'ndjson', '--out', '-', '--country', 'XYZ']]) {
      const { code, stderr, stdout } = await cli(...args);
      expect(code, args.join(' ')).toBe(1);
      expect(stderr).toMatch(/^export: [^\n]+\n$/);
      expect(stdout).toBe('');
    }
  });
});
