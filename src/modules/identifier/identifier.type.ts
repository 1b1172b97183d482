import { ObjectType } from 'type-graphql';
import * as t from '../../db/schema.js';
import { ColumnFields } from '../../shared/column-fields.js';
import { ListOf, equalTo } from '../../shared/list.js';
import { Node } from '../node/node.type.js';

@ObjectType({ description: 'An identifier of an organisation or person in another registry, e.g. a Wikidata QID.' })
@ColumnFields(t.identifiers, {
  scheme: 'The registry the identifier belongs to, e.g. `wikidata`.',
  value: 'The identifier in that registry, e.g. `Q1048869`.',
})
export class Identifier extends Node {}

export const identifierList = ListOf(Identifier, {
  plural: 'identifiers',
  filter: {
    scheme: equalTo(t.identifiers.scheme, 'In this registry, e.g. `wikidata`.'),
  },
  order: {
    SCHEME: ['The registry.', t.identifiers.scheme],
    VALUE: ['The identifier.', t.identifiers.value],
  },
});
