import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { EventKind, EventStatus } from '../../db/enums.js';
import type { EventRow } from '../../db/schema.js';
import { Connection } from '../../shared/connection.type.js';
import { PartialDateScalar } from '../../shared/partial-date.scalar.js';
import { Cited } from '../citation/cited.type.js';
import { Named } from '../name/named.type.js';
import { Node } from '../node/node.type.js';
import { Recorded } from '../history/recorded.type.js';

registerEnumType(EventKind, {
  name: 'EventKind',
  description: 'What kind of gathering an event is.',
  valuesConfig: {
    MEETING: { description: 'An official meeting between delegations.' },
    FORUM: { description: 'A forum or conference.' },
    GENERAL_ASSEMBLY: { description: 'A general assembly of members.' },
    CONGRESS: { description: 'A congress, e.g. of an international federation.' },
    TOUR: { description: 'A series of visits, e.g. a regional tour.' },
    COMPETITION: { description: 'A sports competition.' },
    OTHER: { description: 'Any other gathering.' },
  },
});
registerEnumType(EventStatus, {
  name: 'EventStatus',
  description: 'Whether an event has taken place.',
  valuesConfig: {
    PLANNED: { description: 'Announced, not yet held.' },
    HELD: { description: 'It took place.' },
    CANCELLED: { description: 'Called off.' },
  },
});

@ObjectType({ implements: [Node, Named, Cited, Recorded], description: 'A meeting, forum, general assembly or other gathering where people and organisations meet.' })
export class Event extends Node implements Pick<EventRow, 'handle' | 'name' | 'kind' | 'status' | 'startDate' | 'endDate' | 'city' | 'description'> {
  @Field(() => String, { description: 'A stable human-readable key, e.g. `astana-meeting-2025`.' })
  handle!: string;

  /** Served through `Named.name(lang:)`. */
  name!: string;

  @Field(() => EventKind, { description: 'What kind of gathering it is.' })
  kind!: EventKind;

  @Field(() => EventStatus, { description: 'Whether it has taken place.' })
  status!: EventStatus;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When it began, as far as known (`2025` when only the year is).' })
  startDate!: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When it ended, for events of more than one day.' })
  endDate!: string | null;

  @Field(() => String, { nullable: true, description: 'The city, in English.' })
  city!: string | null;

  @Field(() => String, { nullable: true, description: 'What happened or is planned, in English.' })
  description!: string | null;
}

export const EventConnection = Connection(Event, 'Event');
