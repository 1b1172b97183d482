/**
 * The merge any mergeable type can use, read from the foreign keys rather than listed: every row
 * that points at the merged record (through any foreign key, of a node table or of a join table)
 * moves to the survivor, one recorded update each. Where the moved row would repeat a fact the
 * survivor already has (the same row on a unique index, the same fact by the registry's
 * `sameFactBy`, or the same values in every column), the duplicate is folded into the survivor's
 * row instead: what points at it moves there, the same way, and it is removed through the writer.
 * The merged row stays, marked `mergedIntoId`, so its id and keys lead to the survivor.
 */
import { and, eq, isNull, ne, sql, type Column } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/sqlite-core';
import { NameKind } from '../../db/enums.js';
import * as t from '../../db/schema.js';
import {
  declarationOf, joinTablesPointing, labelOf, ownerColumn, propertyOf, referringColumns, typeNameOf, type NodeTable,
} from '../../shared/node-registry.js';
import { fail, UserErrorCode, type Row, type Writer } from '../../shared/write.js';
import { existing } from './ids.js';
import { removeRecord } from './remove-cited.js';

export type MergeableTable = Extract<NodeTable, { mergedIntoId: Column }>;

export interface MergeInput {
  survivorId: string;
  mergedId: string;
}

/** The two rows of a merge, after the rules every merge shares. */
export function pair<T extends MergeableTable>(writer: Writer, table: T, input: MergeInput) {
  const survivor = existing(writer, table, input.survivorId, 'survivorId', { allowMerged: true }) as Row<T>;
  const merged = existing(writer, table, input.mergedId, 'mergedId', { allowMerged: true }) as Row<T>;
  if (survivor.id === merged.id) fail('mergedId', '`mergedId` names the survivor itself; give the id of the duplicate record.');
  const labelOfId = (id: number) => {
    const row = writer.find(table, id);
    return row ? labelOf(table, row) : String(id);
  };
  if (merged.mergedIntoId != null) {
    fail('mergedId', `"${labelOf(table, merged)}" was already merged into "${labelOfId(merged.mergedIntoId)}"; nothing is left to merge.`, UserErrorCode.NOT_ALLOWED);
  }
  if (survivor.mergedIntoId != null) {
    fail('survivorId', `"${labelOf(table, survivor)}" was merged into "${labelOfId(survivor.mergedIntoId)}"; merge into that record instead.`, UserErrorCode.NOT_ALLOWED);
  }
  return { survivor, merged };
}

/** Merges `input.mergedId` into `input.survivorId`: see the file comment. Answers the survivor after the merge. */
export function mergeRecords<T extends MergeableTable>(writer: Writer, table: T, input: MergeInput, check?: (survivor: Row<T>) => void): Row<T> {
  const { survivor, merged } = pair(writer, table, input);
  moveReferences(writer, table, merged.id, survivor.id);
  refuseCycles(writer, table, survivor);
  check?.(survivor);
  keepMergedName(writer, table, survivor, merged);
  const filled = gaps(table, survivor, merged);
  if (Object.keys(filled).length) writer.update(table, survivor.id, filled as never);
  writer.update(table, merged.id, { mergedIntoId: survivor.id } as never);
  return writer.find(table, survivor.id)!;
}

/** Moves (or folds) every row that points at row `from` of `table` over to row `to`. */
function moveReferences(writer: Writer, table: NodeTable, from: number, to: number): void {
  for (const { table: referring, columns } of referringColumns(table)) {
    for (const column of columns) {
      const key = propertyOf(referring, column);
      for (const row of writer.read.select().from(referring as any).where(eq(column, from)).all() as { id: number }[]) {
        const moved: Record<string, unknown> = { ...row, [key]: to };
        if (declarationOf(typeNameOf(referring)).notSelf && columns.every((c) => moved[propertyOf(referring, c)] === to)) {
          removeRecord(writer, referring, row.id);
          continue;
        }
        const twin = twinOf(writer, referring, column, moved);
        if (twin) {
          moveReferences(writer, referring, row.id, twin.id);
          removeRecord(writer, referring, row.id);
        } else {
          writer.update(referring, row.id, { [key]: to } as never);
        }
      }
    }
  }
  // Join tables have no ids and no history (as when organisations merge): the survivor gains the
  // rows it lacks, and the merged record's go.
  for (const { table: join, columns } of joinTablesPointing(table)) {
    const all = getTableConfig(join).columns;
    for (const column of columns) {
      const values = sql.join(all.map((c) => (c === column ? sql`${to}` : sql.identifier(c.name))), sql`, `);
      writer.changeJoinRows(sql`INSERT OR IGNORE INTO ${join} (${sql.join(all.map((c) => sql.identifier(c.name)), sql`, `)})
        SELECT ${values} FROM ${join} WHERE ${column} = ${from}`);
      writer.changeJoinRows(sql`DELETE FROM ${join} WHERE ${column} = ${from}`);
    }
  }
}

