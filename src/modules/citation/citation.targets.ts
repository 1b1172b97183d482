/** Which citation column points at each kind of fact: one map serves both directions. */
import { sql, type Column } from 'drizzle-orm';
import type { Confidence } from '../../db/enums.js';
import { citations, type CitationRow } from '../../db/schema.js';
import { cited } from '../../shared/filter.js';
import { nodeTables, type NodeTypeName } from '../../shared/node-registry.js';

const targetKeys = {
  Organization: 'organizationId',
  Person: 'personId',
  Name: 'nameId',
  Affiliation: 'affiliationId',
  Post: 'postId',
  Event: 'eventId',
  EventOrganizer: 'eventOrganizerId',
  Participation: 'participationId',
  Agreement: 'agreementId',
  AgreementParty: 'agreementPartyId',
} as const satisfies Partial<Record<NodeTypeName, keyof CitationRow>>;

export type CitedTypeName = keyof typeof targetKeys;

/** Every type a citation can support. */
export const citedTypeNames = Object.keys(targetKeys) as CitedTypeName[];

/** The citation property that points at facts of `type` (`organizationId` for Organization). */
export function citationTargetKey(type: CitedTypeName): (typeof targetKeys)[CitedTypeName] {
  return targetKeys[type];
}

export function citationColumn(type: CitedTypeName) {
  return citations[targetKeys[type]];
}

/** The table and row id of the fact a citation supports. */
export function citationTarget(citation: CitationRow) {
  for (const [type, key] of Object.entries(targetKeys) as [CitedTypeName, keyof CitationRow][]) {
    const id = citation[key];
    if (typeof id === 'number') return { table: nodeTables[type], id };
  }
  return null;
}

/** The `hasSource` and `minConfidence` conditions every cited type's filter offers. */
export function sourceConditions(type: CitedTypeName, id: Column, filter: { hasSource?: boolean | null; minConfidence?: Confidence | null }) {
  const column = citationColumn(type);
  return [
    filter.hasSource != null && (filter.hasSource ? cited(id, column) : sql`NOT ${cited(id, column)}`),
    filter.minConfidence && cited(id, column, filter.minConfidence),
  ];
}
