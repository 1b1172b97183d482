/** The arguments of every connection of Identifier items: filter, order, page. */
import { eq } from 'drizzle-orm';
import * as t from '../../db/schema.js';
import { filterBy, ListOf } from '../../shared/list.js';

export const identifierList = ListOf(t.identifiers, {
  plural: 'identifiers',
  filter: {
    scheme: filterBy(() => String, 'In this registry, e.g. `wikidata`.', (scheme: string) => scheme && eq(t.identifiers.scheme, scheme)),
  },
  order: {
    SCHEME: ['The registry.', t.identifiers.scheme],
    VALUE: ['The identifier.', t.identifiers.value],
  },
});
export const IdentifierArgs = identifierList.Args;
export type IdentifierArgs = InstanceType<typeof IdentifierArgs>;
export const identifierSelection = identifierList.selection;
