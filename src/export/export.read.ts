/**
 * Reads the records of each kind one row at a time (better-sqlite3's `iterate()` on the SQL the
 * drizzle query builder writes), so an export holds one row in memory whatever the registry's
 * size, and looks up each row's citations with one prepared statement.
 */
import { and, Column, count, eq, fillPlaceholders, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/client.js';
import * as t from '../db/schema.js';
import { toGlobalId } from '../shared/global-id.js';
import { isJoinList, isRef, refKey, type RecordKind } from './export.records.js';
import type { Scope } from './export.scope.js';

export type ExportRow = Record<string, unknown> & { id: string };

export interface Citation {
  id: string;
  source: string;
  /** The source's address, when it has one (Popolo's `sources` links). */
  source_url: string | null;
  quote: string | null;
  quote_translation: string | null;
  confidence: string;
  kind: string;
  correction: string | null;
  note: string | null;
}


/** The query of one kind's rows within the scope (and `extra`), its fields in order, and how each field's stored value is decoded. */
function kindQuery(db: Db, kind: RecordKind, scope: Scope, extra?: SQL) {
  const fields: Record<string, SQLiteColumn | SQL | SQL.Aliased> = { id: kind.table.id };
  const decoders: ((value: unknown) => unknown)[] = [(id) => toGlobalId(kind.typeName, id as number)];
  const joins: [any, SQL][] = [];
  for (const [name, column] of Object.entries(kind.columns)) {
    if (isRef(column)) {
      const { join, value } = refKey(column.to, column.column, `ref_${name}`);
      if (join) joins.push(join);
      fields[name] = value;
      decoders.push(join ? (v) => v : (v) => (v == null ? v : toGlobalId(column.to, v as number)));
    } else if (isJoinList(column)) {
      fields[name] = column.value;
      decoders.push((v) => v);
    } else {
      fields[name] = column;
      decoders.push(column instanceof Column ? (v) => (v == null ? v : column.mapFromDriverValue(v)) : (v) => v);
    }
  }
  let query = db.select(fields).from(kind.table).$dynamic();
  for (const [table, on] of joins) query = query.leftJoin(table, on);
  return { query: query.where(and(kind.where(scope), extra)).orderBy(kind.table.id), names: Object.keys(fields), decoders };
}

/** A row as read, with its row id (for lookups) beside the record as exported. */
export interface ReadRow {
  rowId: number;
  row: ExportRow;
}

/**
 * Prepares the query of `kind`'s rows within `scope`, in id order; `extra` may narrow it with
 * `sql.placeholder`s, filled from the values each call gives. Each call iterates one row at a time.
 */
export function rowReader(db: Db, kind: RecordKind, scope: Scope, extra?: SQL): (values?: Record<string, unknown>) => Generator<ReadRow> {
  const { query, names, decoders } = kindQuery(db, kind, scope, extra);
  const { sql: text, params } = query.toSQL();
  const statement = db.$client.prepare(text).raw(true);
  return function* read(values = {}) {
    for (const stored of statement.iterate(...fillPlaceholders(params, values)) as Iterable<unknown[]>) {
      const row: Record<string, unknown> = {};
      for (let i = 0; i < names.length; i++) row[names[i]!] = decoders[i]!(stored[i]);
      yield { rowId: stored[0] as number, row: row as ExportRow };
    }
  };
}

/** The rows of `kind` within `scope`, one at a time, in id order. */
export const readRows = (db: Db, kind: RecordKind, scope: Scope) => rowReader(db, kind, scope)();

/** A function answering the citations of a row of `kind`, oldest first, with their sources' handles. */
export function citationsOf(db: Db, kind: RecordKind): (rowId: number) => Citation[] {
  if (!kind.cited) return () => [];
  const c = t.citations;
  const query = db.select({
    id: c.id, source: t.sources.handle, source_url: t.sources.url, quote: c.quote, quote_translation: c.quoteTranslation, confidence: c.confidence,
    kind: c.kind, correction: c.correction, note: c.note,
  }).from(c).innerJoin(t.sources, eq(t.sources.id, c.sourceId)).where(eq(kind.cited, sql.placeholder('id'))).orderBy(c.id);
  const names = Object.keys(query._.selectedFields);
  const { sql: text, params } = query.toSQL();
  // Raw rows, named by the select's fields: the SQL does not alias the columns (`handle`, not `source`).
  const statement = db.$client.prepare(text).raw(true);
  return (id) => (statement.all(...fillPlaceholders(params, { id })) as unknown[][]).map((values) => {
    const citation = Object.fromEntries(names.map((name, i) => [name, values[i]])) as unknown as Citation;
    return { ...citation, id: toGlobalId('Citation', citation.id as unknown as number) };
  });
}

/** Any drizzle select, one row at a time, as objects keyed by its fields (values as stored). */
export function* iterateQuery<T extends Record<string, unknown>>(db: Db, query: { toSQL(): { sql: string; params: unknown[] }; _: { selectedFields: object } }): Generator<T> {
  const names = Object.keys(query._.selectedFields);
  const { sql: text, params } = query.toSQL();
  for (const stored of db.$client.prepare(text).raw(true).iterate(...params) as Iterable<unknown[]>) {
    yield Object.fromEntries(names.map((name, i) => [name, stored[i]])) as T;
  }
}

/** How many rows of `kind` an export within `scope` writes. */
export const countKindRows = (db: Db, kind: RecordKind, scope: Scope) => db.select({ n: count() }).from(kind.table).where(kind.where(scope)).get()!.n;
