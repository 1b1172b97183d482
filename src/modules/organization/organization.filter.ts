import { eq, sql } from 'drizzle-orm';
import { organizations, organizationSports, sports } from '../../db/schema.js';
import { filterOf } from '../../shared/filter.js';
import { inCountry } from '../country/country.filter.js';
import type { OrganizationsArgs } from './organization.type.js';

/** Organisations tied to the sport with this code or to any of its disciplines. */
function inSport(code: string) {
  return sql`${organizations.id} IN (
    SELECT ${organizationSports.organizationId} FROM ${organizationSports} JOIN ${sports} ON ${sports.id} = ${organizationSports.sportId}
    WHERE ${sports.code} = ${code} OR ${sports.parentId} IN (SELECT ${sports.id} FROM ${sports} WHERE ${sports.code} = ${code}))`;
}

export function organizationFilter(args: OrganizationsArgs) {
  return filterOf({ ...args }, [
    args.kind && eq(organizations.kind, args.kind),
    args.country && inCountry(organizations.countryId, args.country),
    args.sport && inSport(args.sport.trim().toLowerCase()),
  ]);
}
