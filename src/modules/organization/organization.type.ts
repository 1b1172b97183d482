import { sql } from 'drizzle-orm';
import { ObjectType } from 'type-graphql';
import * as t from '../../db/schema.js';
import { ColumnFields } from '../../shared/column-fields.js';
import { DateRange } from '../../shared/date-range.input.js';
import { dateWithin } from '../../shared/filter.js';
import { countryIs, ListOf, equalTo, filterBy } from '../../shared/list.js';
import { sortable } from '../../shared/order.js';
import { Node } from '../node/node.type.js';

@ObjectType({ description: 'An organisation of the sports movement: an NOC, a federation, an association of NOCs, a ministry.' })
@ColumnFields(t.organizations, {
  handle: 'A stable human-readable key for URLs and lookups, e.g. `noc-kazakhstan`.',
  kind: 'Its place in the sports movement.',
  shortName: 'The short name or acronym in use, e.g. `NOC RK`, `OCA`.',
  foundingDate: 'When it was founded, as far as known.',
  dissolutionDate: 'When it was dissolved; null while it exists.',
  headquartersCity: 'The city of its headquarters, in English.',
  website: 'Its official website.',
  description: 'A short description in English.',
})
export class Organization extends Node {
  /** Served through `Named.name(lang:)`. */
  name!: string;
}

/** Organisations tied to the sport with this code (a merged-away sport's: its survivor) or to any of its disciplines. */
function inSport(code: string) {
  const sport = sql`SELECT coalesce(${t.sports.mergedIntoId}, ${t.sports.id}) FROM ${t.sports} WHERE ${t.sports.code} = ${code}`;
  return sql`${t.organizations.id} IN (
    SELECT ${t.organizationSports.organizationId} FROM ${t.organizationSports} JOIN ${t.sports} ON ${t.sports.id} = ${t.organizationSports.sportId}
    WHERE ${t.sports.id} IN (${sport}) OR ${t.sports.parentId} IN (${sport}))`;
}

export const organizationList = ListOf(Organization, {
  plural: 'organisations',
  filter: {
    kind: equalTo(t.organizations.kind, 'Of this kind.'),
    country: countryIs(t.organizations.countryId, 'Of this country'),
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
