import { Field, ObjectType } from 'type-graphql';
import type { SportRow } from '../../db/schema.js';
import { Connection } from '../../shared/connection.type.js';
import { Cited } from '../citation/cited.type.js';
import { Recorded } from '../history/recorded.type.js';
import { Named } from '../name/named.type.js';
import { Node } from '../node/node.type.js';

@ObjectType({ implements: [Node, Named, Cited, Recorded], description: 'A sport or discipline, in a hierarchy: aquatics > swimming, diving, water polo, ...' })
export class Sport extends Node implements Pick<SportRow, 'code' | 'name'> {
  @Field(() => String, { description: 'A stable lowercase code, e.g. `aquatics`, `water-polo`.' })
  code!: string;

  /** The English name: served through `Named.name(lang:)`. */
  name!: string;
}

export const SportConnection = Connection(Sport, 'Sport');
