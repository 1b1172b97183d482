import { ObjectType } from 'type-graphql';
import * as t from '../../db/schema.js';
import { ColumnFields } from '../../shared/column-fields.js';
import { Connection } from '../../shared/connection.type.js';
import { Node } from '../node/node.type.js';

@ObjectType({ description: 'A sport or discipline, in a hierarchy: aquatics > swimming, diving, water polo, ...' })
@ColumnFields(t.sports, {
  code: 'A stable lowercase code, e.g. `aquatics`, `water-polo`.',
})
export class Sport extends Node {
  /** The English name: served through `Named.name(lang:)`. */
  name!: string;
}

export const SportConnection = Connection(Sport, 'Sport');
