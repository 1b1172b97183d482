import { sql, type Column } from 'drizzle-orm';
import { countries } from '../../db/schema.js';

/** Rows whose country column points at the country with this IOC, ISO alpha-3 or alpha-2 code. */
export function inCountry(column: Column, code: string) {
  const upper = code.trim().toUpperCase();
  return sql`${column} IN (SELECT ${countries.id} FROM ${countries} WHERE ${countries.iocCode} = ${upper} OR ${countries.iso3} = ${upper} OR ${countries.iso2} = ${upper})`;
}

/** The country with this code, preferring the IOC code where the codes of two countries collide. */
export function countryByCode(code: string) {
  const upper = code.trim().toUpperCase();
  return sql`SELECT ${countries.id} AS id FROM ${countries} WHERE ${countries.iocCode} = ${upper} OR ${countries.iso3} = ${upper} OR ${countries.iso2} = ${upper}
    ORDER BY ${countries.iocCode} = ${upper} DESC LIMIT 1`;
}
