/** The SQL behind the filter and orderBy arguments of EventOrganizer connections. */
import { eq } from 'drizzle-orm';
import * as t from '../../db/schema.js';
import { whereOf } from '../../shared/filter.js';
import { selectionOf } from '../../shared/order.js';
import { sourceConditions } from '../citation/citation.targets.js';
import type { EventOrganizerArgs, EventOrganizerFilter } from './event-organizer.args.js';

export function eventOrganizerWhere(filter: EventOrganizerFilter | null | undefined) {
  return whereOf(filter, (f) => [
    f.role && eq(t.eventOrganizers.role, f.role),
    ...sourceConditions('EventOrganizer', t.eventOrganizers.id, f),
  ]);
}

export function eventOrganizerSelection(args: EventOrganizerArgs) {
  return selectionOf(args, eventOrganizerWhere, {
    ROLE: t.eventOrganizers.role,
  });
}
