/**
 * Merges of duplicate organisations and people: the generic merge (modules/mutation/merge.ts)
 * moves everything that points at the duplicate to the survivor, one recorded change each, and
 * leaves the duplicate as a redirect. What only organisations add is the rule of their ties:
 * the moves may not close a cycle of membership, recognition or parts.
 */
import { sql } from 'drizzle-orm';
import { AffiliationKind } from '../../db/enums.js';
import * as t from '../../db/schema.js';
import { fail, UserErrorCode, type Writer } from '../../shared/write.js';
import { type MergeInput, mergeRecords } from '../mutation/merge.js';

/**
 * After the moves, a hierarchical tie path from the survivor back to itself, or null. Only ties
 * that touch the survivor changed, so any new cycle runs through it (e.g. the duplicate was a
 * member of a body that is itself a member of the survivor).
 */
function cycleThrough(writer: Writer, id: number): string | null {
  const hierarchical = [AffiliationKind.MEMBER_OF, AffiliationKind.PART_OF, AffiliationKind.RECOGNISED_BY];
  const row = writer.read.get<{ path: string } | undefined>(sql`
    WITH RECURSIVE up(id, path, seen) AS (
      SELECT ${t.organizations.id}, ${t.organizations.handle}, ',' FROM ${t.organizations} WHERE ${t.organizations.id} = ${id}
      UNION ALL
      SELECT a.parent_id, up.path || ' ' || a.kind || ' ' || o.handle, up.seen || a.parent_id || ','
        FROM up JOIN ${t.affiliations} a ON a.organization_id = up.id JOIN ${t.organizations} o ON o.id = a.parent_id
       WHERE a.kind IN (${sql.join(hierarchical.map((kind) => sql`${kind}`), sql`, `)}) AND instr(up.seen, ',' || a.parent_id || ',') = 0
    )
    SELECT path FROM up WHERE id = ${id} AND seen <> ',' LIMIT 1`);
  return row?.path ?? null;
}

/** Merges one organisation into another. */
export function mergeOrganizations(writer: Writer, input: MergeInput) {
  return mergeRecords(writer, t.organizations, input, (survivor) => {
    const cycle = cycleThrough(writer, survivor.id);
    if (cycle) fail('mergedId', `Merging would tie "${survivor.handle}" into a cycle (${cycle}); end or delete one of those ties first.`, UserErrorCode.CONFLICT);
  });
}

/** Merges one person record into another. */
export function mergePeople(writer: Writer, input: MergeInput) {
  return mergeRecords(writer, t.people, input);
}
