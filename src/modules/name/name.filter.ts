import { eq, or, sql } from 'drizzle-orm';
import { names } from '../../db/schema.js';
import { filterOf } from '../../shared/filter.js';
import type { NamesArgs } from './name.type.js';

export const nameOwnerColumns = { Organization: names.organizationId, Person: names.personId, Event: names.eventId };

export function nameFilter(args: NamesArgs) {
  const lang = args.lang?.trim().toLowerCase();
  return filterOf({ ...args }, [
    lang && or(sql`lower(${names.lang}) = ${lang}`, sql`lower(${names.lang}) LIKE ${`${lang}-%`}`),
    args.kind && eq(names.kind, args.kind),
  ]);
}
