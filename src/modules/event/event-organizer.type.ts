import { eq } from 'drizzle-orm';
import { ObjectType } from 'type-graphql';
import { OrganizerRole } from '../../db/enums.js';
import * as t from '../../db/schema.js';
import { ColumnFields } from '../../shared/column-fields.js';
import { Connection } from '../../shared/connection.type.js';
import { filterBy, ListOf } from '../../shared/list.js';
import { Node } from '../node/node.type.js';

@ObjectType({ description: 'An organisation that organises, hosts or supports an event.' })
@ColumnFields(t.eventOrganizers, {
  role: 'Organiser, host or supporter.',
})
export class EventOrganizer extends Node {}

export const EventOrganizerConnection = Connection(EventOrganizer, 'EventOrganizer');

export const eventOrganizerList = ListOf(t.eventOrganizers, {
  plural: 'organiser roles',
  filter: {
    role: filterBy(() => OrganizerRole, 'With this role.', (role: OrganizerRole) => eq(t.eventOrganizers.role, role)),
  },
  order: {
    ROLE: ['The role, alphabetically.', t.eventOrganizers.role],
  },
});
export const EventOrganizerArgs = eventOrganizerList.Args;
export type EventOrganizerArgs = InstanceType<typeof EventOrganizerArgs>;
export const eventOrganizerSelection = eventOrganizerList.selection;
