import { ObjectType } from 'type-graphql';
import * as t from '../../db/schema.js';
import { ColumnFields } from '../../shared/column-fields.js';
import { ListOf, equalTo } from '../../shared/list.js';
import { Node } from '../node/node.type.js';

@ObjectType({ description: "An identifier of an organisation, a person or a country in another registry, e.g. a Wikidata QID, or a country's former IOC code with its years." })
@ColumnFields(t.identifiers, {
  scheme: 'The registry the identifier belongs to, e.g. `wikidata`; a former country code is `ioc_code` or `iso_3166_3`.',
  value: 'The identifier in that registry, e.g. `Q1048869`, `URS`.',
  startDate: 'When it came into use, where that matters (a former code: its first year of use).',
  endDate: 'When it went out of use (a former code: its last year of use); null while in use.',
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
