/**
 * Deleting cited facts and the records that own them. The database would cascade citations,
 * names and identifiers away silently; removing them through the writer first records each
 * one, so the history shows them and a revert can restore them.
 */
import { count, eq, type SQL } from 'drizzle-orm';
import { citations, identifiers, names } from '../../db/schema.js';
import { nodeTables, type NodeTable } from '../../shared/node-registry.js';
import { fail, UserErrorCode, type Row, type Writer } from '../../shared/write.js';
import { citationColumn, type CitedTypeName } from '../citation/citation.targets.js';

export function removeCited<N extends CitedTypeName>(writer: Writer, type: N, id: number): Row<(typeof nodeTables)[N]> | null {
  for (const row of writer.tx.select({ id: citations.id }).from(citations).where(eq(citationColumn(type), id)).all()) {
    writer.remove(citations, row.id);
  }
  return writer.remove(nodeTables[type], id) as Row<(typeof nodeTables)[N]> | null;
}

/** Facts that point at a record and would be lost with it. */
export interface Dependent {
  label: string;
  table: NodeTable;
  where: (id: number) => SQL | undefined;
}

/** Refuses (CONFLICT) to delete a record while any dependent fact still points at it, counting each kind. */
export function refuseWhileReferenced(writer: Writer, record: { id: number; handle: string }, dependents: Dependent[], remedy: string): void {
  const left = dependents
    .map((d) => ({ label: d.label, count: writer.tx.select({ n: count() }).from(d.table as any).where(d.where(record.id)).get()!.n }))
    .filter((d) => d.count > 0);
  if (left.length) {
    const list = left.map((d) => `${d.count} ${d.label}`).join(', ');
    fail('id', `"${record.handle}" still has ${list}; ${remedy}`, UserErrorCode.CONFLICT);
  }
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
