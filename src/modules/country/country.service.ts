/** The writes to countries (lookups by code are shared/country-codes.ts). Each write runs inside one write (see shared/write.ts). */
import { and, eq, inArray } from 'drizzle-orm';
import * as t from '../../db/schema.js';
import { codeHolder, currentCodes, formerCodeSchemes, type CurrentCode } from '../../shared/country-codes.js';
import { fail, UserErrorCode, type Writer } from '../../shared/write.js';
import { type MergeInput, mergeRecords } from '../mutation/merge.js';
import { recordWrites } from '../mutation/record-writes.js';
import { CreateCountryInput } from './country.input.js';

/**
 * Every code names one country: lookups (`country(code:)`, `country: "GER"` in inputs) take any
 * code, current or former, so a code may not be any code of another country, merged-away ones
 * included (their codes lead to their survivor). `exceptId` is the country being changed.
 */
function uniqueCodes(writer: Writer, codes: Partial<Record<CurrentCode, string | null>>, exceptId?: number): void {
  for (const field of currentCodes) {
    const code = codes[field];
    const holder = code ? codeHolder(writer.read, code, exceptId) : null;
    if (holder) fail(field, `The code "${code}" is taken: it is ${holder}; every code names one country. Give another code, or change that country first.`, UserErrorCode.CONFLICT);
  }
}

/** A country is found by its codes: it keeps at least one, current or (a state that no longer exists) former. */
function someCode(writer: Writer, country: Partial<Record<CurrentCode, string | null>>, current?: { id: number }): void {
  if (currentCodes.some((field) => country[field])) return;
  const former = current && writer.read.select({ id: t.identifiers.id }).from(t.identifiers)
    .where(and(eq(t.identifiers.countryId, current.id), inArray(t.identifiers.scheme, [...formerCodeSchemes]))).get();
  if (!former) fail('iocCode', 'A country needs at least one code: give `iocCode`, `iso3`, `iso2` or `isoNumeric`.');
}

export const countryWrites = recordWrites(t.countries, CreateCountryInput, {
  check(writer, next, current) {
    someCode(writer, next, current);
    uniqueCodes(writer, next, current?.id);
  },
  deleteRemedy: 'give them another country first, or merge the country into another.',
});

export function mergeCountries(writer: Writer, input: MergeInput) {
  return mergeRecords(writer, t.countries, input);
}
