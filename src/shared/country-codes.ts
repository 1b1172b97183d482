/** The SQL that finds countries by code. */
import { sql, type Column } from 'drizzle-orm';
import * as t from '../db/schema.js';

/**
 * Rows whose country column points at the country with this IOC, ISO alpha-3 or alpha-2 code. A
 * merged-away country's codes name its survivor.
 */
export function inCountry(column: Column, code: string) {
  const upper = code.trim().toUpperCase();
  return sql`${column} IN (SELECT coalesce(${t.countries.mergedIntoId}, ${t.countries.id}) FROM ${t.countries} WHERE ${t.countries.iocCode} = ${upper} OR ${t.countries.iso3} = ${upper} OR ${t.countries.iso2} = ${upper})`;
}

/**
 * The country with this code, preferring the IOC code where the codes of two countries collide;
 * for a merged-away country, its survivor.
 */
export function countryByCode(code: string) {
  const upper = code.trim().toUpperCase();
  return sql`SELECT coalesce(${t.countries.mergedIntoId}, ${t.countries.id}) AS id FROM ${t.countries} WHERE ${t.countries.iocCode} = ${upper} OR ${t.countries.iso3} = ${upper} OR ${t.countries.iso2} = ${upper}
    ORDER BY ${t.countries.iocCode} = ${upper} DESC LIMIT 1`;
}
