import { isNotNull, isNull } from 'drizzle-orm';
import { ObjectType } from 'type-graphql';
import * as t from '../../db/schema.js';
import { ColumnFields } from '../../shared/column-fields.js';
import { filterBy, ListOf } from '../../shared/list.js';
import { Node } from '../node/node.type.js';

@ObjectType({ description: 'A sport or discipline, in a hierarchy: aquatics > swimming, diving, water polo, ...' })
@ColumnFields(t.sports, {
  code: 'A stable lowercase code, e.g. `aquatics`, `water-polo`.',
})
export class Sport extends Node {
  /** The English name: served through `Named.name(lang:)`. */
  name!: string;
}

export const sportList = ListOf(Sport, {
  plural: 'sports',
  filter: {
    topLevel: filterBy(() => Boolean, 'When true, only sports with no parent (aquatics); when false, only disciplines.', (topLevel: boolean) =>
      topLevel ? isNull(t.sports.parentId) : isNotNull(t.sports.parentId)),
  },
  order: {
    NAME: ['The English name.', t.sports.name],
    CODE: ['The code.', t.sports.code],
  },
});
