import { ObjectType } from 'type-graphql';
import * as t from '../../db/schema.js';
import { ColumnFields } from '../../shared/column-fields.js';
import { countryIs, ListOf } from '../../shared/list.js';
import { Node } from '../node/node.type.js';

@ObjectType({ description: 'A person who holds or held posts in the sports movement.' })
@ColumnFields(t.people, {
  handle: 'A stable human-readable key, e.g. `gennady-golovkin`.',
  honorificPrefix: 'An honorific such as `Sheikh`.',
  givenName: 'Given name in English.',
  familyName: 'Family name in English.',
  summary: 'One or two sentences on who they are.',
})
export class Person extends Node {
  /** Served through `Named.name(lang:)`. */
  name!: string;
}

export const personList = ListOf(Person, {
  plural: 'people',
  filter: {
    nationality: countryIs(t.people.nationalityId, 'Of this nationality'),
  },
  order: {
    NAME: ['The English name.', t.people.name],
    HANDLE: ['The handle.', t.people.handle],
  },
});
