/** Writes to organisations. Each function runs inside one write (see shared/write.ts). */
import * as t from '../../db/schema.js';
import type { Writer } from '../../shared/write.js';
import { existing } from '../mutation/ids.js';
import { deleteRecord } from '../mutation/remove-cited.js';
import { countryId, endNotBeforeStart, given, patchOf, uniqueHandle } from '../mutation/rules.js';
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
  const patch = patchOf(writer, t.organizations, current, fields);
  endNotBeforeStart(patch.foundingDate ?? current.foundingDate, patch.dissolutionDate ?? current.dissolutionDate, 'dissolutionDate');
  return writer.update(t.organizations, current.id, { ...patch, countryId: countryId(writer, country) })!;
}

export function deleteOrganization(writer: Writer, input: DeleteOrganizationInput) {
  const current = existing(writer, t.organizations, input.id, 'id');
  return deleteRecord(writer, t.organizations, current, 'delete or move them first, or merge the organisation into another.');
}
