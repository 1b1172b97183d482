/** Writes to affiliations (ties between organisations). Each function runs inside one write (see shared/write.ts). */
import { sql } from 'drizzle-orm';
import { AffiliationKind } from '../../db/enums.js';
import * as t from '../../db/schema.js';
import { fail, UserErrorCode, type Writer } from '../../shared/write.js';
import { existing } from '../mutation/ids.js';
import { removeRecord } from '../mutation/remove-cited.js';
import { endNotBeforeStart, given, patchOf } from '../mutation/rules.js';
import { validateInput } from '../mutation/validate.js';
import type { CreateAffiliationInput, UpdateAffiliationInput } from './affiliation.input.js';

/** The kinds that make a hierarchy, so may not form a cycle. SAME_AS is symmetric and is left out. */
const hierarchical = [AffiliationKind.MEMBER_OF, AffiliationKind.PART_OF, AffiliationKind.RECOGNISED_BY];

/**
 * The chain by which `parentId` already lies below `organizationId` through hierarchical ties
 * (e.g. `asia-aquatics member_of world-aquatics`), or null. Walks upwards from the parent in one
 * recursive statement; `seen` keeps a walk from looping on a cycle already stored. Dates are not
 * considered: a tie that has ended still may not be reversed into a cycle.
 */
function chainBelow(writer: Writer, organizationId: number, parentId: number, exceptTieId: number | null): string | null {
  const row = writer.read.get<{ path: string } | undefined>(sql`
    WITH RECURSIVE up(id, path, seen) AS (
      SELECT ${t.organizations.id}, ${t.organizations.handle}, ',' || ${t.organizations.id} || ','
        FROM ${t.organizations} WHERE ${t.organizations.id} = ${parentId}
      UNION ALL
      SELECT a.parent_id, up.path || ' ' || a.kind || ' ' || o.handle, up.seen || a.parent_id || ','
        FROM up
        JOIN ${t.affiliations} a ON a.organization_id = up.id
        JOIN ${t.organizations} o ON o.id = a.parent_id
       WHERE a.kind IN (${sql.join(hierarchical.map((kind) => sql`${kind}`), sql`, `)})
         AND a.id IS NOT ${exceptTieId}
         AND instr(up.seen, ',' || a.parent_id || ',') = 0
    )
    SELECT path FROM up WHERE id = ${organizationId} LIMIT 1`);
  return row?.path ?? null;
}

function checkTie(writer: Writer, tie: Pick<t.AffiliationRow, 'organizationId' | 'parentId' | 'kind' | 'startDate' | 'endDate'>, exceptTieId: number | null) {
  if (tie.organizationId === tie.parentId) fail('parentId', 'An organisation cannot be tied to itself; give another parent.');
  endNotBeforeStart(tie.startDate, tie.endDate);
  if (!hierarchical.includes(tie.kind as AffiliationKind)) return;
  const chain = chainBelow(writer, tie.organizationId, tie.parentId, exceptTieId);
  if (chain) {
    const [member, parent] = [writer.find(t.organizations, tie.organizationId)!, writer.find(t.organizations, tie.parentId)!];
    fail('parentId', `"${member.handle}" cannot be ${tie.kind} "${parent.handle}": "${parent.handle}" is already below it (${chain}), so the ties would form a cycle. End or delete one of those ties first, or choose another parent.`, UserErrorCode.CONFLICT);
  }
}

export function createAffiliation(writer: Writer, input: CreateAffiliationInput) {
  validateInput(input);
  const member = existing(writer, t.organizations, input.organizationId, 'organizationId');
  const parent = existing(writer, t.organizations, input.parentId, 'parentId');
  const tie = { organizationId: member.id, parentId: parent.id, kind: input.kind, startDate: input.startDate ?? null, endDate: input.endDate ?? null, note: input.note ?? null };
  checkTie(writer, tie, null);
  return writer.insert(t.affiliations, tie);
}

export function updateAffiliation(writer: Writer, input: UpdateAffiliationInput) {
  validateInput(input);
  const current = existing(writer, t.affiliations, input.id, 'id');
  const patch = patchOf(writer, t.affiliations, current, given(input));
  checkTie(writer, { ...current, ...patch }, current.id);
  return writer.update(t.affiliations, current.id, patch)!;
}

export function deleteAffiliation(writer: Writer, input: { id: string }) {
  const current = existing(writer, t.affiliations, input.id, 'id');
  return removeRecord(writer, t.affiliations, current.id)!;
}
