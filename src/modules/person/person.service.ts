/** Writes to people. Each function runs inside one write (see shared/write.ts). */
import * as t from '../../db/schema.js';
import type { Writer } from '../../shared/write.js';
import { existing } from '../mutation/ids.js';
import { deleteRecord } from '../mutation/remove-cited.js';
import { countryId, given, patchOf, uniqueHandle } from '../mutation/rules.js';
import { validateInput } from '../mutation/validate.js';
import type { CreatePersonInput, DeletePersonInput, UpdatePersonInput } from './person.input.js';

export function createPerson(writer: Writer, input: CreatePersonInput) {
  validateInput(input);
  uniqueHandle(writer, t.people, input.handle);
  const { nationality, ...fields } = input;
  return writer.insert(t.people, { ...fields, nationalityId: countryId(writer, nationality, 'nationality') });
}

export function updatePerson(writer: Writer, input: UpdatePersonInput) {
  validateInput(input);
  const current = existing(writer, t.people, input.id, 'id');
  const { nationality, ...fields } = given(input);
  const patch = patchOf(writer, t.people, current, fields);
  return writer.update(t.people, current.id, { ...patch, nationalityId: countryId(writer, nationality, 'nationality') })!;
}

export function deletePerson(writer: Writer, input: DeletePersonInput) {
  const current = existing(writer, t.people, input.id, 'id');
  return deleteRecord(writer, t.people, current, 'delete or move them first, or merge the person into another.');
}
