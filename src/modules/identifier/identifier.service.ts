/** Writes to identifiers. Each function runs inside one write (see shared/write.ts). */
import { and, eq } from 'drizzle-orm';
import * as t from '../../db/schema.js';
import { codeHolder, formerCodeSchemes } from '../../shared/country-codes.js';
import { labelOf, nodeTables, ownersIn, propertyOf } from '../../shared/node-registry.js';
import { fail, UserErrorCode, type Writer } from '../../shared/write.js';
import { existing } from '../mutation/ids.js';
import { endNotBeforeStart } from '../mutation/rules.js';
import { validateInput } from '../mutation/validate.js';
import { ownerOf } from '../name/name.service.js';
import type { AddIdentifierInput } from './identifier.input.js';

/** Value formats of the schemes the registry knows; other schemes take any value. */
const formats: Record<string, { pattern: RegExp; example: string }> = {
  wikidata: { pattern: /^Q[1-9]\d*$/, example: '`Q` and digits, e.g. `Q1048869`' },
  // The IOC's early codes hold digits (RU1, the Russian Empire's, is in the seeded data).
  ioc_code: { pattern: /^[A-Z][A-Z0-9]{2}$/, example: 'three capital letters or digits after a capital, e.g. `URS`, `RU1`' },
  iso_3166_3: { pattern: /^[A-Z]{4}$/, example: 'four capital letters, e.g. `SUHH`' },
};

/** The record an identifier row belongs to, as a message names it: `the Organization "noc-kazakhstan"`. */
function holderOf(writer: Writer, row: t.IdentifierRow): string {
  const { typeName, column } = ownersIn(t.identifiers).find(({ column }) => row[propertyOf(t.identifiers, column) as keyof t.IdentifierRow] != null)!;
  const owner = writer.find(nodeTables[typeName], row[propertyOf(t.identifiers, column) as keyof t.IdentifierRow] as number);
  return `the ${typeName} "${owner ? labelOf(nodeTables[typeName], owner) : '?'}"`;
}

export function addIdentifier(writer: Writer, input: AddIdentifierInput) {
  validateInput(input);
  const owner = ownerOf(writer, input.ownerId, t.identifiers);
  const format = formats[input.scheme];
  if (format && !format.pattern.test(input.value)) fail('value', `A \`${input.scheme}\` identifier must be ${format.example}; got "${input.value}".`);
  endNotBeforeStart(input.startDate, input.endDate);
  const holder = writer.read.select().from(t.identifiers).where(and(eq(t.identifiers.scheme, input.scheme), eq(t.identifiers.value, input.value))).get();
  if (holder) {
    fail('value', `${input.scheme} ${input.value} already identifies ${holderOf(writer, holder)}; an identifier names one record. Delete it there first, or merge the two records.`, UserErrorCode.CONFLICT);
  }
  // A country's former code is found by `country(code:)`: like its current codes, it must name no other country.
  const countryCode = owner.type === 'Country' && (formerCodeSchemes as readonly string[]).includes(input.scheme) && codeHolder(writer.read, input.value, owner.row.id);
  if (countryCode) fail('value', `The code "${input.value}" is taken: it is ${countryCode}; every code names one country.`, UserErrorCode.CONFLICT);
  return writer.insert(t.identifiers, {
    scheme: input.scheme, value: input.value, startDate: input.startDate ?? null, endDate: input.endDate ?? null, [owner.key]: owner.row.id,
  });
}

export function deleteIdentifier(writer: Writer, input: { id: string }) {
  const current = existing(writer, t.identifiers, input.id, 'id');
  return writer.remove(t.identifiers, current.id)!;
}
