import { ObjectType, registerEnumType } from 'type-graphql';
import { OrganizerRole } from '../../db/enums.js';
import * as t from '../../db/schema.js';
import { ColumnFields } from '../../shared/column-fields.js';
import { Connection } from '../../shared/connection.type.js';
import { Node } from '../node/node.type.js';

registerEnumType(OrganizerRole, {
  name: 'OrganizerRole',
  description: 'What part an organisation plays in putting on an event.',
  valuesConfig: {
    ORGANIZER: { description: 'Organises it.' },
    HOST: { description: 'Hosts it.' },
    SUPPORTER: { description: 'Supports it, e.g. with funding.' },
  },
});

@ObjectType({ description: 'An organisation that organises, hosts or supports an event.' })
@ColumnFields(t.eventOrganizers, {
  role: 'Organiser, host or supporter.',
})
export class EventOrganizer extends Node {}

export const EventOrganizerConnection = Connection(EventOrganizer, 'EventOrganizer');
