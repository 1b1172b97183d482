/**
 * Deleting records with what they own. The database would cascade citations, names and
 * identifiers away silently; removing them through the writer first records each one, so the
 * history shows them and a revert can restore them. Both what a record owns and what holds its
 * delete back are read from the foreign keys of the drizzle tables (see shared/node-registry.ts),
 * so a new table that points at a record is covered without being listed here.
 */
import { count, eq, or, type Column } from 'drizzle-orm';
import { joinTablesPointing, labelOf, referringColumns, type NodeTable } from '../../shared/node-registry.js';
import { fail, UserErrorCode, type Row, type Writer } from '../../shared/write.js';

/** Deletes a record with every row it owns (names, identifiers, citations, and theirs), each recorded. */
export function removeRecord<T extends NodeTable>(writer: Writer, table: T, id: number): Row<T> | null {
  for (const { table: owned, columns, declared } of referringColumns(table)) {
    if (!declared.owned) continue;
    for (const row of writer.read.select({ id: owned.id }).from(owned as any).where(or(...columns.map((column) => eq(column, id)))).all()) {
      removeRecord(writer, owned, row.id);
    }
  }
  return writer.remove(table, id);
}

/**
 * Refuses (CONFLICT) to delete a record while any row it does not own still points at it,
 * counting each kind (rows of join tables, such as an organisation's sports, by what they join it to).
 */
export function refuseWhileReferenced(writer: Writer, table: NodeTable, record: { id: number }, remedy: string): void {
  const left: string[] = [];
  for (const { typeName, table: referring, columns, declared } of referringColumns(table)) {
    if (declared.owned) continue;
    const merged = columns.filter((column) => column.name === 'merged_into_id');
    const facts = columns.filter((column) => column.name !== 'merged_into_id');
    const counted = (of: Column[]) => (of.length === 0 ? 0 : writer.read.select({ n: count() }).from(referring as any).where(or(...of.map((column) => eq(column, record.id)))).get()!.n);
    const factCount = counted(facts);
    if (factCount > 0) left.push(`${factCount} ${declared.dependents ?? `${typeName} records`}`);
    const mergedCount = counted(merged);
    if (mergedCount > 0) left.push(`${mergedCount} records merged into them`);
  }
  for (const { table: join, columns, others } of joinTablesPointing(table, { blockingOnly: true })) {
    const n = writer.read.select({ n: count() }).from(join).where(or(...columns.map((column) => eq(column, record.id)))).get()!.n;
    if (n > 0) left.push(`${n} ${others.join(' and ')} records`);
  }
  if (left.length) fail('id', `"${labelOf(table, record)}" still has ${left.join(', ')}; ${remedy}`, UserErrorCode.CONFLICT);
}

/** A delete: refused while anything else points at the record, then the record with what it owns. */
export function deleteRecord<T extends NodeTable>(writer: Writer, table: T, record: Row<T>, remedy: string): Row<T> {
  refuseWhileReferenced(writer, table, record, remedy);
  return removeRecord(writer, table, record.id)!;
}
