/** Writes to the parties of agreements. Each function runs inside one write (see shared/write.ts). */
import { and, eq } from 'drizzle-orm';
import { PartyRole } from '../../db/enums.js';
import * as t from '../../db/schema.js';
import { fail, UserErrorCode, type Writer } from '../../shared/write.js';
import { existing } from '../mutation/ids.js';
import type { AddPartyInput } from './agreement-party.input.js';

export function addParty(writer: Writer, input: AddPartyInput) {
  const agreement = existing(writer, t.agreements, input.agreementId, 'agreementId');
  const organization = existing(writer, t.organizations, input.organizationId, 'organizationId');
  const clash = writer.read.select({ id: t.agreementParties.id }).from(t.agreementParties)
    .where(and(eq(t.agreementParties.agreementId, agreement.id), eq(t.agreementParties.organizationId, organization.id))).get();
  if (clash) fail('organizationId', `"${organization.handle}" is already a party to "${agreement.handle}"; change its role by removing and adding it, or choose another organisation.`, UserErrorCode.CONFLICT);
  return writer.insert(t.agreementParties, { agreementId: agreement.id, organizationId: organization.id, role: input.role ?? PartyRole.PARTY });
}

export function removeParty(writer: Writer, input: { id: string }) {
  const current = existing(writer, t.agreementParties, input.id, 'id');
  const parties = writer.read.select({ id: t.agreementParties.id }).from(t.agreementParties).where(eq(t.agreementParties.agreementId, current.agreementId)).all();
  if (parties.length <= 2) {
    fail('id', `An agreement needs at least two parties and this one has ${parties.length}; add another party first, or delete the agreement.`, UserErrorCode.CONFLICT);
  }
  for (const { id } of writer.read.select({ id: t.citations.id }).from(t.citations).where(eq(t.citations.agreementPartyId, current.id)).all()) {
    writer.remove(t.citations, id);
  }
  return writer.remove(t.agreementParties, current.id)!;
}
