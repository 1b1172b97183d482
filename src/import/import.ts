/**
 * One import, in any format: the records an export wrote (src/export/export.records.ts describes
 * them for both directions) checked and written in one IMMEDIATE transaction through the audited
 * Writer (actor `import`), each by the mutation services an editor's write goes through
 * (import.writes.ts). Records with a natural key (a country code, a sport code, a handle) are found
 * by it; facts by their content (owner and what they say, `identity`), never by an id from another
 * registry, though a new row keeps the file's id when that id is free here. Nothing is deleted.
 * Any problem refuses the whole file: nothing is written, and each problem names file, line and
 * field. A dry run does everything, reports, and rolls back.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { and, Column, eq, sql, type SQL } from 'drizzle-orm';
import Database from 'better-sqlite3';
import { GraphQLError } from 'graphql';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/client.js';
import { migrationStatus } from '../db/migrate.js';
import * as t from '../db/schema.js';
import { holdsPartialDate } from '../db/schema.js';
import { projectFile } from '../paths.js';
import { findCountryId } from '../shared/country-codes.js';
import { fromGlobalId, toGlobalId } from '../shared/global-id.js';
import { nodeTables, propertyOf, type NodeTable, type NodeTypeName } from '../shared/node-registry.js';
import { isPartialDate } from '../shared/partial-date.scalar.js';
import { UserFailure, Writer, type Row } from '../shared/write.js';
import type { ExportFormat, Progress } from '../export/export.js';
import { citationKind, countryKey, isJoinList, isRef, kindOf, recordKinds, type RecordKind } from '../export/export.records.js';
import { problemAt, type ImportFile, type ImportRecord } from './import.file.js';
import { kindWrites, type Fields } from './import.writes.js';
import { readCsvFolder } from './import.csv.js';
import { readNdjson } from './import.ndjson.js';
import { readPopolo } from './import.popolo.js';

/** How many problems a refusal lists before "and N more". */
export const MAX_PROBLEMS = 50;
/** How many changes of each kind a report shows. */
const CHANGES_SHOWN = 5;

/** The file was refused; `problems` name file, line and field, and nothing was written. */
export class ImportRefused extends Error {
  constructor(readonly problems: string[]) {
    const shown = problems.slice(0, MAX_PROBLEMS);
    super([...shown, ...(problems.length > shown.length ? [`and ${problems.length - shown.length} more`] : [])].join('\n'));
  }
}

export interface KindReport {
  type: string;
  file: string;
  inserted: number;
  updated: number;
  unchanged: number;
  /** The first few inserts and updates, e.g. `updated organization "noc-kazakhstan": name`. */
  changes: string[];
}

export interface ImportReport {
  dryRun: boolean;
  kinds: KindReport[];
}

/** Which format a path holds when it is plain: a folder is CSV, `.ndjson`/`.jsonl` NDJSON, `.json` Popolo; otherwise undefined. */
export function inferFormat(path: string): ExportFormat | undefined {
  try {
    if (statSync(path).isDirectory()) return 'csv';
  } catch {
    return undefined;
  }
  if (/\.(ndjson|jsonl)$/i.test(path)) return 'ndjson';
  if (/\.json$/i.test(path)) return 'popolo';
  return undefined;
}

/** Reads an export from `path` (a CSV export's folder) into records; malformed files come back as problems, not exceptions. */
export function readImport(format: ExportFormat, path: string): ImportFile {
  if (format === 'csv') return readCsvFolder(path);
  const text = readFileSync(path, 'utf8');
  return format === 'ndjson' ? readNdjson(text, basename(path)) : readPopolo(text, basename(path));
}

/** Nothing to keep: a dry run rolls its transaction back by throwing this. */
class DryRunDone extends Error {
  constructor(readonly report: ImportReport) {
    super('dry run');
  }
}

