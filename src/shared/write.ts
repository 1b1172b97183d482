/**
 * The one way to write. A write runs in a BEGIN IMMEDIATE transaction (no SQLITE_BUSY half-way
 * through a read-then-write), records every row it changes in `changes` with the row before and
 * after, keeps the search index current, and clears the request's loaders afterwards so the
 * rest of the request never sees a stale object. A `UserFailure` thrown inside rolls the whole
 * write back and becomes the payload's `userErrors`.
 */
import type { Context } from '../context.js';
import type { Db } from '../db/client.js';
import { preparedOnce, quotedTableName, tableRows, type TableRows } from '../db/rows.js';
import { changes } from '../db/schema.js';
import { indexPending } from './search-index.js';
import { nodeRowShape, typeNameOf, type NodeTable } from './node-registry.js';

export type Row<T extends NodeTable> = T['$inferSelect'];
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** What services may do with the transaction directly: read. Every write goes through the Writer's recorded methods. */
export type ReadTx = Pick<Tx, 'select' | 'get' | 'all'>;
/** Raw SQL run inside the transaction on the rows that have no id, so no history: join tables such as organization_sports. */
type JoinSql = Parameters<Tx['run']>[0];

/** What a user can fix: which input field, what is wrong, and a stable code. */
export interface UserErrorItem {
  field: string[];
  message: string;
  code: UserErrorCode;
}

export enum UserErrorCode {
  INVALID = 'INVALID',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  NOT_ALLOWED = 'NOT_ALLOWED',
}

export class UserFailure extends Error {
  constructor(readonly errors: UserErrorItem[]) {
    super(errors.map((e) => e.message).join(' '));
  }
}

/** Throws a single user error for one input field. */
export function fail(field: string | string[], message: string, code: UserErrorCode = UserErrorCode.INVALID): never {
  throw new UserFailure([{ field: ['input', ...(Array.isArray(field) ? field : [field])], message, code }]);
}

export class Writer {
  /**
   * `db` is the same connection as `tx`: the rows written and read by id go through statements
   * prepared once per connection (src/db/rows.ts), as do the search index's.
   */
  constructor(private readonly tx: Tx, private readonly db: Db, readonly actor: string, readonly operation: string) {}

  /** Reads inside the write's transaction (they see what the write has done so far). */
  get read(): ReadTx {
    return this.tx;
  }

  /**
   * Changes rows of a join table (no id, so no row in the history); the only write a service
   * makes outside `insert`, `update` and `remove`.
   */
  changeJoinRows(statement: JoinSql): void {
    this.tx.run(statement);
  }

  /** A row of `table` by id, or null. */
  find<T extends NodeTable>(table: T, id: number): Row<T> | null {
    return (this.rows(table).byId(id) as Row<T> | undefined) ?? null;
  }

  /**
   * A query of this write's service, made by `make` (a drizzle query with `sql.placeholder`s,
   * `.prepare()`d) once per connection and kept under `key`: drizzle prepares its SQL again on
   * every run otherwise.
   */
  prepared<T>(key: string, make: (db: Db) => T): T {
    return preparedOnce(this.db.$client, key, () => make(this.db));
  }

  /** Inserts the row and records it. `revertOfId` marks the change as the revert of another. */
  insert<T extends NodeTable>(table: T, values: T['$inferInsert'], revertOfId?: number): Row<T> {
    const row = this.rows(table).insert(values) as Row<T>;
    this.record(table, row.id, null, row, revertOfId);
    return row;
  }

  /** Updates the row and records it; null when there is no such row. */
  update<T extends NodeTable>(table: T, id: number, patch: Partial<T['$inferInsert']>, revertOfId?: number): Row<T> | null {
    const before = this.find(table, id);
    if (!before) return null;
    // Nothing to change is not an error, and not a change: nothing is recorded.
    if (Object.values(patch).every((value) => value === undefined)) return before;
    const after = this.rows(table).update(id, patch) as Row<T>;
    this.record(table, id, before, after, revertOfId);
    return after;
  }

  /** Deletes the row and records what it was; null when there is no such row. */
  remove<T extends NodeTable>(table: T, id: number, revertOfId?: number): Row<T> | null {
    const before = this.find(table, id);
    if (!before) return null;
    this.rows(table).delete(id);
    this.record(table, id, before, null, revertOfId);
    return before;
  }

  /** Appends to the history; `revertOfId` marks a revert. */
  record<T extends NodeTable>(table: T, id: number, before: Row<T> | null, after: Row<T> | null, revertOfId?: number): void {
    this.rows(changes).add({
      at: new Date().toISOString(),
      actor: this.actor,
      operation: this.operation,
      entityType: typeNameOf(table),
      entityId: id,
      before: before as Record<string, unknown> | null,
      after: after as Record<string, unknown> | null,
      revertOfId,
    });
  }

  /**
   * Brings the search index up to date with everything this write touched: the triggers on the
   * searchable tables and names recorded each entity (both owners of a name that moved).
   */
  flushSearch(): void {
    indexPending(this.db);
  }

  /** Rows tagged with their GraphQL type, as the loaders give them. */
  private rows(table: NodeTable): TableRows {
    return tableRows(this.db.$client, table, nodeRowShape(table, quotedTableName(table)));
  }
}

export type WriteResult<T> = { result: T; userErrors: [] } | { result: null; userErrors: UserErrorItem[] };

/**
 * Runs one mutation as one transaction by the calling key. The viewer is known to hold a key:
 * every mutation is guarded by @Authorized before it gets here.
 */
export function runWrite<T>(ctx: Context, operation: string, fn: (writer: Writer) => T): WriteResult<T> {
  if (ctx.viewer.kind !== 'key') throw new Error('runWrite reached without an authorised key');
  const actor = ctx.viewer.name;
  try {
    const result = ctx.db.transaction((tx) => {
      const writer = new Writer(tx, ctx.db, actor, operation);
      const value = fn(writer);
      writer.flushSearch();
      return value;
    }, { behavior: 'immediate' });
    return { result, userErrors: [] };
  } catch (error) {
    if (error instanceof UserFailure) return { result: null, userErrors: error.errors };
    throw error;
  } finally {
    ctx.loaders.clearAll();
  }
}
