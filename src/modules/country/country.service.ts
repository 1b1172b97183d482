/** Country lookups by code, and the writes to countries. Each write runs inside one write (see shared/write.ts). */
import { and, eq, ne, or } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import * as t from '../../db/schema.js';
import { toGlobalId } from '../../shared/global-id.js';
import { fail, UserErrorCode, type Writer } from '../../shared/write.js';
import { type MergeInput, mergeRecords } from '../mutation/merge.js';
import { recordWrites } from '../mutation/record-writes.js';
import { CreateCountryInput } from './country.input.js';
import { countryByCode } from '../../shared/country-codes.js';

export function findCountryId(db: Db, code: string): number | null {
  return db.get<{ id: number } | undefined>(countryByCode(code))?.id ?? null;
}

const codeFields = { iocCode: 'IOC code', iso3: 'ISO alpha-3 code', iso2: 'ISO alpha-2 code' } as const;
type CodeField = keyof typeof codeFields;

/**
 * Every code names one country: lookups (`country(code:)`, `country: "GER"` in inputs) take any
 * of the three, so a code may not be any code of another country, merged-away ones included (their
 * codes lead to their survivor). `exceptId` is the country being changed.
 */
function uniqueCodes(writer: Writer, codes: Partial<Record<CodeField, string | null>>, exceptId?: number): void {
  for (const field of Object.keys(codeFields) as CodeField[]) {
    const code = codes[field];
    if (!code) continue;
    const holder = writer.read.select().from(t.countries)
      .where(and(or(eq(t.countries.iocCode, code), eq(t.countries.iso3, code), eq(t.countries.iso2, code)), exceptId ? ne(t.countries.id, exceptId) : undefined))
      .get();
    if (!holder) continue;
    const as = (Object.keys(codeFields) as CodeField[]).find((key) => holder[key] === code)!;
    const merged = holder.mergedIntoId != null ? `, merged into ${toGlobalId('Country', holder.mergedIntoId)}` : '';
    fail(field, `The code "${code}" is taken: it is the ${codeFields[as]} of ${holder.name} (${toGlobalId('Country', holder.id)}${merged}); every code names one country. Give another code, or change that country first.`, UserErrorCode.CONFLICT);
  }
}

/** A country is found by its codes: it keeps at least one. */
function someCode(country: Partial<Record<CodeField, string | null>>): void {
  if (!country.iocCode && !country.iso3 && !country.iso2) {
    fail('iocCode', 'A country needs at least one code: give `iocCode`, `iso3` or `iso2`.');
  }
}

export const countryWrites = recordWrites(t.countries, CreateCountryInput, {
  check(writer, next, current) {
    someCode(next);
    uniqueCodes(writer, next, current?.id);
  },
  deleteRemedy: 'give them another country first, or merge the country into another.',
});

export function mergeCountries(writer: Writer, input: MergeInput) {
  return mergeRecords(writer, t.countries, input);
}
