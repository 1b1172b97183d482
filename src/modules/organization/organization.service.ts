/** Writes to organisations. Each function runs inside one write (see shared/write.ts). */
import { eq, or } from 'drizzle-orm';
import * as t from '../../db/schema.js';
import { fail, type Writer } from '../../shared/write.js';
import { existing } from '../mutation/ids.js';
import { refuseWhileReferenced, removeWithOwned, type Dependent } from '../mutation/remove-cited.js';
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
const dependents: Dependent[] = [
  { label: 'posts', table: t.posts, where: (id: number) => or(eq(t.posts.organizationId, id), eq(t.posts.onBehalfOfId, id)) },
  { label: 'ties', table: t.affiliations, where: (id: number) => or(eq(t.affiliations.organizationId, id), eq(t.affiliations.parentId, id)) },
  { label: 'agreement parties', table: t.agreementParties, where: (id: number) => eq(t.agreementParties.organizationId, id) },
  { label: 'event roles', table: t.eventOrganizers, where: (id: number) => eq(t.eventOrganizers.organizationId, id) },
  { label: 'attendances', table: t.participations, where: (id: number) => eq(t.participations.organizationId, id) },
];

export function deleteOrganization(writer: Writer, input: DeleteOrganizationInput) {
  const current = existing(writer, t.organizations, input.id, 'id');
  refuseWhileReferenced(writer, current, dependents, 'delete or move them first, or merge the organisation into another.');
  return removeWithOwned(writer, 'Organization', current.id);
}
