/** The arguments of every connection of Event items: filter, order, page. */
import { eq } from 'drizzle-orm';
import { EventKind, EventStatus } from '../../db/enums.js';
import * as t from '../../db/schema.js';
import { DateRange } from '../../shared/date-range.input.js';
import { dateWithin } from '../../shared/filter.js';
import { filterBy, ListOf } from '../../shared/list.js';
import { sortable } from '../../shared/order.js';
import { inCountry } from '../../shared/country-codes.js';

export const eventList = ListOf(t.events, {
  plural: 'events',
  filter: {
    status: filterBy(() => EventStatus, 'With this status.', (status: EventStatus) => eq(t.events.status, status)),
    kind: filterBy(() => EventKind, 'Of this kind.', (kind: EventKind) => eq(t.events.kind, kind)),
    country: filterBy(() => String, 'In this country, by IOC or ISO code.', (code: string) => code && inCountry(t.events.countryId, code)),
    date: filterBy(() => DateRange, 'Starting within this range.', (range: DateRange) => dateWithin(t.events.startDate, range)),
  },
  order: {
    START_DATE: ['The start date; unknown dates first when ascending.', sortable(t.events.startDate)],
    NAME: ['The English name.', t.events.name],
  },
});
export const EventArgs = eventList.Args;
export type EventArgs = InstanceType<typeof EventArgs>;
export const eventSelection = eventList.selection;
