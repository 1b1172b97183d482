import { Field, ObjectType } from 'type-graphql';
import type { ParticipationRow } from '../../db/schema.js';
import { Connection } from '../../shared/connection.type.js';
import { Cited } from '../citation/cited.type.js';
import { Node } from '../node/node.type.js';
import { Recorded } from '../history/recorded.type.js';

@ObjectType({ implements: [Node, Cited, Recorded], description: 'Attendance at an event: a person, an organisation, or a person for an organisation, in some capacity.' })
export class Participation extends Node implements Pick<ParticipationRow, 'capacity'> {
  @Field(() => String, { nullable: true, description: 'The capacity they attended in, e.g. `President of the NOC of Kazakhstan (host)`.' })
  capacity!: string | null;
}

export const ParticipationConnection = Connection(Participation, 'Participation');
