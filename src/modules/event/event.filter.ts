/** The SQL behind the filter and orderBy arguments of Event connections. */
import { eq } from 'drizzle-orm';
import * as t from '../../db/schema.js';
import { dateWithin, whereOf } from '../../shared/filter.js';
import { selectionOf, sortable } from '../../shared/order.js';
import { sourceConditions } from '../citation/citation.targets.js';
import { inCountry } from '../country/country.filter.js';
import type { EventArgs, EventFilter } from './event.args.js';

export function eventWhere(filter: EventFilter | null | undefined) {
  return whereOf(filter, (f) => [
    f.status && eq(t.events.status, f.status),
    f.kind && eq(t.events.kind, f.kind),
    f.country && inCountry(t.events.countryId, f.country),
    dateWithin(t.events.startDate, f.date),
    ...sourceConditions('Event', t.events.id, f),
  ]);
}

export function eventSelection(args: EventArgs) {
  return selectionOf(args, eventWhere, {
    START_DATE: sortable(t.events.startDate),
    NAME: t.events.name,
  });
}
