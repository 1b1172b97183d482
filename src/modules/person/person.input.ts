/** Inputs of the person mutations, with their field rules. */
import { InputType } from 'type-graphql';
import type { PersonRow } from '../../db/schema.js';
import { Input } from '../mutation/fields.js';
import { IdInput, UpdateInputOf } from '../mutation/input.js';

@InputType({ description: 'A new person.' })
export class CreatePersonInput implements Partial<PersonRow> {
  @Input.handle('A unique, stable key for URLs: lowercase words joined by hyphens, e.g. `gennady-golovkin`.', 80)
  handle!: string;

  @Input(String, 'The name in English as usually written (1 to 300 characters).', { length: [1, 300] })
  name!: string;

  @Input(String, 'An honorific such as `Sheikh`.', { optional: true, length: [1, 60] })
  honorificPrefix?: string | null;

  @Input(String, 'Given name in English.', { optional: true, length: [1, 120] })
  givenName?: string | null;

  @Input(String, 'Family name in English.', { optional: true, length: [1, 120] })
  familyName?: string | null;

  @Input.countryCode('Nationality', { optional: true })
  nationality?: string | null;

  @Input(String, 'One or two sentences on who they are, in English.', { optional: true, length: [1, 2000] })
  summary?: string | null;
}

export const UpdatePersonInput = UpdateInputOf(CreatePersonInput, {
  name: 'UpdatePersonInput',
  description: 'Changes to a person: fields left out stay as they are; null clears an optional field.',
  id: 'The person to change.',
});

export const DeletePersonInput = IdInput('DeletePersonInput', 'A person to delete.', 'The person to delete. They must hold no posts and have no attendances left: delete or move them first, or merge the person into another.');
