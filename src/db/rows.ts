/**
 * Rows for the hot paths (loaders, connection pages, the writes and the search index), read and
 * written straight through better-sqlite3 in the shape drizzle gives them: keys as the drizzle
 * table names them, JSON columns decoded. Each row is an instance of a class made per table whose
 * prototype carries the GraphQL type tag, so tagging costs nothing per row. The SELECT lists and
 * the columns written are derived from the drizzle tables, which stay the one description of
 * stored data. Every statement is prepared once per connection, here: drizzle prepares its SQL
 * again on every run unless it is `.prepare()`d, and preparing costs more than most runs.
 */
import type Database from 'better-sqlite3';
import { getTableColumns, getTableName, type Column } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { countStatement } from './client.js';

/** Column types whose stored value is the row value; any other is decoded by its drizzle column. */
const PLAIN = new Set(['SQLiteInteger', 'SQLiteText', 'SQLiteReal']);

export interface RowShape {
  /** `alias."column", ...` in the order `build` reads them. */
  selectList: string;
  /** A row from the values of one result row, starting at `offset`. */
  build(values: unknown[], offset?: number): object;
}

const shapes = new WeakMap<SQLiteTable, Map<string, RowShape>>();

/** How to select and build the rows of `table` under `alias`; `tag` is set on every row's prototype. */
export function rowShape(table: SQLiteTable, alias: string, tag?: { key: symbol; value: string }): RowShape {
  let byAlias = shapes.get(table);
  if (!byAlias) shapes.set(table, (byAlias = new Map()));
  let shape = byAlias.get(alias);
  if (!shape) byAlias.set(alias, (shape = makeShape(table, alias, tag)));
  return shape;
}

function makeShape(table: SQLiteTable, alias: string, tag?: { key: symbol; value: string }): RowShape {
  const columns = Object.entries(getTableColumns(table)) as [string, Column][];
  class Row {}
  if (tag) Object.defineProperty(Row.prototype, tag.key, { value: tag.value, enumerable: false });
  const decoders = columns.map(([, column]) => (PLAIN.has(column.columnType) ? undefined : (value: unknown) => (value === null ? null : column.mapFromDriverValue(value))));
  // One assignment per column in a fixed order: every row of a table shares one hidden class.
  const assignments = columns.map(([key], i) => `r[${JSON.stringify(key)}] = ${decoders[i] ? `d[${i}](v[o + ${i}])` : `v[o + ${i}]`};`).join('\n');
  const build = new Function('Row', 'd', `return function build(v, o = 0) { const r = new Row();\n${assignments}\nreturn r; }`)(Row, decoders);
  return { selectList: columns.map(([, column]) => `${alias}."${column.name}"`).join(', '), build };
}

export function quotedTableName(table: SQLiteTable): string {
  return `"${getTableName(table)}"`;
}

/** A statement prepared once per connection; rows come back as arrays of values. Each run is counted like drizzle's. */
export interface RawStatement {
  all(...params: unknown[]): unknown[][];
  get(...params: unknown[]): unknown[] | undefined;
  run(...params: unknown[]): Database.RunResult;
}

const statementsByClient = new WeakMap<Database.Database, Map<string, RawStatement>>();

/**
 * The statement for `text` on this connection, prepared on first use and kept: preparing costs
 * more than running most of these statements.
 */
export function rawStatement(client: Database.Database, text: string): RawStatement {
  let statements = statementsByClient.get(client);
  if (!statements) statementsByClient.set(client, (statements = new Map()));
  let raw = statements.get(text);
  if (!raw) {
    // Page statements vary with their filters' shapes: keep the set bounded.
    if (statements.size >= 1000) statements.clear();
    const statement = client.prepare(text);
    if (statement.reader) statement.raw(true);
    raw = {
      all(...params) {
        countStatement();
        return statement.all(...params) as unknown[][];
      },
      get(...params) {
        countStatement();
        return statement.get(...params) as unknown[] | undefined;
      },
      run(...params) {
        countStatement();
        return statement.run(...params);
      },
    };
    statements.set(text, raw);
  }
  return raw;
}

const memosByClient = new WeakMap<Database.Database, Map<string, unknown>>();

/**
 * Whatever `make` prepares for this connection (a drizzle `.prepare()`d query), made once and
 * kept under `key`. For statements whose text drizzle builds: their SQL is still written with
 * drizzle's builders, and only the preparing is shared.
 */
export function preparedOnce<T>(client: Database.Database, key: string, make: () => T): T {
  let memos = memosByClient.get(client);
  if (!memos) memosByClient.set(client, (memos = new Map()));
  if (!memos.has(key)) memos.set(key, make());
  return memos.get(key) as T;
}

/**
 * The statements of the write path for one table: a row by id, and insert, update and delete by
 * id, each returning the row as `shape` builds it (drizzle's shape: keys as the table names them,
 * JSON columns decoded). Values are encoded by their drizzle columns, as drizzle's own insert and
 * update do; a key that is not a column is ignored, and an undefined value is left out (the
 * column's default applies on insert, and the stored value stays on update).
 */
