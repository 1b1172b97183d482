/**
 * Deleting a cited fact. The database would cascade its citations away silently; removing them
 * through the writer first records each one, so the history shows them and a revert can restore them.
 */
import { eq } from 'drizzle-orm';
import { citations } from '../../db/schema.js';
import { nodeTables } from '../../shared/node-registry.js';
import type { Row, Writer } from '../../shared/write.js';
import { citationColumn, type CitedTypeName } from '../citation/citation.targets.js';

export function removeCited<N extends CitedTypeName>(writer: Writer, type: N, id: number): Row<(typeof nodeTables)[N]> | null {
  for (const row of writer.tx.select({ id: citations.id }).from(citations).where(eq(citationColumn(type), id)).all()) {
    writer.remove(citations, row.id);
  }
  return writer.remove(nodeTables[type], id) as Row<(typeof nodeTables)[N]> | null;
}
