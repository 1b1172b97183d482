/** Writes to organisations. Each function runs inside one write (see shared/write.ts). */
import { eq, or } from 'drizzle-orm';
import * as t from '../../db/schema.js';
import { fail, UserErrorCode, type Writer } from '../../shared/write.js';
import { existing } from '../mutation/ids.js';
import { removeCited } from '../mutation/remove-cited.js';
import { countryId, endNotBeforeStart, given, uniqueHandle } from '../mutation/rules.js';
import { validateInput } from '../mutation/validate.js';
import type { CreateOrganizationInput, DeleteOrganizationInput, UpdateOrganizationInput } from './organization.input.js';

export function createOrganization(writer: Writer, input: CreateOrganizationInput) {
  validateInput(input);
  uniqueHandle(writer, t.organizations, input.handle);
  endNotBeforeStart(input.foundingDate, input.dissolutionDate, 'dissolutionDate');
  const { country, ...fields } = input;
  return writer.insert(t.organizations, { ...fields, countryId: countryId(writer, country) });
}

export function updateOrganization(writer: Writer, input: UpdateOrganizationInput) {
  validateInput(input);
  const current = existing(writer, t.organizations, input.id, 'id');
  const { country, ...fields } = given(input);
  for (const required of ['handle', 'kind', 'name'] as const) {
    if (fields[required] === null) fail(required, `\`${required}\` cannot be cleared; give a new value or leave it out.`);
  }
  if (fields.handle) uniqueHandle(writer, t.organizations, fields.handle, current.id);
  endNotBeforeStart(fields.foundingDate ?? current.foundingDate, fields.dissolutionDate ?? current.dissolutionDate, 'dissolutionDate');
  return writer.update(t.organizations, current.id, { ...fields, countryId: countryId(writer, country) } as Partial<t.OrganizationRow>)!;
}

/** The facts that still point at an organisation: a delete would lose them, so it is refused. */
const dependents = [
  { label: 'posts', table: t.posts, where: (id: number) => or(eq(t.posts.organizationId, id), eq(t.posts.onBehalfOfId, id)) },
  { label: 'ties', table: t.affiliations, where: (id: number) => or(eq(t.affiliations.organizationId, id), eq(t.affiliations.parentId, id)) },
  { label: 'agreement parties', table: t.agreementParties, where: (id: number) => eq(t.agreementParties.organizationId, id) },
  { label: 'event roles', table: t.eventOrganizers, where: (id: number) => eq(t.eventOrganizers.organizationId, id) },
  { label: 'attendances', table: t.participations, where: (id: number) => eq(t.participations.organizationId, id) },
];

export function deleteOrganization(writer: Writer, input: DeleteOrganizationInput) {
  const current = existing(writer, t.organizations, input.id, 'id');
  const left = dependents
    .map((d) => ({ label: d.label, count: writer.tx.select({ id: d.table.id }).from(d.table as any).where(d.where(current.id)).all().length }))
    .filter((d) => d.count > 0);
  if (left.length) {
    const list = left.map((d) => `${d.count} ${d.label}`).join(', ');
    fail('id', `"${current.handle}" still has ${list}; delete or move them first, or merge the organisation into another.`, UserErrorCode.CONFLICT);
  }
  // Its names (with their citations) and identifiers go with it, each recorded so a revert can restore them.
  for (const name of writer.tx.select({ id: t.names.id }).from(t.names).where(eq(t.names.organizationId, current.id)).all()) {
    removeCited(writer, 'Name', name.id);
  }
  for (const row of writer.tx.select({ id: t.identifiers.id }).from(t.identifiers).where(eq(t.identifiers.organizationId, current.id)).all()) {
    writer.remove(t.identifiers, row.id);
  }
  return removeCited(writer, 'Organization', current.id)!;
}
