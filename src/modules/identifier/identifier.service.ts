/** Writes to identifiers. Each function runs inside one write (see shared/write.ts). */
import { and, eq } from 'drizzle-orm';
import * as t from '../../db/schema.js';
import { fail, UserErrorCode, type Writer } from '../../shared/write.js';
import { existing } from '../mutation/ids.js';
import { validateInput } from '../mutation/validate.js';
import { ownerOf } from '../name/name.service.js';
import type { AddIdentifierInput } from './identifier.input.js';

/** Value formats of the schemes the registry knows; other schemes take any value. */
const formats: Record<string, { pattern: RegExp; example: string }> = {
  wikidata: { pattern: /^Q[1-9]\d*$/, example: '`Q` and digits, e.g. `Q1048869`' },
};

export function addIdentifier(writer: Writer, input: AddIdentifierInput) {
  validateInput(input);
  const owner = ownerOf(writer, input.ownerId, t.identifiers);
  const format = formats[input.scheme];
  if (format && !format.pattern.test(input.value)) fail('value', `A \`${input.scheme}\` identifier must be ${format.example}; got "${input.value}".`);
  const holder = writer.read.select().from(t.identifiers).where(and(eq(t.identifiers.scheme, input.scheme), eq(t.identifiers.value, input.value))).get();
  if (holder) {
    const [table, id, type] = holder.organizationId != null ? [t.organizations, holder.organizationId, 'Organization'] as const : [t.people, holder.personId!, 'Person'] as const;
    const handle = writer.find(table, id)?.handle;
    fail('value', `${input.scheme} ${input.value} already identifies the ${type} "${handle}"; an identifier names one record. Delete it there first, or merge the two records.`, UserErrorCode.CONFLICT);
  }
  return writer.insert(t.identifiers, { scheme: input.scheme, value: input.value, [owner.key]: owner.row.id });
}

export function deleteIdentifier(writer: Writer, input: { id: string }) {
  const current = existing(writer, t.identifiers, input.id, 'id');
  return writer.remove(t.identifiers, current.id)!;
}
