/** The arguments of every connection of EventOrganizer items: filter, order, page. */
import { eq } from 'drizzle-orm';
import { OrganizerRole } from '../../db/enums.js';
import * as t from '../../db/schema.js';
import { filterBy, ListOf } from '../../shared/list.js';

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
