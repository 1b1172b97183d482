import { Field, ObjectType } from 'type-graphql';
import type { SportRow } from '../../db/schema.js';
import { Connection } from '../../shared/connection.type.js';
import { Node } from '../node/node.type.js';

@ObjectType({ implements: Node, description: 'A sport or discipline, in a hierarchy: aquatics > swimming, diving, water polo, ...' })
export class Sport extends Node implements Pick<SportRow, 'code' | 'name'> {
  @Field(() => String, { description: 'A stable lowercase code, e.g. `aquatics`, `water-polo`.' })
  code!: string;

  @Field(() => String, { description: 'The English name.' })
  name!: string;
}

export const SportConnection = Connection(Sport, 'Sport');
