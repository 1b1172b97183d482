/**
 * Relay cursor connections for any table, root or nested, in any ordering. A page for many
 * parents at once is one windowed SQL statement that returns the rows with their sort values
 * and counts. Cursors are opaque and carry the ordering and the row's sort values (keyset
 * pagination), so pages stay stable under ordering.
 */
import { and, getTableName, or, sql, type Column, type SQL } from 'drizzle-orm';
import { SQLiteSyncDialect, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/client.js';
import { quotedTableName, rawStatement } from '../db/rows.js';
import { UserInputError } from './errors.js';
import { inKeys } from './filter.js';
import { nodeRowShape, type NodeTable } from './node-registry.js';
import { BY_ID, type Ordering } from './order.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface PageArgsInput {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Page<R> {
  edges: { cursor: string; node: R }[];
  nodes: R[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/** How parents reach the rows: a column of the table, or a join table (many-to-many). */
export type Relation =
  | { by: Column }
  | { through: { table: SQLiteTable; key: Column; target: Column } }
  | 'root';

/** What a connection selects and how it orders: filters are SQL built by the modules. */
export interface Selection {
  where?: SQL;
  order?: Ordering;
  /** Tells apart selections whose SQL differs; equal arguments must give equal keys. */
  key?: unknown;
}

export interface PageQuery<T extends NodeTable> {
  table: T;
  relation: Relation;
  where?: SQL;
  order: Ordering;
  window: Window;
  cacheKey: string;
}

interface Window {
  forward: boolean;
  limit: number;
  /** Sort values then id of the cursor rows, when given. */
  after?: unknown[];
  before?: unknown[];
}

export function encodeCursor(order: Ordering, values: unknown[]): string {
  return Buffer.from(JSON.stringify([order.key, ...values])).toString('base64url');
}

function decodeCursor(cursor: string, order: Ordering, argumentName: string): unknown[] {
  try {
    const [key, ...values] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const id = values.at(-1);
    if (key === order.key && values.length === order.keys.length + 1 && Number.isSafeInteger(id) && id > 0) return values;
  } catch {
    // fall through to the error below
  }
  throw new UserInputError(
    `\`${argumentName}\` is not a cursor from this connection in this order; pass an edge's \`cursor\` or \`pageInfo.endCursor\` from a query with the same \`orderBy\`.`,
    argumentName,
  );
}

/** A page size from 0 to MAX_PAGE_SIZE, or a BAD_USER_INPUT error naming the argument. */
export function checkSize(value: number, argumentName: string): number {
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE) {
    throw new UserInputError(`\`${argumentName}\` must be a whole number from 0 to ${MAX_PAGE_SIZE}; got ${value}.`, argumentName);
  }
  return value;
}

/** Validates the Relay arguments; errors name the argument and what it accepts. */
export function pageWindow(args: PageArgsInput, order: Ordering = BY_ID): Window {
  if (args.first != null && args.last != null) {
    throw new UserInputError('Pass either `first` (with `after`) or `last` (with `before`), not both.', 'last');
  }
  const forward = args.last == null;
  return {
    forward,
    limit: forward ? checkSize(args.first ?? DEFAULT_PAGE_SIZE, 'first') : checkSize(args.last!, 'last'),
    after: args.after ? decodeCursor(args.after, order, 'after') : undefined,
    before: args.before ? decodeCursor(args.before, order, 'before') : undefined,
  };
}

/** A page query for `relation`, with a cache key that folds in the window, filter and order. */
export function pageQuery<T extends NodeTable>(table: T, relation: Relation, args: PageArgsInput, selection: Selection = {}): PageQuery<T> {
  const order = selection.order ?? BY_ID;
  const window = pageWindow(args, order);
  const relationKey = relation === 'root' ? 'root' : 'by' in relation ? relation.by.name : `${relation.through.key.name}>${relation.through.target.name}`;
  return {
    table,
    relation,
    where: selection.where,
    order,
    window,
    cacheKey: JSON.stringify([getTableName(table), relationKey, window, order.key, selection.key ?? null]),
  };
}

/** `(s0, s1, ..., id)` compared with cursor values, each key in its own direction. */
function beyond(order: Ordering, values: unknown[], side: 'after' | 'before'): SQL {
  const columns = [...order.keys.map((_, i) => sql.raw(`s${i}`)), sql.raw('id')];
  const descending = [...order.keys.map((k) => k.desc), false];
  const alternatives = columns.map((column, i) => {
    const greater = descending[i] === (side === 'before');
    const equalBefore = columns.slice(0, i).map((c, j) => sql`${c} = ${values[j]}`);
    return and(...equalBefore, greater ? sql`${column} > ${values[i]}` : sql`${column} < ${values[i]}`)!;
  });
  return sql`(${or(...alternatives)})`;
}

/** Window columns before the row's own in each result row: id, k, in_range, total, before_count, after_count. */
const WINDOW_COLUMNS = 6;
const dialect = new SQLiteSyncDialect();

/** One page per parent key, rows and counts from one statement; cursors are encoded only when asked for. */
export function loadPages<T extends NodeTable, R>(db: Db, query: PageQuery<T>, keys: readonly (number | string)[]): Page<R>[] {
  const { table, relation, where, window, order } = query;
  let from: SQL = sql`${table}`;
  let parent: SQL | Column = sql`0`; // a root connection is one parent, key 0
  if (relation !== 'root' && 'by' in relation) {
    parent = relation.by;
  } else if (relation !== 'root') {
    const { through } = relation;
    from = sql`${table} JOIN ${through.table} ON ${through.target} = ${table.id}`;
    parent = through.key;
  }
  const scope = relation === 'root' ? undefined : inKeys(parent, JSON.stringify(keys));
  const filters = and(scope, where);
  const sortSelect = order.keys.map((k, i) => sql`, ${k.expr} AS ${sql.raw(`s${i}`)}`);
  const sortNames = order.keys.map((_, i) => sql.raw(`, w.s${i}`));
  // For `last`, walk the ordering backwards and flip the page afterwards.
  const direction = (desc: boolean) => sql.raw(desc === window.forward ? 'DESC' : 'ASC');
  const orderBy = sql.join([...order.keys.map((k, i) => sql`${sql.raw(`s${i}`)} ${direction(k.desc)}`), sql`id ${direction(false)}`], sql`, `);
  const afterCursor = window.after ? beyond(order, window.after, 'after') : undefined;
  const beforeCursor = window.before ? beyond(order, window.before, 'before') : undefined;
  // Without cursors (a first page) every row is in range: SQLite does not fold constant windows
  // away, and leaving them out makes the statement about a fifth cheaper.
  const cursors = afterCursor !== undefined || beforeCursor !== undefined;
  const shape = nodeRowShape(table, 'r');
  // A join table may reach the same row twice from one parent; a column of the table cannot.
  const distinct = relation !== 'root' && 'through' in relation ? sql.raw('DISTINCT') : sql``;
  // Rows outside the cursors still count towards totalCount; one of them is kept per parent
  // (rn = 1) so a parent whose page is empty still reports its total.
  const { sql: text, params } = dialect.sqlToQuery(sql`
    SELECT w.id, w.k, w.in_range, w.total, w.before_count, w.after_count ${sql.join(sortNames, sql``)}, ${sql.raw(shape.selectList)} FROM (
      SELECT *, row_number() OVER (PARTITION BY k${sql.raw(cursors ? ', in_range' : '')} ORDER BY ${orderBy}) AS rn FROM (
        SELECT *, ${cursors ? sql`(${afterCursor ?? sql`1`} AND ${beforeCursor ?? sql`1`})` : sql`1`} AS in_range,
          count(*) OVER byParent AS total,
          ${afterCursor ? sql`sum(NOT ${afterCursor}) OVER byParent` : sql`0`} AS before_count,
          ${beforeCursor ? sql`sum(NOT ${beforeCursor}) OVER byParent` : sql`0`} AS after_count
        FROM (SELECT ${distinct} ${table.id} AS id, ${parent} AS k ${sql.join(sortSelect, sql``)} FROM ${from} ${filters ? sql`WHERE ${filters}` : sql``})
        WINDOW byParent AS (PARTITION BY k)
      )
    ) AS w JOIN ${sql.raw(quotedTableName(table))} AS r ON r."id" = w.id
    WHERE w.rn <= ${window.limit + 1}${cursors ? sql` AND (w.in_range = 1 OR w.rn = 1)` : sql``}
    ORDER BY w.k${sql.raw(cursors ? ', w.in_range DESC' : '')}, w.rn`);

  const sortCount = order.keys.length;
  const byParent = new Map<unknown, unknown[][]>();
  for (const values of rawStatement(db.$client, text).all(...params)) {
    const group = byParent.get(values[1]);
    if (group) group.push(values);
    else byParent.set(values[1], [values]);
  }
  return keys.map((key) => {
    const group = byParent.get(key) ?? [];
    const first = group[0];
    // In-range rows come first, in page order; a parent's only row may be out of range.
    let inRange = first?.[2] ? group.filter((values) => values[2]) : [];
    const hasMore = inRange.length > window.limit;
    if (hasMore) inRange = inRange.slice(0, window.limit);
    if (!window.forward) inRange.reverse();
    return new LoadedPage<R>(
      order,
      inRange.map((values) => shape.build(values, WINDOW_COLUMNS + sortCount) as R),
      // In id order a cursor is the row's id alone: nothing more to keep for each row.
      sortCount === 0 ? undefined : inRange.map((values) => values.slice(WINDOW_COLUMNS, WINDOW_COLUMNS + sortCount)),
      (first?.[3] as number | undefined) ?? 0,
      window.forward ? hasMore : ((first?.[5] as number | undefined) ?? 0) > 0,
      window.forward ? ((first?.[4] as number | undefined) ?? 0) > 0 : hasMore,
    );
  });
}

/**
 * A page whose edges and cursors are built when a client selects them, not before. A nested query
 * keeps every page it loads until it answers, so what a page holds per row is kept per row loaded.
 */
class LoadedPage<R> implements Page<R> {
  constructor(
    private readonly order: Ordering,
    readonly nodes: R[],
    /** Each node's sort values (none in id order): with its id, what its cursor encodes. */
    private readonly sortValues: unknown[][] | undefined,
    readonly totalCount: number,
    private readonly hasNextPage: boolean,
    private readonly hasPreviousPage: boolean,
  ) {}

  get edges(): Page<R>['edges'] {
    return this.nodes.map((node, i) => ({ node, cursor: this.cursor(i) }));
  }

  get pageInfo(): Page<R>['pageInfo'] {
    const last = this.nodes.length - 1;
    return {
      hasNextPage: this.hasNextPage,
      hasPreviousPage: this.hasPreviousPage,
      startCursor: last < 0 ? null : this.cursor(0),
      endCursor: last < 0 ? null : this.cursor(last),
    };
  }

  private cursor(i: number): string {
    const { id } = this.nodes[i] as { id: number };
    return encodeCursor(this.order, this.sortValues ? [...this.sortValues[i]!, id] : [id]);
  }
}
