/** The `names` column that ties a name to each kind of owner, read from its foreign keys (plain data: CLIs import it too). */
import type { Column } from 'drizzle-orm';
import { names } from '../../db/schema.js';
import { ownersIn, type NodeTypeName } from '../../shared/node-registry.js';

const ownerColumns = new Map(ownersIn(names).map(({ typeName, column }) => [typeName, column]));

/** The column of `names` that points at owners of this type; an error for a type that has no names. */
export function nameOwnerColumnOf(type: NodeTypeName): Column {
  const column = ownerColumns.get(type);
  if (!column) throw new Error(`a ${type} has no names`);
  return column;
}
