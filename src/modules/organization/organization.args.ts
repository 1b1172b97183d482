/** The arguments of every connection of Organization items: filter, order, page. */
import { eq, sql } from 'drizzle-orm';
import { OrganizationKind } from '../../db/enums.js';
import * as t from '../../db/schema.js';
import { DateRange } from '../../shared/date-range.input.js';
import { dateWithin } from '../../shared/filter.js';
import { filterBy, ListOf } from '../../shared/list.js';
import { sortable } from '../../shared/order.js';
import { inCountry } from '../../shared/country-codes.js';

/** Organisations tied to the sport with this code (a merged-away sport's: its survivor) or to any of its disciplines. */
function inSport(code: string) {
  const sport = sql`SELECT coalesce(${t.sports.mergedIntoId}, ${t.sports.id}) FROM ${t.sports} WHERE ${t.sports.code} = ${code}`;
  return sql`${t.organizations.id} IN (
    SELECT ${t.organizationSports.organizationId} FROM ${t.organizationSports} JOIN ${t.sports} ON ${t.sports.id} = ${t.organizationSports.sportId}
    WHERE ${t.sports.id} IN (${sport}) OR ${t.sports.parentId} IN (${sport}))`;
}

export const organizationList = ListOf(t.organizations, {
  plural: 'organisations',
  filter: {
    kind: filterBy(() => OrganizationKind, 'Of this kind.', (kind: OrganizationKind) => eq(t.organizations.kind, kind)),
    country: filterBy(() => String, 'Of this country, by IOC or ISO code (`KAZ`, `KZ`).', (code: string) => code && inCountry(t.organizations.countryId, code)),
    sport: filterBy(() => String, 'Of this sport or one of its disciplines, by code (`aquatics`).', (code: string) => code && inSport(code.trim().toLowerCase())),
    founded: filterBy(() => DateRange, 'Founded within this range.', (range: DateRange) => dateWithin(t.organizations.foundingDate, range)),
  },
  order: {
    NAME: ['The English name.', t.organizations.name],
    HANDLE: ['The handle.', t.organizations.handle],
    KIND: ['The kind, alphabetically.', t.organizations.kind],
    FOUNDING_DATE: ['The founding date; unknown dates first when ascending.', sortable(t.organizations.foundingDate)],
  },
});
export const OrganizationArgs = organizationList.Args;
export type OrganizationArgs = InstanceType<typeof OrganizationArgs>;
