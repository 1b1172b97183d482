/**
 * Deleting cited facts and the records that own them. The database would cascade citations,
 * names and identifiers away silently; removing them through the writer first records each
 * one, so the history shows them and a revert can restore them.
 */
import { count, eq, or, type Column } from 'drizzle-orm';
import { citations, identifiers, names } from '../../db/schema.js';
import { nodeTables, referringColumns, type NodeTable, type NodeTypeName } from '../../shared/node-registry.js';
import { fail, UserErrorCode, type Row, type Writer } from '../../shared/write.js';
import { citationColumn, type CitedTypeName } from '../citation/citation.targets.js';

export function removeCited<N extends CitedTypeName>(writer: Writer, type: N, id: number): Row<(typeof nodeTables)[N]> | null {
  for (const row of writer.tx.select({ id: citations.id }).from(citations).where(eq(citationColumn(type), id)).all()) {
    writer.remove(citations, row.id);
  }
  return writer.remove(nodeTables[type], id) as Row<(typeof nodeTables)[N]> | null;
}

/** How a refusal names the rows of each table that point at a record. */
const DEPENDENT_LABELS: Partial<Record<NodeTypeName, string>> = {
  Post: 'posts',
  Affiliation: 'ties',
  AgreementParty: 'agreement parties',
  EventOrganizer: 'event roles',
  Participation: 'attendances',
};
/** Rows deleted (and recorded) with the record they belong to, so they never hold a delete back. */
const OWNED: ReadonlySet<NodeTable> = new Set<NodeTable>([names, identifiers, citations]);

/**
 * Refuses (CONFLICT) to delete a record while any row still points at it, counting each kind. What
 * points at it is read from the foreign keys of the drizzle tables, so a new table that refers to
 * organisations or people holds their deletes back without being listed here; the rows the record
 * owns (names, identifiers, citations) are deleted with it instead.
 */
export function refuseWhileReferenced(writer: Writer, table: NodeTable, record: { id: number; handle: string }, remedy: string): void {
  const left: string[] = [];
  for (const { typeName, table: referring, columns } of referringColumns(table)) {
    if (OWNED.has(referring)) continue;
    const merged = columns.filter((column) => column.name === 'merged_into_id');
    const facts = columns.filter((column) => column.name !== 'merged_into_id');
    const counted = (of: Column[]) => (of.length === 0 ? 0 : writer.tx.select({ n: count() }).from(referring as any).where(or(...of.map((column) => eq(column, record.id)))).get()!.n);
    const factCount = counted(facts);
    if (factCount > 0) left.push(`${factCount} ${DEPENDENT_LABELS[typeName] ?? `${typeName} records`}`);
    const mergedCount = counted(merged);
    if (mergedCount > 0) left.push(`${mergedCount} records merged into them`);
  }
  if (left.length) fail('id', `"${record.handle}" still has ${left.join(', ')}; ${remedy}`, UserErrorCode.CONFLICT);
}

const ownedBy = {
  Organization: { name: names.organizationId, identifier: identifiers.organizationId },
  Person: { name: names.personId, identifier: identifiers.personId },
} as const;

/** Deletes an organisation or person with its names (and their citations), identifiers and citations. */
export function removeWithOwned<N extends keyof typeof ownedBy>(writer: Writer, type: N, id: number) {
  for (const row of writer.tx.select({ id: names.id }).from(names).where(eq(ownedBy[type].name, id)).all()) removeCited(writer, 'Name', row.id);
  for (const row of writer.tx.select({ id: identifiers.id }).from(identifiers).where(eq(ownedBy[type].identifier, id)).all()) {
    writer.remove(identifiers, row.id);
  }
  return removeCited(writer, type, id)!;
}
