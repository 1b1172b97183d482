/**
 * Rows for the hot read paths (loaders and connection pages), read straight from better-sqlite3
 * in the shape drizzle gives them: keys as the drizzle table names them, JSON columns decoded.
 * Each row is an instance of a class made per table whose prototype carries the GraphQL type
 * tag, so tagging costs nothing per row. The SELECT list is derived from the drizzle table,
 * which stays the one description of stored data; statements are prepared once per connection.
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
  width: number;
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
  return { selectList: columns.map(([, column]) => `${alias}."${column.name}"`).join(', '), width: columns.length, build };
}

export function quotedTableName(table: SQLiteTable): string {
  return `"${getTableName(table)}"`;
}

const statementsByClient = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** A statement prepared once per connection, returning rows as arrays of values; counted like drizzle's. */
export function rawStatement(client: Database.Database, text: string): { all(...params: unknown[]): unknown[][] } {
  let statements = statementsByClient.get(client);
  if (!statements) statementsByClient.set(client, (statements = new Map()));
  let statement = statements.get(text);
  if (!statement) {
    // Page statements vary with their filters' shapes: keep the set bounded.
    if (statements.size >= 1000) statements.clear();
    statements.set(text, (statement = client.prepare(text).raw(true)));
  }
  const prepared = statement;
  return {
    all(...params) {
      countStatement();
      return prepared.all(...params) as unknown[][];
    },
  };
}
