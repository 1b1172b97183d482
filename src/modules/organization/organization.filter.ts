/** The SQL behind the filter and orderBy arguments of Organization connections. */
import { eq, or, sql } from 'drizzle-orm';
import * as t from '../../db/schema.js';
import { dateWithin, whereOf } from '../../shared/filter.js';
import { selectionOf, sortable } from '../../shared/order.js';
import { sourceConditions } from '../citation/citation.targets.js';
import { inCountry } from '../country/country.filter.js';
import type { OrganizationArgs, OrganizationFilter } from './organization.args.js';

/** Organisations tied to the sport with this code or to any of its disciplines. */
function inSport(code: string) {
  return sql`${t.organizations.id} IN (
    SELECT ${t.organizationSports.organizationId} FROM ${t.organizationSports} JOIN ${t.sports} ON ${t.sports.id} = ${t.organizationSports.sportId}
    WHERE ${t.sports.code} = ${code} OR ${t.sports.parentId} IN (SELECT ${t.sports.id} FROM ${t.sports} WHERE ${t.sports.code} = ${code}))`;
}

export function organizationWhere(filter: OrganizationFilter | null | undefined) {
  return whereOf(filter, (f) => [
    f.kind && eq(t.organizations.kind, f.kind),
    f.country && inCountry(t.organizations.countryId, f.country),
    f.sport && inSport(f.sport.trim().toLowerCase()),
    dateWithin(t.organizations.foundingDate, f.founded),
    ...sourceConditions('Organization', t.organizations.id, f),
  ]);
}

export function organizationSelection(args: OrganizationArgs) {
  return selectionOf(args, organizationWhere, {
    NAME: t.organizations.name,
    HANDLE: t.organizations.handle,
    KIND: t.organizations.kind,
    FOUNDING_DATE: sortable(t.organizations.foundingDate),
  });
}
