/**
 * The per-request loaders. One factory serves every table: `byId` loads rows by primary key,
 * `byColumn` loads the rows whose column equals each key, `page` loads a connection page per
 * parent. Each batch is one SQL statement whatever the number of keys (the keys travel as one
 * JSON parameter through `json_each`, or bound as they are when there is one), and the statements
 * are prepared once per connection.
 */
import DataLoader from 'dataloader';
import type { Column } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { quotedTableName, rawStatement, type RowShape } from '../db/rows.js';
import type { RequestBudget } from '../limits/request-budget.js';
import { nodeRowShape, type NodeTable } from './node-registry.js';
import { loadPages, pageQuery, type Page, type PageArgsInput, type PageQuery, type Relation, type Selection } from './pagination.js';

type Row<T extends NodeTable> = T['$inferSelect'];
type Key = number | string;

export class Loaders {
  private readonly loaders = new Map<string, DataLoader<Key, unknown>>();
  private readonly uniqueByColumn = new Map<Column, DataLoader<Key, unknown>>();
  private readonly manyByColumn = new Map<Column, DataLoader<Key, unknown>>();
  private readonly values = new Map<string, unknown>();

  /** `budget.check()` runs before every batch, so a request past its time budget stops at its next SQL. */
  constructor(private readonly db: Db, private readonly budget?: RequestBudget) {}

  /** Rows by primary key; a missing row loads as null. */
  byId<T extends NodeTable>(table: T): DataLoader<number, Row<T> | null> {
    return this.byColumn(table, table.id, true) as unknown as DataLoader<number, Row<T> | null>;
  }

  /** The row whose unique column equals each key, or null. */
  byUnique<T extends NodeTable>(table: T, column: Column): DataLoader<Key, Row<T> | null> {
    return this.byColumn(table, column, true) as DataLoader<Key, Row<T> | null>;
  }

  /** All rows whose column equals each key, in id order. */
  byColumn<T extends NodeTable>(table: T, column: Column, unique = false): DataLoader<Key, Row<T>[] | Row<T> | null> {
    // Called for every related row a query resolves: found by the column object, no key string built.
    const loaders = unique ? this.uniqueByColumn : this.manyByColumn;
    let loader = loaders.get(column);
    if (!loader) loaders.set(column, (loader = this.createByColumn(table, column, unique)));
    return loader as DataLoader<Key, Row<T>[] | Row<T> | null>;
  }

  private createByColumn<T extends NodeTable>(table: T, column: Column, unique: boolean): DataLoader<Key, Row<T>[] | Row<T> | null> {
    const { shape, manyText, uniqueText, oneKeyText, key } = byColumnStatement(table, column);
    const text = unique ? uniqueText : manyText;
    return new DataLoader<Key, Row<T>[] | Row<T> | null>(async (keys) => {
      this.budget?.check();
      const rows = keys.length === 1 ? rawStatement(this.db.$client, oneKeyText).all(keys[0]) : rawStatement(this.db.$client, text).all(JSON.stringify(keys));
      if (unique) {
        // One row per key: no group arrays (a nested query makes thousands of these loads).
        const byKey = new Map<Key, Row<T>>();
        for (const values of rows) {
          const row = shape.build(values) as Row<T>;
          const k = (row as Record<string, Key>)[key]!;
          if (!byKey.has(k)) byKey.set(k, row);
        }
        return keys.map((k) => byKey.get(k) ?? null);
      }
      const grouped = new Map<Key, Row<T>[]>();
      for (const values of rows) {
        const row = shape.build(values) as Row<T>;
        const group = grouped.get((row as Record<string, Key>)[key]!);
        if (group) group.push(row);
        else grouped.set((row as Record<string, Key>)[key]!, [row]);
      }
      return keys.map((k) => grouped.get(k) ?? []);
    });
  }

  /** One page of a connection for each parent key (0 for a root connection). */
  page<T extends NodeTable>(query: PageQuery<T>): DataLoader<Key, Page<Row<T>>> {
    return this.memo(`page:${query.cacheKey}`, () =>
      new DataLoader<Key, Page<Row<T>>>(async (keys) => {
        this.budget?.check();
        return loadPages<T, Row<T>>(this.db, query, keys);
      }),
    );
  }

  /** The page of `table` that `args` asks for, reached from the parent `key` through `relation`. */
  connection<T extends NodeTable>(table: T, relation: Relation, key: Key, args: PageArgsInput, selection?: Selection): Promise<Page<Row<T>>> {
    return this.page(pageQuery(table, relation, args, selection)).load(key);
  }

  /** Forget everything loaded so far, for use after a write within the same request. */
  clearAll(): void {
    for (const loaders of [this.loaders, this.uniqueByColumn, this.manyByColumn]) for (const loader of loaders.values()) loader.clearAll();
    this.values.clear();
  }

  /** A value worked out once per request, and again after a write: a filter's country code is looked up once, however many lists the filter is on. */
  once<T>(key: string, compute: () => T): T {
    if (!this.values.has(key)) this.values.set(key, compute());
    return this.values.get(key) as T;
  }

  private memo<L>(key: string, create: () => L): L {
    let loader = this.loaders.get(key);
    if (!loader) this.loaders.set(key, (loader = create() as DataLoader<Key, unknown>));
    return loader as L;
  }
}

/** A byColumn loader's statement, row shape and the column's property name: the same for every request, made once. */
const byColumnStatements = new WeakMap<Column, { shape: RowShape; manyText: string; uniqueText: string; oneKeyText: string; key: string }>();
function byColumnStatement(table: NodeTable, column: Column) {
  let made = byColumnStatements.get(column);
  if (!made) {
    const shape = nodeRowShape(table, 'r');
    const select = `SELECT ${shape.selectList} FROM ${quotedTableName(table)} AS r WHERE r."${column.name}"`;
    // A batch of one key (a point lookup) compares it directly: a third cheaper than through json_each and a sort.
    // Rows of a unique column are found by key, so only lists need the sort (a sixth of a byId batch).
    const inKeys = `${select} IN (SELECT value FROM json_each(?))`;
    made = { shape, manyText: `${inKeys} ORDER BY r."id"`, uniqueText: inKeys, oneKeyText: `${select} = ? ORDER BY r."id"`, key: columnKey(table, column) };
    byColumnStatements.set(column, made);
  }
  return made;
}

/** The property name under which drizzle returns a column (its key in the table object). */
function columnKey(table: NodeTable, column: Column): string {
  const entry = Object.entries(table).find(([, value]) => value === column);
  if (!entry) throw new Error(`column ${column.name} does not belong to the table`);
  return entry[0];
}
