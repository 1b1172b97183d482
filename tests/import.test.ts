/**
 * Import of the three export formats: a round trip through an empty registry, a second import
 * that writes nothing, edits that write exactly themselves, refusals that name file, line and
 * field and leave the database as it was, and a dry run.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { Column, eq, getTableName, is } from 'drizzle-orm';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../seeds/load.js';
import { createContext } from '../src/context.js';
import { openDatabase, type Db } from '../src/db/client.js';
import { migrateDatabase } from '../src/db/migrate.js';
import * as t from '../src/db/schema.js';
import { holdsPartialDate } from '../src/db/schema.js';
import { exportCsvFolder, exportToStream, type ExportFormat } from '../src/export/export.js';
import { recordKinds, isRef } from '../src/export/export.records.js';
import { ImportRefused, importRecords, readImport, type ImportReport } from '../src/import/import.js';
import { search } from '../src/modules/search/search.service.js';
import { runCli } from './support/cli.js';

const directory = mkdtempSync(join(tmpdir(), 'sportsgraph-import-'));
const seededPath = join(directory, 'seeded.db');
let seeded: Db;
let copies = 0;

beforeAll(() => {
  seeded = openDatabase(seededPath);
  migrateDatabase(seeded);
  seedDatabase(seeded);
});

afterAll(() => {
  seeded.$client.close();
  rmSync(directory, { recursive: true, force: true });
});

/** A copy of the seeded registry, or an empty migrated one, as a file of its own. */
function registry(what: 'seeded' | 'empty'): Db {
  const path = join(directory, `copy-${++copies}.db`);
  if (what === 'seeded') seeded.$client.exec(`VACUUM INTO '${path}'`);
  const db = openDatabase(path);
  if (what === 'empty') migrateDatabase(db);
  return db;
}

/** Writes `db`'s export in `format` under `name` (a file, or a folder for csv) and answers its path. */
async function exportTo(db: Db, format: ExportFormat, name: string): Promise<string> {
  const path = join(directory, name);
  if (format === 'csv') {
    await exportCsvFolder(db, { filter: {} }, path);
    return path;
  }
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await exportToStream(db, { format, filter: {} }, out);
  writeFileSync(path, Buffer.concat(chunks));
  return path;
}

