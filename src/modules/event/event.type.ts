import { ObjectType } from 'type-graphql';
import * as t from '../../db/schema.js';
import { ColumnFields } from '../../shared/column-fields.js';
import { Connection } from '../../shared/connection.type.js';
import { Node } from '../node/node.type.js';

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
