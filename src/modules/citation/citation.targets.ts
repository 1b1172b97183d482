/** Which citation column points at each kind of fact, read from the foreign keys of `citations`. */
import type { Column } from 'drizzle-orm';
import { citations, type CitationRow } from '../../db/schema.js';
import { nodeTables, ownersIn, propertyOf, type NodeTypeName } from '../../shared/node-registry.js';

const targets = ownersIn(citations, citations.sourceId).map((target) => ({ ...target, key: propertyOf(citations, target.column) as keyof CitationRow }));
const targetByType = new Map(targets.map((target) => [target.typeName, target]));

export type CitedTypeName = NodeTypeName;

/** Every type a citation can support. */
export const citedTypeNames = targets.map(({ typeName }) => typeName);

/** The citation property that points at facts of `type` (`organizationId` for Organization). */
export function citationTargetKey(type: CitedTypeName): keyof CitationRow {
  return targetOf(type).key;
}

/** The citation column that points at facts of `type`; an error for a type no citation can support. */
export function citationColumn(type: CitedTypeName): Column {
  return targetOf(type).column;
}

function targetOf(type: CitedTypeName) {
  const target = targetByType.get(type);
  if (!target) throw new Error(`no citation can support a ${type}`);
  return target;
}

/** The table and row id of the fact a citation supports. */
export function citationTarget(citation: CitationRow) {
  for (const { typeName, key } of targets) {
    const id = citation[key];
    if (typeof id === 'number') return { table: nodeTables[typeName], id };
  }
  return null;
}