/** Another row of `table` stating the same fact as `row` (whose `column` now names the survivor), if any. */
function twinOf(writer: Writer, table: NodeTable, column: Column, row: Record<string, unknown>): { id: number } | undefined {
  const config = getTableConfig(table);
  const same = (columns: Column[]) => and(...columns.map((c) => {
    const value = row[propertyOf(table, c)];
    return value == null ? isNull(c) : eq(c, value);
  }));
  const groups: Column[][] = [
    ...config.indexes.filter((index) => index.config.unique).map((index) => index.config.columns as Column[]),
    ...config.uniqueConstraints.map((constraint) => constraint.columns as Column[]),
  ].filter((columns) => columns.includes(column));
  const sameFactBy = declarationOf(typeNameOf(table)).sameFactBy;
  if (sameFactBy) groups.push([column, ...sameFactBy.map((key) => (table as unknown as Record<string, Column>)[key]!)]);
  groups.push(config.columns.filter((c) => c !== table.id));
  for (const columns of groups) {
    const twin = writer.read.select({ id: table.id }).from(table as any).where(and(ne(table.id, row.id as number), same(columns))).get() as { id: number } | undefined;
    if (twin) return twin;
  }
  return undefined;
}

/** A record's own hierarchy (a sport's parent) may not come back to it after the moves. */
function refuseCycles(writer: Writer, table: MergeableTable, survivor: { id: number }): void {
  const self = referringColumns(table).find((referring) => referring.table === table)?.columns ?? [];
  for (const column of self.filter((c) => c !== table.mergedIntoId)) {
    const key = propertyOf(table, column);
    const chain = [writer.find(table, survivor.id)!];
    for (let next = chain[0]![key as never] as number | null; next != null && chain.length <= 64;) {
      const row = writer.find(table, next)!;
      chain.push(row);
      if (row.id === survivor.id) {
        const path = chain.map((r) => `"${labelOf(table, r)}"`).join(' > ');
        fail('mergedId', `Merging would put "${labelOf(table, row)}" below itself (${path}, through \`${key}\`); change one of those first.`, UserErrorCode.CONFLICT);
      }
      next = row[key as never] as number | null;
    }
  }
}

/** Keeps the duplicate's main name findable on the survivor, as an alias, unless a name already says it. */
function keepMergedName(writer: Writer, table: MergeableTable, survivor: object, merged: object): void {
  const owner = ownerColumn(t.names, typeNameOf(table));
  const [name, survivorName] = [(merged as { name?: string }).name, (survivor as { name?: string }).name];
  if (!owner || !name || name === survivorName) return;
  const to = (survivor as { id: number }).id;
  const known = writer.read.select({ id: t.names.id }).from(t.names).where(and(eq(owner, to), eq(t.names.value, name))).get();
  if (known) return;
  writer.insert(t.names, {
    [propertyOf(t.names, owner)]: to, value: name, lang: 'en', kind: NameKind.ALIAS, note: `The name of the merged record "${labelOf(table, merged)}".`,
  } as typeof t.names.$inferInsert);
}

/**
 * Fields the survivor lacks and the duplicate knows: optional values and references to other
 * records (a country), not unique keys nor the record's own hierarchy (a sport's parent).
 */
function gaps(table: MergeableTable, survivor: object, merged: object): Record<string, unknown> {
  const config = getTableConfig(table);
  const keyed = new Set<Column>([
    ...config.foreignKeys.map((fk) => fk.reference()).filter((r) => r.foreignTable === table).flatMap((r) => r.columns),
    ...config.indexes.filter((index) => index.config.unique).flatMap((index) => index.config.columns as Column[]),
    ...config.columns.filter((c) => c.isUnique || c.primary),
  ]);
  const [s, m] = [survivor as Record<string, unknown>, merged as Record<string, unknown>];
  return Object.fromEntries(config.columns
    .filter((c) => !c.notNull && !keyed.has(c))
    .map((c) => propertyOf(table, c))
    .filter((key) => s[key] == null && m[key] != null)
    .map((key) => [key, m[key]]));
}
