import { eq } from 'drizzle-orm';
import { events } from '../../db/schema.js';
import { filterOf } from '../../shared/filter.js';
import { inCountry } from '../country/country.filter.js';
import type { EventsArgs } from './event.type.js';

export function eventFilter(args: EventsArgs) {
  return filterOf({ ...args }, [
    args.status && eq(events.status, args.status),
    args.kind && eq(events.kind, args.kind),
    args.country && inCountry(events.countryId, args.country),
  ]);
}