export interface TableRows {
  byId(id: number): object | undefined;
  insert(values: Record<string, unknown>): object;
  /** Inserts without reading the row back. */
  add(values: Record<string, unknown>): void;
  /** Undefined when there is no such row. */
  update(id: number, patch: Record<string, unknown>): object | undefined;
  /** Whether a row was deleted. */
  delete(id: number): boolean;
}

/** The statement texts of one table's `TableRows`, made once; inserts and updates by the set of columns they write. */
class TableTexts {
  readonly name: string;
  /** The columns a write may set (not generated ones), as the drizzle table names them. */
  readonly columns: [string, Column][];
  readonly byId: string;
  readonly delete: string;
  private readonly made = new Map<number, string>();

  constructor(table: SQLiteTable, readonly returning: string) {
    this.name = quotedTableName(table);
    this.columns = (Object.entries(getTableColumns(table)) as [string, Column][])
      .filter(([, column]) => column.generated === undefined || column.generated.type === 'byDefault');
    if (!this.columns.some(([key, column]) => key === 'id' && column.primary)) throw new Error(`${getTableName(table)} has no primary key column \`id\``);
    if (this.columns.length > 30) throw new Error(`${getTableName(table)} has more columns than a write's bit set holds`);
    this.byId = `SELECT ${returning} FROM ${this.name} WHERE ${this.name}."id" = ?`;
    this.delete = `DELETE FROM ${this.name} WHERE ${this.name}."id" = ?`;
  }

  /** `columns` is a bit set over `this.columns` (bit i: the i-th column is written). */
  insert(columns: number, returning: boolean): string {
    return this.memo(columns * 4 + (returning ? 1 : 0), () => {
      const names = this.named(columns);
      const into = names.length ? `(${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})` : 'DEFAULT VALUES';
      return `INSERT INTO ${this.name} ${into}${returning ? ` RETURNING ${this.returning}` : ''}`;
    });
  }

  update(columns: number): string {
    return this.memo(columns * 4 + 2, () =>
      `UPDATE ${this.name} SET ${this.named(columns).map((name) => `${name} = ?`).join(', ')} WHERE ${this.name}."id" = ? RETURNING ${this.returning}`);
  }

  private named(columns: number): string[] {
    return this.columns.filter((_, i) => columns & (1 << i)).map(([, column]) => `"${column.name}"`);
  }

  private memo(key: number, make: () => string): string {
    let text = this.made.get(key);
    if (text === undefined) this.made.set(key, (text = make()));
    return text;
  }
}
const tableTexts = new WeakMap<RowShape, TableTexts>();

/** The value to bind for a column, as drizzle encodes it; drizzle SQL values are not supported here. */
function encode(column: Column, value: unknown): unknown {
  if (value === null) return null;
  const encoded = column.mapToDriverValue(value);
  if (encoded !== null && typeof encoded === 'object' && !Buffer.isBuffer(encoded)) {
    throw new Error(`column ${column.name}: only plain values can be written through tableRows`);
  }
  return encoded;
}

/** Which columns `values` writes (a bit set over `columns`) and their parameters, in column order. */
function written(columns: [string, Column][], values: Record<string, unknown>, onInsert: boolean): [number, unknown[]] {
  let set = 0;
  const params: unknown[] = [];
  columns.forEach(([key, column], i) => {
    let value = values[key];
    // As drizzle: on insert, a column's default is the table's (in its DDL), else its $defaultFn,
    // else its $onUpdateFn; on update, its $onUpdateFn.
    if (value === undefined) value = onInsert ? (column.default == null ? column.defaultFn?.() ?? column.onUpdateFn?.() : undefined) : column.onUpdateFn?.();
    if (value === undefined) return;
    set |= 1 << i;
    params.push(encode(column, value));
  });
  return [set, params];
}

/** `shape` must select under the quoted table name (`rowShape(table, quotedTableName(table))`): RETURNING has no alias. */
export function tableRows(client: Database.Database, table: SQLiteTable, shape: RowShape): TableRows {
  let texts = tableTexts.get(shape);
  if (!texts) tableTexts.set(shape, (texts = new TableTexts(table, shape.selectList)));
  const t = texts;
  const build = (values: unknown[] | undefined) => (values ? shape.build(values) : undefined);
  return {
    byId(id) {
      return build(rawStatement(client, t.byId).get(id));
    },
    insert(values) {
      const [columns, params] = written(t.columns, values, true);
      return build(rawStatement(client, t.insert(columns, true)).get(...params))!;
    },
    add(values) {
      const [columns, params] = written(t.columns, values, true);
      rawStatement(client, t.insert(columns, false)).run(...params);
    },
    update(id, patch) {
      const [columns, params] = written(t.columns, patch, false);
      if (!columns) return this.byId(id);
      return build(rawStatement(client, t.update(columns)).get(...params, id));
    },
    delete(id) {
      return rawStatement(client, t.delete).run(id).changes > 0;
    },
  };
}
