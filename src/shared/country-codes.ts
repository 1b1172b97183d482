/**
 * Country codes as `country(code:)`, the `country:` filters and the country fields of inputs take
 * them, in any case: a country's IOC code (`KAZ`), its ISO 3166-1 alpha-3, alpha-2 or numeric code
 * (`KAZ`, `KZ`, `398`), or a former code kept as one of its identifiers (`URS`, `FRG`, `SUHH`). A
 * merged-away country's codes name its survivor. A code no country has is refused the same way
 * wherever it is given (`unknownCountryCode`), never answered as an empty list.
 */
import { and, eq, inArray, isNotNull, ne, or, sql, type Column, type SQL } from 'drizzle-orm';
import * as t from '../db/schema.js';
import { clip } from './client-text.js';
import { UserInputError } from './errors.js';
import { toGlobalId } from './global-id.js';
import type { ReadTx } from './write.js';

/** How the descriptions of the fields that take a country code end (tests find those fields by it). */
export const countryCodeHelp = 'by any code `country(code:)` takes (`KAZ`, `KZ`, `398`, or a former code such as `URS`); a code no country has is refused with BAD_USER_INPUT';

/** The identifier schemes whose values are former country codes: the IOC's, and ISO 3166-3's for countries that changed or ceased. */
export const formerCodeSchemes = ['ioc_code', 'iso_3166_3'] as const;

/** What can run the lookup: the database, or a write's transaction. */
export type CodeReader = Pick<ReadTx, 'get'>;

/**
 * The id of the country with this code. Where codes of two countries collide (`BRN` is Bahrain's
 * IOC code and Brunei's ISO alpha-3), the IOC code wins, then the other current codes, then former ones.
 */
function countryByCode(code: string): SQL {
  const upper = code.trim().toUpperCase();
  const c = t.countries;
  const former = sql`SELECT ${t.identifiers.countryId} FROM ${t.identifiers} WHERE ${t.identifiers.value} = ${upper} AND ${inArray(t.identifiers.scheme, [...formerCodeSchemes])}`;
  const current = sql`${c.iso3} IS ${upper} OR ${c.iso2} IS ${upper} OR ${c.isoNumeric} IS ${upper}`;
  return sql`SELECT coalesce(${c.mergedIntoId}, ${c.id}) AS id FROM ${c}
    WHERE ${c.iocCode} = ${upper} OR ${current} OR ${c.id} IN (${former})
    ORDER BY ${c.iocCode} IS ${upper} DESC, (${current}) DESC LIMIT 1`;
}

/** The id of the country with this code, or null. */
export function findCountryId(reader: CodeReader, code: string): number | null {
  return reader.get<{ id: number } | undefined>(countryByCode(code))?.id ?? null;
}

/** The one answer to a code no country has, naming the code and what is accepted. */
export function unknownCountryCode(code: string, argumentName: string): UserInputError {
  return new UserInputError(
    `Unknown country code "${clip(code, 20)}": use an IOC code (\`KAZ\`), an ISO 3166-1 code (\`KZ\`, \`KAZ\`, \`398\`) or a former code (\`URS\`, \`SUHH\`), as country(code:) accepts.`,
    argumentName,
  );
}

/** The id of the country with this code; BAD_USER_INPUT naming the code (and `argumentName`) when none has it. */
export function countryIdOf(reader: CodeReader, code: string, argumentName: string): number {
  const id = findCountryId(reader, code);
  if (id === null) throw unknownCountryCode(code, argumentName);
  return id;
}

/** What a filter reads a code with: the request's database, and its per-request values (see `Loaders.once`). */
export interface FilterRequest {
  db: CodeReader;
  loaders: { once<T>(key: string, compute: () => T): T };
}

/** The id of the country a filter's code names, looked up once per request (a filter on a nested list is read for every parent); refused when unknown. */
export function filterCountryId(request: FilterRequest, code: string): number {
  return request.loaders.once(`country code ${code.trim().toUpperCase()}`, () => countryIdOf(request.db, code, 'filter'));
}

/** The condition of a `country:` filter: rows whose `column` points at the country with this code. */
export function inCountry(request: FilterRequest, column: Column, code: string): SQL {
  return eq(column, filterCountryId(request, code));
}

/** A country's current codes, by column, as messages name them. */
export const currentCodeNames = { iocCode: 'IOC code', iso3: 'ISO alpha-3 code', iso2: 'ISO alpha-2 code', isoNumeric: 'ISO numeric code' } as const;
export type CurrentCode = keyof typeof currentCodeNames;
export const currentCodes = Object.keys(currentCodeNames) as CurrentCode[];

/**
 * Which country other than `exceptId` holds `code`, current or former, as a message names it (`the
 * IOC code of Kuwait (Q291...)`), or null. Every code names one country, so `country(code:)` never
 * has to choose: a merged-away country's codes count (they lead to its survivor).
 */
export function codeHolder(read: Pick<ReadTx, 'select'>, code: string, exceptId?: number): string | null {
  const c = t.countries;
  const other = (column: Column) => (exceptId === undefined ? undefined : ne(column, exceptId));
  const holder = read.select().from(c)
    .where(and(or(...currentCodes.map((key) => eq(c[key], code))), other(c.id))).get();
  const former = holder ? undefined : read.select().from(t.identifiers)
    .where(and(eq(t.identifiers.value, code), inArray(t.identifiers.scheme, [...formerCodeSchemes]), isNotNull(t.identifiers.countryId), other(t.identifiers.countryId))).get();
  const country = holder ?? (former && read.select().from(c).where(eq(c.id, former.countryId!)).get());
  if (!country) return null;
  const as = holder ? currentCodeNames[currentCodes.find((key) => holder[key] === code)!] : `former ${former!.scheme} code`;
  const merged = country.mergedIntoId != null ? `, merged into ${toGlobalId('Country', country.mergedIntoId)}` : '';
  return `the ${as} of ${country.name} (${toGlobalId('Country', country.id)}${merged})`;
}
