import { Field, ObjectType } from 'type-graphql';
import type { IdentifierRow } from '../../db/schema.js';
import { Connection } from '../../shared/connection.type.js';
import { Node } from '../node/node.type.js';
import { Recorded } from '../history/recorded.type.js';

@ObjectType({ implements: [Node, Recorded], description: 'An identifier of an organisation or person in another registry, e.g. a Wikidata QID.' })
export class Identifier extends Node implements Pick<IdentifierRow, 'scheme' | 'value'> {
  @Field(() => String, { description: 'The registry the identifier belongs to, e.g. `wikidata`.' })
  scheme!: string;

  @Field(() => String, { description: 'The identifier in that registry, e.g. `Q1048869`.' })
  value!: string;
}

export const IdentifierConnection = Connection(Identifier, 'Identifier');
