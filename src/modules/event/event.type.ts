import { ObjectType, registerEnumType } from 'type-graphql';
import { EventKind, EventStatus } from '../../db/enums.js';
import * as t from '../../db/schema.js';
import { ColumnFields } from '../../shared/column-fields.js';
import { Connection } from '../../shared/connection.type.js';
import { Node } from '../node/node.type.js';

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

@ObjectType({ description: 'A meeting, forum, general assembly or other gathering where people and organisations meet.' })
@ColumnFields(t.events, {
  handle: 'A stable human-readable key, e.g. `astana-meeting-2025`.',
  kind: 'What kind of gathering it is.',
  status: 'Whether it has taken place.',
  startDate: 'When it began, as far as known (`2025` when only the year is).',
  endDate: 'When it ended, for events of more than one day.',
  city: 'The city, in English.',
  description: 'What happened or is planned, in English.',
})
export class Event extends Node {
  /** Served through `Named.name(lang:)`. */
  name!: string;
}

export const EventConnection = Connection(Event, 'Event');
