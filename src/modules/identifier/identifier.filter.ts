/** The SQL behind the filter and orderBy arguments of Identifier connections. */
import { eq } from 'drizzle-orm';
import * as t from '../../db/schema.js';
import { whereOf } from '../../shared/filter.js';
import { selectionOf } from '../../shared/order.js';
import type { IdentifierArgs, IdentifierFilter } from './identifier.args.js';

export function identifierWhere(filter: IdentifierFilter | null | undefined) {
  return whereOf(filter, (f) => [
    f.scheme && eq(t.identifiers.scheme, f.scheme),
  ]);
}

export function identifierSelection(args: IdentifierArgs) {
  return selectionOf(args, identifierWhere, {
    SCHEME: t.identifiers.scheme,
    VALUE: t.identifiers.value,
  });
}
