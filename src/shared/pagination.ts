/**
 * Relay cursor connections for any table, root or nested. A page for many parents at once is
 * one windowed SQL statement that returns ids, counts and neighbours; the rows then come
 * through the `byId` loader. Cursors are opaque; today they encode the row id (the order).
 */
import type DataLoader from 'dataloader';
import { and, getTableName, sql, type Column, type SQL } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/client.js';
import { UserInputError } from './errors.js';
import { inKeys } from './filter.js';
import type { NodeTable } from './node-registry.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
const NO_BOUND = Number.MAX_SAFE_INTEGER;

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

export interface PageQuery<T extends NodeTable> {
  table: T;
  relation: Relation;
  where?: SQL;
  /** Distinguishes loaders whose filters differ; equal filters must give equal keys. */
  cacheKey: string;
  window: Window;
}

interface Window {
  forward: boolean;
  limit: number;
  afterId: number;
  beforeId: number;
}

export function encodeCursor(id: number): string {
  return Buffer.from(JSON.stringify([id])).toString('base64url');
}

function decodeCursor(cursor: string, argumentName: string): number {
  try {
    const [id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Number.isSafeInteger(id) && id > 0) return id;
  } catch {
    // fall through to the error below
  }
  throw new UserInputError(`\`${argumentName}\` is not a cursor from this connection; pass an edge's \`cursor\` or \`pageInfo.endCursor\`.`, argumentName);
}

function checkSize(value: number, argumentName: string): number {
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE) {
    throw new UserInputError(`\`${argumentName}\` must be a whole number from 0 to ${MAX_PAGE_SIZE}; got ${value}.`, argumentName);
  }
  return value;
}

/** Validates the Relay arguments; errors name the argument and what it accepts. */
export function pageWindow(args: PageArgsInput): Window {
  if (args.first != null && args.last != null) {
    throw new UserInputError('Pass either `first` (with `after`) or `last` (with `before`), not both.', 'last');
  }
  const forward = args.last == null;
  const limit = forward ? checkSize(args.first ?? DEFAULT_PAGE_SIZE, 'first') : checkSize(args.last!, 'last');
  return {
    forward,
    limit,
    afterId: args.after ? decodeCursor(args.after, 'after') : 0,
    beforeId: args.before ? decodeCursor(args.before, 'before') : NO_BOUND,
  };
}

/** A page query for `relation`, with a cache key that folds in the window and filter. */
export function pageQuery<T extends NodeTable>(
  table: T,
  relation: Relation,
  args: PageArgsInput,
  filter: { key?: unknown; where?: SQL } = {},
): PageQuery<T> {
  const window = pageWindow(args);
  const relationKey = relation === 'root' ? 'root' : 'by' in relation ? relation.by.name : `${relation.through.key.name}>${relation.through.target.name}`;
  return {
    table,
    relation,
    where: filter.where,
    window,
    cacheKey: JSON.stringify([getTableName(table), relationKey, window, filter.key ?? null]),
  };
}

interface WindowRow {
  id: number;
  k: number | string;
  inRange: number;
  total: number;
  beforeCount: number;
  afterCount: number;
}

export async function loadPages<T extends NodeTable, R>(
  db: Db,
  query: PageQuery<T>,
  keys: readonly (number | string)[],
  byId: DataLoader<number, R | null>,
): Promise<Page<R>[]> {
  const { table, relation, where, window } = query;
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
  const { afterId, beforeId, limit, forward } = window;
  const direction = forward ? sql`ASC` : sql`DESC`;
  const filters = and(scope, where);
  // Rows outside the cursors still count towards totalCount; one of them is kept per parent
  // (rn = 1) so a parent whose page is empty still reports its total.
  const rows = db.all<WindowRow>(sql`
    SELECT id, k, in_range AS inRange, total, before_count AS beforeCount, after_count AS afterCount FROM (
      SELECT *, row_number() OVER (PARTITION BY k, in_range ORDER BY id ${direction}) AS rn FROM (
        SELECT id, k, (id > ${afterId} AND id < ${beforeId}) AS in_range,
          count(*) OVER byParent AS total,
          sum(id <= ${afterId}) OVER byParent AS before_count,
          sum(id >= ${beforeId}) OVER byParent AS after_count
        FROM (SELECT DISTINCT ${table.id} AS id, ${parent} AS k FROM ${from} ${filters ? sql`WHERE ${filters}` : sql``})
        WINDOW byParent AS (PARTITION BY k)
      )
    ) WHERE rn <= ${limit + 1} AND (in_range = 1 OR rn = 1)`);

  const byParent = new Map<number | string, WindowRow[]>();
  for (const row of rows) byParent.set(row.k, [...(byParent.get(row.k) ?? []), row]);
  const nodes = await byId.loadMany(rows.filter((r) => r.inRange).map((r) => r.id));
  const nodeById = new Map<number, R>();
  rows.filter((r) => r.inRange).forEach((r, i) => nodeById.set(r.id, nodes[i] as R));

  return keys.map((key) => {
    const group = byParent.get(key) ?? [];
    const inRange = group.filter((r) => r.inRange);
    const hasMore = inRange.length > limit;
    const pageRows = inRange.slice(0, limit);
    if (!forward) pageRows.reverse();
    const edges = pageRows
      .filter((r) => nodeById.get(r.id))
      .map((r) => ({ cursor: encodeCursor(r.id), node: nodeById.get(r.id)! }));
    const first = group[0];
    return {
      edges,
      nodes: edges.map((edge) => edge.node),
      totalCount: first?.total ?? 0,
      pageInfo: {
        hasNextPage: forward ? hasMore : (first?.afterCount ?? 0) > 0,
        hasPreviousPage: forward ? (first?.beforeCount ?? 0) > 0 : hasMore,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  });
}
