import { eq } from 'drizzle-orm';
import { ObjectType } from 'type-graphql';
import * as t from '../../db/schema.js';
import { ColumnFields } from '../../shared/column-fields.js';
import { Connection } from '../../shared/connection.type.js';
import { filterBy, ListOf } from '../../shared/list.js';
import { Node } from '../node/node.type.js';

@ObjectType({ description: 'An identifier of an organisation or person in another registry, e.g. a Wikidata QID.' })
@ColumnFields(t.identifiers, {
  scheme: 'The registry the identifier belongs to, e.g. `wikidata`.',
  value: 'The identifier in that registry, e.g. `Q1048869`.',
})
export class Identifier extends Node {}

export const IdentifierConnection = Connection(Identifier, 'Identifier');

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