/** An export's files by name (a CSV folder's files; a single file as `file`), `exported_at` taken out: the one thing two exports of the same data differ in. */
function exportedFiles(format: ExportFormat, path: string): Record<string, string> {
  const files = format === 'csv' ? Object.fromEntries(readdirSync(path).map((file) => [file, readFileSync(join(path, file), 'utf8')])) : { file: readFileSync(path, 'utf8') };
  return Object.fromEntries(Object.entries(files).map(([file, text]) => [file, text.replace(/"exported_at":"[^"]+"/, '').replace(/\nexported_at,[^\n]+/, '')]));
}

/** Every table's rows in rowid order, hashed, with the history's row count: equal fingerprints, an unchanged database. */
function fingerprint(db: Db): { changes: number; tables: Record<string, string> } {
  const tables = (Object.values(t) as unknown[]).filter((value): value is SQLiteTable => is(value, SQLiteTable)).map(getTableName);
  return {
    changes: (db.$client.prepare('SELECT count(*) AS n FROM changes').get() as { n: number }).n,
    tables: Object.fromEntries(tables.map((name) => [name, createHash('sha256').update(JSON.stringify(db.$client.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).raw().all())).digest('hex')])),
  };
}

const ndjsonLines = (path: string) => readFileSync(path, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line));
const writeNdjson = (name: string, records: unknown[]) => {
  const path = join(directory, name);
  writeFileSync(path, `${records.map((record) => JSON.stringify(record)).join('\n')}\n`);
  return path;
};
/** The problems an import of `path` is refused with; fails the test when it is not refused. */
function refusal(db: Db, format: ExportFormat, path: string): string[] {
  try {
    importRecords(db, readImport(format, path));
  } catch (error) {
    if (error instanceof ImportRefused) return error.problems;
    throw error;
  }
  throw new Error('the import was not refused');
}
const counts = (report: ImportReport, type: string) => report.kinds.find((k) => k.type === type)!;

describe('a round trip through an empty registry', () => {
  it.each(['popolo', 'ndjson', 'csv'] as const)('%s: export, import into an empty registry, export again: the same files, exported_at aside', async (format) => {
    const first = await exportTo(seeded, format, `round-trip-1.${format}`);
    const empty = registry('empty');
    const report = importRecords(empty, readImport(format, first));
    const organizations = (seeded.$client.prepare('SELECT count(*) AS n FROM organizations WHERE merged_into_id IS NULL').get() as { n: number }).n;
    expect(counts(report, 'organization')).toMatchObject({ inserted: organizations, updated: 0, unchanged: 0 });
    expect(counts(report, 'citation').inserted).toBeGreaterThan(1000);
    const second = await exportTo(empty, format, `round-trip-2.${format}`);
    expect(exportedFiles(format, second)).toEqual(exportedFiles(format, first));
    // What was imported is in the history, by the importer.
    const actors = empty.$client.prepare('SELECT DISTINCT actor, operation FROM changes').all();
    expect(actors).toEqual([{ actor: 'import', operation: 'import' }]);
    empty.$client.close();
  });
});

describe('importing what the registry already holds', () => {
  it.each(['popolo', 'ndjson', 'csv'] as const)('%s: writes nothing, and says every record is unchanged', async (format) => {
    const path = await exportTo(seeded, format, `same.${format}`);
    const db = registry('seeded');
    const before = fingerprint(db);
    const report = importRecords(db, readImport(format, path));
    expect(report.kinds.filter((k) => k.inserted || k.updated)).toEqual([]);
    expect(counts(report, 'name').unchanged).toBeGreaterThan(100);
    expect(fingerprint(db)).toEqual(before);
    db.$client.close();
  });
});

describe('an edited file', () => {
  const NEW_NAME = 'Qazaqstan Ulttyq Olimpiadalyq Komiteti';
  /** The seeded NDJSON export with the NOC of Kazakhstan renamed and a new name fact, cited, added to it. */
  async function edited(name: string): Promise<string> {
    const records = ndjsonLines(await exportTo(seeded, 'ndjson', `${name}.source.ndjson`));
    const noc = records.find((r) => r.type === 'organization' && r.handle === 'noc-kazakhstan');
    noc.name = 'National Olympic Committee of Kazakhstan (renamed)';
    const at = records.indexOf(records.find((r) => r.type === 'identifier'));
    records.splice(at, 0, {
      type: 'name', id: 'TmFtZTo5OTk5OTk', organization: 'noc-kazakhstan', person: null, event: null, country: null, sport: null,
      value: NEW_NAME, lang: 'kk-Latn', kind: 'transliteration', start_date: null, end_date: null, note: null,
      citations: [{ id: 'Q2l0YXRpb246OTk5OTk5', source: noc.citations[0].source, quote: null, quote_translation: null, confidence: 'medium', kind: 'inferred', correction: null, note: 'Latin transliteration of the Kazakh name.' }],
    });
    return writeNdjson(`${name}.ndjson`, records);
  }

  it('updates and inserts exactly what changed, recorded by the importer, and search finds the new name', async () => {
    const db = registry('seeded');
    const { changes: before } = fingerprint(db);
    const report = importRecords(db, readImport('ndjson', await edited('edited')));
    expect(report.kinds.filter((k) => k.inserted || k.updated).map(({ type, inserted, updated }) => ({ type, inserted, updated }))).toEqual([
      { type: 'organization', inserted: 0, updated: 1 },
      { type: 'name', inserted: 1, updated: 0 },
      { type: 'citation', inserted: 1, updated: 0 },
    ]);
    const written = db.$client.prepare('SELECT actor, operation, entity_type AS type, before IS NULL AS inserted FROM changes WHERE id > ? ORDER BY id').all(before);
    expect(written).toEqual([
      { actor: 'import', operation: 'import', type: 'Organization', inserted: 0 },
      { actor: 'import', operation: 'import', type: 'Name', inserted: 1 },
      { actor: 'import', operation: 'import', type: 'Citation', inserted: 1 },
    ]);
    const noc = db.select().from(t.organizations).where(eq(t.organizations.handle, 'noc-kazakhstan')).get()!;
    expect(noc.name).toBe('National Olympic Committee of Kazakhstan (renamed)');
    // The new name keeps the file's id: it was free here.
    expect(db.select().from(t.names).where(eq(t.names.id, 999999)).get()).toMatchObject({ value: NEW_NAME, organizationId: noc.id, lang: 'kk-Latn' });
    const found = await search(createContext(db), { query: 'Qazaqstan Ulttyq' });
    expect(found.edges.map((edge) => [(edge.node as { handle: string }).handle, edge.matchedText])).toContainEqual(['noc-kazakhstan', NEW_NAME]);
    db.$client.close();
  });

  it('--dry-run (dryRun) reports the changes and writes nothing', async () => {
    const db = registry('seeded');
    const before = fingerprint(db);
    const report = importRecords(db, readImport('ndjson', await edited('dry-run')), { dryRun: true });
    expect(report.dryRun).toBe(true);
    expect(counts(report, 'organization')).toMatchObject({ updated: 1, changes: ['update organization "noc-kazakhstan": name'] });
    expect(counts(report, 'name')).toMatchObject({ inserted: 1, changes: [expect.stringContaining(`insert name "noc-kazakhstan" "kk-Latn" "${NEW_NAME}" "transliteration"`)] });
    expect(fingerprint(db)).toEqual(before);
    db.$client.close();
  });

  it('a handle merged away here: references follow it to the survivor; the record itself is refused', async () => {
    const db = registry('seeded');
    const survivor = db.select().from(t.organizations).where(eq(t.organizations.handle, 'noc-kazakhstan')).get()!;
    db.insert(t.organizations).values({ handle: 'noc-rk-duplicate', kind: survivor.kind, name: 'NOC RK (duplicate)', mergedIntoId: survivor.id }).run();
    const meta = ndjsonLines(await exportTo(seeded, 'ndjson', 'merged.source.ndjson'))[0];
    const name = {
      type: 'name', id: 'TmFtZTo5OTk5OTg', organization: 'noc-rk-duplicate', person: null, event: null, country: null, sport: null,
      value: 'NOC RK', lang: 'en', kind: 'alias', start_date: null, end_date: null, note: null, citations: [],
    };
    importRecords(db, readImport('ndjson', writeNdjson('merged-ref.ndjson', [meta, name])));
    expect(db.select().from(t.names).where(eq(t.names.value, 'NOC RK')).get()?.organizationId).toBe(survivor.id);
    const organization = { type: 'organization', id: 'T3JnYW5pemF0aW9uOjk5OQ', handle: 'noc-rk-duplicate', kind: survivor.kind, name: 'Renamed', short_name: null, country: null, founding_date: null, dissolution_date: null, headquarters_city: null, website: null, description: null, sports: null, citations: [] };
    expect(refusal(db, 'ndjson', writeNdjson('merged-record.ndjson', [meta, organization]))).toEqual([
      'merged-record.ndjson:2: handle: "noc-rk-duplicate" was merged into "noc-kazakhstan" in this registry; an import does not write to a merged-away record: give the survivor\'s handle, or leave the record out',
    ]);
    db.$client.close();
  });
});

describe('a refused import names file, line and field, and writes nothing', () => {
  let db: Db;
  let before: ReturnType<typeof fingerprint>;
  let ndjson: string;
  beforeAll(async () => {
    db = registry('seeded');
    before = fingerprint(db);
    ndjson = await exportTo(seeded, 'ndjson', 'bad.source.ndjson');
  });
  afterAll(() => {
    expect(fingerprint(db)).toEqual(before);
    db.$client.close();
  });

  /** A value each kind's first record cannot hold: an enum value that does not exist, else a date that is none, else a handle no record has, else a number for its name. */
  const badValue = (kind: (typeof recordKinds)[number]) => {
    for (const [name, column] of Object.entries(kind.columns)) if (column instanceof Column && column.enumValues?.length) return [name, 'not-a-kind', `"not-a-kind" is not one of ${column.enumValues.join(', ')}`] as const;
    for (const [name, column] of Object.entries(kind.columns)) if (column instanceof Column && holdsPartialDate(column)) return [name, '2024-13', '"2024-13" is not a partial date (2025, 2025-04 or 2025-04-02)'] as const;
    for (const [name, column] of Object.entries(kind.columns)) if (isRef(column) && column.to !== 'Country') return [name, 'no-such-record', `has the ${column.to === 'Sport' ? 'code' : 'handle'} "no-such-record"`] as const;
    return ['name', 42, '42 is not text'] as const;
  };

  it.each(recordKinds.map((kind) => [kind.type, kind] as const))('NDJSON, a bad value in a %s', (_type, kind) => {
    const records = ndjsonLines(ndjson);
    const line = records.findIndex((r) => r.type === kind.type);
    const [column, value, message] = badValue(kind);
    records[line][column] = value;
    const problems = refusal(db, 'ndjson', writeNdjson(`bad-${kind.type}.ndjson`, records));
    expect(problems).toContainEqual(expect.stringContaining(`bad-${kind.type}.ndjson:${line + 1}: ${column}: `));
    expect(problems.find((p) => p.startsWith(`bad-${kind.type}.ndjson:${line + 1}: ${column}: `))).toContain(message);
  });

  it('NDJSON: a quote not in its source text, a date that is none, a handle no record has', () => {
    const records = ndjsonLines(ndjson);
    const quoted = records.findIndex((r) => r.type === 'organization' && r.citations.some((c: { quote: string | null }) => c.quote));
    const citation = records[quoted].citations.findIndex((c: { quote: string | null }) => c.quote);
    records[quoted].citations[citation].quote = 'words the source never said';
    const post = records.findIndex((r) => r.type === 'post');
    records[post].start_date = '31 May 2024';
    records[post].person = 'nobody-at-all';
    expect(refusal(db, 'ndjson', writeNdjson('bad-values.ndjson', records))).toEqual([
      `bad-values.ndjson:${post + 1}: person: no person has the handle "nobody-at-all" in this registry or earlier in the import`,
      `bad-values.ndjson:${post + 1}: start_date: "31 May 2024" is not a partial date (2025, 2025-04 or 2025-04-02)`,
      `bad-values.ndjson:${quoted + 1}: citations[${citation}].quote: The quote does not occur in the text of "${records[quoted].citations[citation].source}"; copy it verbatim from the source (same characters, spaces and punctuation).`,
    ]);
  });

  it('CSV: a bad enum value names the file, the line and the column', async () => {
    const folder = await exportTo(seeded, 'csv', 'bad-csv');
    const file = join(folder, 'organizations.csv');
    const rows = parse(readFileSync(file, 'utf8')) as string[][];
    rows[3]![rows[0]!.indexOf('kind')] = 'foo';
    writeFileSync(file, stringify(rows));
    expect(refusal(db, 'csv', folder)).toEqual([
      'organizations.csv:4: kind: "foo" is not one of world_olympic_body, national_olympic_committee, world_association_of_nocs, continental_association_of_nocs, international_federation, continental_federation, national_federation, government_ministry, programme, other',
    ]);
  });

  it('Popolo: a quote not in its source names the line the object starts on and the JSON path', async () => {
    const path = await exportTo(seeded, 'popolo', 'bad.json');
    const text = readFileSync(path, 'utf8');
    const document = JSON.parse(text);
    const i = document.organizations.findIndex((o: any) => o['x-sportsgraph'].citations.some((c: any) => c.quote));
    const organization = document.organizations[i];
    const j = organization['x-sportsgraph'].citations.findIndex((c: any) => c.quote);
    const source = organization['x-sportsgraph'].citations[j].source;
    const line = text.split('\n').findIndex((l) => l.startsWith(JSON.stringify(organization))) + 1;
    expect(line).toBeGreaterThan(1);
    organization['x-sportsgraph'].citations[j].quote = 'words the source never said';
    // The same layout as the export (one object a line), so the line stays where it was.
    const edited = text.split('\n').map((l, n) => (n === line - 1 ? l.replace(/^\{.*\}(,?)$/, `${JSON.stringify(organization)}$1`) : l)).join('\n');
    writeFileSync(path, edited);
    expect(refusal(db, 'popolo', path)).toEqual([
      `bad.json:${line}: organizations[${i}].x-sportsgraph.citations[${j}].quote: The quote does not occur in the text of "${source}"; copy it verbatim from the source (same characters, spaces and punctuation).`,
    ]);
  });

  it.each([
    ['ndjson', 'bad-json.ndjson', (meta: string) => `${meta}\n{"type":"organization",\n`, /^bad-json\.ndjson:2: malformed JSON: /],
    ['ndjson', 'bad-type.ndjson', (meta: string) => `${meta}\n{"type":"club","handle":"x"}\n`, /^bad-type\.ndjson:2: type: unknown type "club"; one of meta, country, /],
    ['ndjson', 'no-meta.ndjson', () => '{"type":"sport","id":"x","code":"XX","name":"X","parent":null,"citations":[]}\n', /^no-meta\.ndjson:1: no meta record/],
    ['popolo', 'bad.popolo.json', (meta: string) => `{"meta":${JSON.stringify(JSON.parse(meta))},\n"areas":[\n{"id": "KAZ",,}]}`, /^bad\.popolo\.json:3: malformed JSON: expected a property name at /],
  ] as const)('%s, malformed (%s): refused with the line', (format, name, text, expected) => {
    const meta = readFileSync(ndjson, 'utf8').split('\n')[0]!;
    writeFileSync(join(directory, name), text(format === 'popolo' ? meta.replace('"type":"meta",', '') : meta));
    const problems = refusal(db, format, join(directory, name));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(expected);
  });

  it('CSV, malformed: a quote not closed, an unknown column, a file without a header', async () => {
    const folder = await exportTo(seeded, 'csv', 'malformed-csv');
    writeFileSync(join(folder, 'sports.csv'), `${readFileSync(join(folder, 'sports.csv'), 'utf8')}Q3Nw,"XX,"unclosed\n`);
    writeFileSync(join(folder, 'people.csv'), readFileSync(join(folder, 'people.csv'), 'utf8').replace(/^id,handle,/, 'id,handle,shoe_size,'));
    writeFileSync(join(folder, 'events.csv'), '');
    const problems = refusal(db, 'csv', folder);
    expect(problems).toEqual([
      expect.stringMatching(/^sports\.csv:\d+: malformed CSV: /),
      expect.stringMatching(/^people\.csv:1: unknown columns shoe_size; the header of people\.csv is id,handle,name,/),
      expect.stringMatching(/^events\.csv:1: no header row: /),
    ]);
  });

  it('a file exported at a migration this database lacks is refused', () => {
    const records = ndjsonLines(ndjson).slice(0, 1);
    records[0].migration = '9999_from_the_future';
    expect(refusal(db, 'ndjson', writeNdjson('future.ndjson', records))).toEqual([
      expect.stringMatching(/^future\.ndjson:1: migration: the file was exported at migration "9999_from_the_future", newer than this database's "\d{4}_\w+": update sportsgraph and run npm run db:migrate first$/),
    ]);
  });

  it('lists at most 50 problems, then how many more', () => {
    const records = ndjsonLines(ndjson);
    for (const record of records.filter((r) => r.type === 'name').slice(0, 60)) record.kind = 'nickname';
    const error = (() => {
      try {
        importRecords(db, readImport('ndjson', writeNdjson('many.ndjson', records)));
      } catch (e) {
        return e as ImportRefused;
      }
    })()!;
    expect(error.problems).toHaveLength(60);
    const lines = error.message.split('\n');
    expect(lines).toHaveLength(51);
    expect(lines[50]).toBe('and 10 more');
  });
});

describe('npm run import', () => {
  const cli = (database: string, ...args: string[]) => runCli('import.ts', database, ...args);

  it('imports a CSV folder (format told by the path) and reports counts on stdout; refuses a bad file with exit 1 and its problems on stderr', async () => {
    const folder = await exportTo(seeded, 'csv', 'cli-csv');
    const path = join(directory, 'cli.db');
    const empty = openDatabase(path);
    migrateDatabase(empty);
    empty.$client.close();
    const imported = await cli(path, '--in', folder);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/^countries: \d+ inserted, 0 updated, 0 unchanged\n/m);
    expect(imported.stdout).toMatch(/^organizations: \d+ inserted, 0 updated, 0 unchanged$/m);

    const records = ndjsonLines(await exportTo(seeded, 'ndjson', 'cli-bad.ndjson'));
    const line = records.findIndex((r) => r.type === 'event');
    records[line].status = 'postponed';
    const refused = await cli(path, '--in', writeNdjson('cli-bad.ndjson', records));
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(`import: refused, nothing was written (1 problems):\ncli-bad.ndjson:${line + 1}: status: "postponed" is not one of planned, held, cancelled\n`);
  });
});