/** Imports the records into `db` in one transaction; ImportRefused when anything is wrong (nothing written then). */
export function importRecords(db: Db, file: ImportFile, options: { dryRun?: boolean; progress?: Progress } = {}): ImportReport {
  const problems = [...file.problems, ...metaProblems(db, file)];
  if (problems.length) throw new ImportRefused(problems);
  try {
    return db.transaction((tx) => {
      const writer = new ImportWriter(tx, db, 'import', 'import');
      const importer = new Importer(db, writer);
      importer.run(file.records, options.progress);
      if (importer.problems.length) throw new ImportRefused(importer.problems);
      writer.flushSearch();
      const report = { dryRun: Boolean(options.dryRun), kinds: importer.report() };
      if (options.dryRun) throw new DryRunDone(report);
      return report;
    }, { behavior: 'immediate' });
  } catch (error) {
    if (error instanceof DryRunDone) return error.report;
    throw error;
  }
}

/** The file's meta must say it is a sportsgraph export of a schema this database has. */
function metaProblems(db: Db, file: ImportFile): string[] {
  const { meta, metaWhere } = file;
  if (!meta) return file.problems.length ? [] : [problemAt(metaWhere, null, 'no meta record: an export starts with one (registry, version, migration)')];
  if (meta.registry !== 'sportsgraph') return [problemAt(metaWhere, 'registry', `"${String(meta.registry)}" is not a sportsgraph export`)];
  const journal = JSON.parse(readFileSync(projectFile('schema/migrations/meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  const tags = journal.entries.map((entry) => entry.tag);
  const { applied } = migrationStatus(db);
  const at = tags.indexOf(String(meta.migration));
  if (at === -1 || at >= applied) {
    return [problemAt(metaWhere, 'migration', `the file was exported at migration "${String(meta.migration)}", newer than this database's "${tags[applied - 1] ?? 'none'}": update sportsgraph and run npm run db:migrate first`)];
  }
  return [];
}

/** The Writer, with the ids new rows should get when free (the file's), so a copy into an empty registry keeps its global ids. */
class ImportWriter extends Writer {
  private readonly planned = new Map<NodeTable, number[]>();

  plan(table: NodeTable, ids: (number | undefined)[]): void {
    this.planned.set(table, ids.map((id) => id ?? 0));
  }

  clearPlans(): void {
    this.planned.clear();
  }

  override insert<T extends NodeTable>(table: T, values: T['$inferInsert'], revertOfId?: number): Row<T> {
    const id = this.planned.get(table)?.shift();
    const free = id !== undefined && id > 0 && !this.find(table, id);
    return super.insert(table, free ? { ...values, id } : values, revertOfId);
  }
}

/** The file's id of a record as a row id, when it is a global id of the record's type. */
function rowIdIn(value: unknown, typeName: NodeTypeName): number | undefined {
  const parsed = typeof value === 'string' ? fromGlobalId(value) : null;
  return parsed?.type === typeName ? parsed.id : undefined;
}

const camel = (name: string) => name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
/** True when a stored value equals the file's; JSON columns compare by content. */
const same = (a: unknown, b: unknown) => a === b || (a == null && b == null) || (typeof a === 'object' && a !== null && JSON.stringify(a) === JSON.stringify(b));

/** A record with its references resolved: the service's input, the row's values (references as row ids), and how each input field is named in the file. */
interface Resolved {
  input: Fields;
  rows: Fields;
  /** Input field → the file's column (`parentId` → `parent`). */
  columnOf: Map<string, string>;
  /** Join lists' items as row ids. */
  lists: Map<string, number[]>;
}

/** What is wrong with one record, each problem as a line of the refusal (none: it points at a refused record). */
class Problems extends Error {
  constructor(readonly list: string[]) {
    super(list.join('\n'));
  }
}

class Importer {
  readonly problems: string[] = [];
  private readonly counts = new Map<string, KindReport>();
  /** Facts by the id the file gives them, for the citations that name them. */
  private readonly factIds = new Map<string, number>();
  /** Parties created with their agreement: counted as inserted when their own record comes. */
  private readonly createdWith = new Set<ImportRecord>();
  private records: ImportRecord[] = [];
  /** Records refused (`type key`, or a fact's id in the file): what points at them is not checked, its problem being theirs. */
  private readonly refused = new Set<string>();

  constructor(private readonly db: Db, private readonly writer: ImportWriter) {}

  run(records: ImportRecord[], progress?: Progress): void {
    this.records = ordered(records);
    let done = 0;
    for (const record of this.records) {
      this.inSavepoint(record);
      progress?.(++done, this.records.length);
    }
  }

  report(): KindReport[] {
    return [...recordKinds, citationKind].map((kind) => this.countsOf(kind));
  }

  private countsOf(kind: RecordKind): KindReport {
    let counts = this.counts.get(kind.type);
    if (!counts) this.counts.set(kind.type, (counts = { type: kind.type, file: kind.file, inserted: 0, updated: 0, unchanged: 0, changes: [] }));
    return counts;
  }

  /** One record in a savepoint: a refused one leaves nothing behind, and the others are still checked. */
  private inSavepoint(record: ImportRecord): void {
    const client = this.db.$client;
    client.exec('SAVEPOINT import_record');
    try {
      this.importRecord(record);
      client.exec('RELEASE import_record');
    } catch (error) {
      client.exec('ROLLBACK TO import_record');
      client.exec('RELEASE import_record');
      const kind = kindByType(record.type);
      if (kind) this.refused.add(kind.key ? `${kind.type} ${String(record.values[kind.key])}` : String(record.values.id));
      this.problems.push(...this.problemsOf(error, record));
    } finally {
      this.writer.clearPlans();
    }
  }

  private problemsOf(error: unknown, record: ImportRecord): string[] {
    if (error instanceof Problems) return error.list;
    const kind = kindByType(record.type)!;
    if (error instanceof UserFailure) {
      return error.errors.map((e) => problemAt(record.where, this.columnOfField(kind, record, e.field.slice(1)), e.message));
    }
    if (error instanceof GraphQLError || error instanceof Database.SqliteError) return [problemAt(record.where, null, error.message)];
    throw error;
  }

  /** The file's column a service's input field stands for (`parentId` → `parent`, a name's `ownerId` → its owner column). */
  private columnOfField(kind: RecordKind, record: ImportRecord, path: string[]): string | null {
    const [field] = path;
    if (field === undefined) return null;
    if (field === 'ownerId') return kind.identity?.find((name) => isRefName(kind, name) && record.values[name] != null) ?? null;
    if (field === 'factId') return 'target';
    for (const name of Object.keys(kind.columns)) if (camel(name) === field || `${camel(name)}Id` === field) return name;
    return path.join('.');
  }

  private importRecord(record: ImportRecord): void {
    const kind = kindByType(record.type);
    if (!kind) throw new Problems([problemAt(record.where, null, `unknown record type "${record.type}"`)]);
    const resolved = this.resolve(kind, record);
    const current = kind.key ? this.keyed(kind, record) : this.fact(kind, record, resolved);
    const counts = this.countsOf(kind);
    const label = this.label(kind, record);
    let row: { id: number };
    if (!current) {
      row = this.insert(kind, record, resolved);
      counts.inserted += 1;
      if (counts.changes.length < CHANGES_SHOWN) counts.changes.push(`insert ${label}`);
    } else {
      row = current;
      const changed = Object.keys(resolved.input).filter((field) => {
        const property = this.propertyOfField(kind, resolved, field);
        return property !== undefined && !same((current as Fields)[property], resolved.rows[property]);
      });
      const missing = this.missingListItems(kind, current.id, resolved);
      if (changed.length || missing.length) {
        kindWrites[kind.type]!.update(this.writer, current, Object.fromEntries(changed.map((field) => [field, resolved.input[field]])), resolved.rows);
        this.addListItems(kind, current.id, missing);
        counts.updated += 1;
        const columns = [...changed.map((field) => resolved.columnOf.get(field)!), ...missing.map(([name]) => name)];
        if (counts.changes.length < CHANGES_SHOWN) counts.changes.push(`update ${label}: ${[...new Set(columns)].join(', ')}`);
      } else if (this.createdWith.has(record)) {
        counts.inserted += 1;
      } else {
        counts.unchanged += 1;
      }
    }
    if (!kind.key && typeof record.values.id === 'string') this.factIds.set(record.values.id, row.id);
  }

  private insert(kind: RecordKind, record: ImportRecord, resolved: Resolved): { id: number } {
    this.writer.plan(kind.table as NodeTable, [rowIdIn(record.values.id, kind.typeName)]);
    const related = kind.type === 'agreement' ? this.partiesOf(record) : kind.type === 'country' ? this.formerCodesOf(record) : [];
    const row = kindWrites[kind.type]!.create(this.writer, resolved.input, resolved.rows, related);
    this.addListItems(kind, row.id, [...resolved.lists].flatMap(([name, ids]) => ids.map((id) => [name, id] as [string, number])));
    return row;
  }

  /** A new agreement's parties in the file (it is created with them), with their ids planned for the rows created. */
  private partiesOf(agreement: ImportRecord): Fields[] {
    const party = kindByType('party')!;
    const records = this.records.filter((r) => r.type === 'party' && r.values.agreement === agreement.values.handle);
    const parties: Fields[] = [];
    const ids: (number | undefined)[] = [];
    for (const record of records) {
      const organization = typeof record.values.organization === 'string' ? this.keyedRef('Organization', record.values.organization) : null;
      if (!organization) continue; // the party's own record reports it
      parties.push({ organizationId: toGlobalId('Organization', organization), role: record.values.role ?? undefined });
      ids.push(rowIdIn(record.values.id, party.typeName));
      this.createdWith.add(record);
    }
    this.writer.plan(party.table as NodeTable, ids);
    return parties;
  }

  /**
   * A new former state's codes: it has no current code, and a country needs one code at least, so
   * it is created with its former codes (its identifiers in the file that hold its key).
   */
  private formerCodesOf(country: ImportRecord): Fields[] {
    if (currentCodeColumns.some((column) => country.values[column])) return [];
    const identifier = kindByType('identifier')!;
    const records = this.records.filter((r) => r.type === 'identifier' && r.values.country === country.values.code && r.values.value === country.values.code);
    for (const record of records) this.createdWith.add(record);
    this.writer.plan(identifier.table as NodeTable, records.map((record) => rowIdIn(record.values.id, identifier.typeName)));
    return records.map(({ values }) => ({ scheme: values.scheme, value: values.value, startDate: values.start_date, endDate: values.end_date }));
  }

  private missingListItems(kind: RecordKind, id: number, resolved: Resolved): [string, number][] {
    const missing: [string, number][] = [];
    for (const [name, ids] of resolved.lists) {
      const list = kind.columns[name];
      if (!list || !isJoinList(list)) continue;
      const stored = new Set(this.writer.read.all<{ item: number }>(sql`SELECT ${list.item} AS item FROM ${list.through} WHERE ${list.owner} = ${id}`).map((r) => r.item));
      for (const item of ids) if (!stored.has(item)) missing.push([name, item]);
    }
    return missing;
  }

  private addListItems(kind: RecordKind, id: number, items: [string, number][]): void {
    for (const [name, item] of items) {
      const list = kind.columns[name];
      if (list && isJoinList(list)) {
        this.writer.changeJoinRows(sql`INSERT OR IGNORE INTO ${list.through} (${sql.identifier(list.owner.name)}, ${sql.identifier(list.item.name)}) VALUES (${id}, ${item})`);
      }
    }
  }

  /** The table property an input field sets. */
  private propertyOfField(kind: RecordKind, resolved: Resolved, field: string): string | undefined {
    const column = kind.columns[resolved.columnOf.get(field)!];
    if (!column) return undefined;
    if (isRef(column)) return propertyOf(kind.table, column.column);
    return column instanceof Column ? propertyOf(kind.table, column) : undefined;
  }

  /**
   * Checks the record's values (every column present and no other, enums, partial dates, text)
   * and resolves its references: all its problems at once.
   */
  private resolve(kind: RecordKind, record: ImportRecord): Resolved {
    const { values, where } = record;
    const problems: string[] = [];
    const resolved: Resolved = { input: {}, rows: {}, columnOf: new Map(), lists: new Map() };
    const known = new Set(['id', ...Object.keys(kind.columns), ...(kind === citationKind ? ['target_type', 'target'] : [])]);
    for (const name of Object.keys(values)) if (!known.has(name)) problems.push(problemAt(where, name, `unknown column; ${kind.file} has ${[...known].join(', ')}`));
    for (const [name, column] of Object.entries(kind.columns)) {
      if (!(name in values)) {
        problems.push(problemAt(where, name, 'missing: every column of the export must be given (empty for none)'));
        continue;
      }
      const value = values[name];
      // A null message: the value names a record the file has and that was refused; refused too, its problem being that record's.
      const bad = (message: string | null) => problems.push(message === null ? '' : problemAt(where, name, message));
      if (value != null && typeof value !== 'string' && !(column instanceof Column && column.dataType === 'json')) {
        bad(`${JSON.stringify(value)} is not text`);
        continue;
      }
      const text = value as string | null;
      if (isJoinList(column)) {
        const items = text ? text.split(column.separator) : [];
        const ids = items.map((key) => this.keyedRef(column.to, key));
        items.forEach((key, i) => ids[i] === null && bad(this.unknownRef(column.to, key)));
        resolved.lists.set(name, ids.filter((id): id is number => id !== null));
      } else if (isRef(column)) {
        const property = propertyOf(kind.table, column.column);
        const field = column.to === 'Country' ? camel(name) : `${camel(name)}Id`;
        resolved.columnOf.set(field, name);
        if (text == null) {
          resolved.rows[property] = null;
          resolved.input[field] = null;
          continue;
        }
        const id = this.keyedRef(column.to, text);
        if (id === null) {
          bad(this.unknownRef(column.to, text));
          continue;
        }
        resolved.rows[property] = id;
        resolved.input[field] = column.to === 'Country' ? text : toGlobalId(column.to, id);
      } else if (column instanceof Column) {
        const enumValues = column.enumValues as string[] | undefined;
        if (text != null && enumValues?.length && !enumValues.includes(text)) bad(`"${text}" is not one of ${enumValues.join(', ')}`);
        else if (text != null && holdsPartialDate(column) && !isPartialDate(text)) bad(`"${text}" is not a partial date (2025, 2025-04 or 2025-04-02)`);
        resolved.rows[propertyOf(kind.table, column)] = value;
        resolved.input[camel(name)] = value;
        resolved.columnOf.set(camel(name), name);
      }
      // Derived SQL (a country's `code`) is only read: its record is found by it.
    }
    if (kind === citationKind) this.resolveTarget(record, resolved, problems);
    if (problems.length) throw new Problems(problems.filter(Boolean));
    return resolved;
  }

  /** A citation's `target_type` and `target`: the cited record by its natural key, or a fact by the id this file gives it. */
  private resolveTarget(record: ImportRecord, resolved: Resolved, problems: string[]): void {
    const { target_type: type, target } = record.values;
    const kind = recordKinds.find((k) => k.type === type && k.cited);
    if (!kind) {
      problems.push(problemAt(record.where, 'target_type', `"${String(type)}" is not a kind of record that can be cited; one of ${recordKinds.filter((k) => k.cited).map((k) => k.type).join(', ')}`));
      return;
    }
    const id = typeof target !== 'string' ? null : kind.key ? this.keyedRef(kind.typeName, target) : (this.factIds.get(target) ?? null);
    if (id === null) {
      const message = kind.key ? this.unknownRef(kind.typeName, String(target))
        : this.refused.has(String(target)) ? null : `no ${kind.type} with the id "${String(target)}" in this file`;
      problems.push(message === null ? '' : problemAt(record.where, 'target', message));
      return;
    }
    resolved.rows[propertyOf(t.citations, kind.cited!)] = id;
    resolved.input.factId = toGlobalId(kind.typeName, id);
  }

  /** Why a reference names nothing; null when it names a record of the file that was refused (its problem is reported there). */
  private unknownRef(to: NodeTypeName, key: string): string | null {
    const kind = kindOf(to)!;
    if (this.refused.has(`${kind.type} ${key}`)) return null;
    return `no ${kind.type} has the ${kind.key} "${key}" in this registry or earlier in the import`;
  }

  /** The row id a reference names: a country by any of its codes, another record by its key; a merged-away record leads to its survivor, as lookups do. */
  private keyedRef(to: NodeTypeName, key: string): number | null {
    if (to === 'Country') return findCountryId(this.writer.read, key);
    let row = this.byKey(kindOf(to)!, key) as { id: number; mergedIntoId?: number | null } | undefined;
    while (row?.mergedIntoId != null) row = this.writer.find(nodeTables[to], row.mergedIntoId) as typeof row;
    return row?.id ?? null;
  }

  private byKey(kind: RecordKind, key: string): { id: number; mergedIntoId?: number | null } | undefined {
    const column = kind.columns[kind.key!]!;
    const where = column instanceof Column ? eq(column, key) : sql`${countryKey(t.countries)} = ${key}`;
    return this.writer.read.select().from(kind.table).where(where).get() as { id: number; mergedIntoId?: number | null } | undefined;
  }

  /** The stored record with the record's natural key; refused when it was merged away here (its values would overwrite the survivor's). */
  private keyed(kind: RecordKind, record: ImportRecord): { id: number } | null {
    const key = record.values[kind.key!];
    if (typeof key !== 'string' || !key) throw new Problems([problemAt(record.where, kind.key!, `missing: a ${kind.type} is found by its ${kind.key}`)]);
    const row = this.byKey(kind, key);
    if (row?.mergedIntoId != null) {
      const survivor = this.writer.read.select().from(kind.table).where(eq(kind.table.id, this.keyedRef(kind.typeName, key)!)).get() as Fields;
      const survivorKey = kind.key === 'code' && kind.typeName === 'Country' ? survivor.iocCode ?? survivor.iso3 : survivor[kind.key!];
      throw new Problems([problemAt(record.where, kind.key!, `"${key}" was merged into "${String(survivorKey)}" in this registry; an import does not write to a merged-away record: give the survivor's ${kind.key}, or leave the record out`)]);
    }
    return row ?? null;
  }

  /** The stored fact with the same identity (owner and content), compared with IS so empty matches empty. */
  private fact(kind: RecordKind, record: ImportRecord, resolved: Resolved): { id: number } | null {
    const conditions: SQL[] = kind.identity!.map((name) => {
      const column = name === 'target' ? this.citedColumn(record) : kind.columns[name]!;
      const stored = (isRef(column) ? column.column : column) as SQLiteColumn;
      return sql`${stored} IS ${resolved.rows[propertyOf(kind.table, stored)] ?? null}`;
    });
    return (this.writer.read.select().from(kind.table as SQLiteTable).where(and(...conditions)).get() as { id: number } | undefined) ?? null;
  }

  private citedColumn(record: ImportRecord): SQLiteColumn {
    return recordKinds.find((k) => k.type === record.values.target_type)!.cited!;
  }

  /** How a report names a record: `organization "noc-kazakhstan"`, `name "Қазақстан" (kk)`. */
  private label(kind: RecordKind, record: ImportRecord): string {
    if (kind.key) return `${kind.type} "${String(record.values[kind.key])}"`;
    const said = (kind.identity ?? []).map((name) => record.values[name]).filter((value) => value != null && value !== '');
    return `${kind.type} ${said.map((value) => JSON.stringify(value)).join(' ')} (${record.where.file}:${record.where.line})`;
  }
}

const currentCodeColumns = ['ioc_code', 'iso2', 'iso3', 'iso_numeric'];
const kindByType = (type: string) => (type === citationKind.type ? citationKind : recordKinds.find((kind) => kind.type === type));
const isRefName = (kind: RecordKind, name: string) => {
  const column = kind.columns[name];
  return column !== undefined && isRef(column);
};

/**
 * The records in the order they can be written: kind by kind as the export lists them (what facts
 * point at comes first), citations last, and within a kind whose records point at their own kind
 * (a sport's parent, an event's) each parent before its children.
 */
function ordered(records: ImportRecord[]): ImportRecord[] {
  const byType = new Map<string, ImportRecord[]>();
  for (const record of records) byType.set(record.type, [...(byType.get(record.type) ?? []), record]);
  const known = [...recordKinds, citationKind];
  const unknown = records.filter((record) => !known.some((kind) => kind.type === record.type));
  return [...known.flatMap((kind) => parentsFirst(kind, byType.get(kind.type) ?? [])), ...unknown];
}

function parentsFirst(kind: RecordKind, records: ImportRecord[]): ImportRecord[] {
  const parent = Object.entries(kind.columns).find(([, column]) => isRef(column) && column.to === kind.typeName)?.[0];
  if (!parent || !kind.key) return records;
  const byKey = new Map(records.map((record) => [record.values[kind.key!], record]));
  const out: ImportRecord[] = [];
  const placed = new Set<ImportRecord>();
  const place = (record: ImportRecord, depth: number) => {
    if (placed.has(record)) return;
    placed.add(record);
    const above = byKey.get(record.values[parent]);
    if (above && depth < 64) place(above, depth + 1);
    out.push(record);
  };
  for (const record of records) place(record, 0);
  return out;
}

