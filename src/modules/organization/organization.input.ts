/** Inputs of the organisation mutations, with their field rules. */
import { InputType } from 'type-graphql';
import { OrganizationKind } from '../../db/enums.js';
import type { OrganizationRow } from '../../db/schema.js';
import { Input } from '../mutation/fields.js';
import { IdInput, UpdateInputOf } from '../mutation/input.js';

@InputType({ description: 'A new organisation.' })
export class CreateOrganizationInput implements Partial<OrganizationRow> {
  @Input.handle('A unique, stable key for URLs: lowercase words joined by hyphens, e.g. `noc-kazakhstan`.', 80)
  handle!: string;

  @Input(OrganizationKind, 'Its place in the sports movement.')
  kind!: OrganizationKind;

  @Input(String, 'The English name (1 to 300 characters).', { length: [1, 300] })
  name!: string;

  @Input(String, 'The short name or acronym.', { optional: true, length: [1, 40] })
  shortName?: string | null;

  @Input.countryCode('Its country', { optional: true })
  country?: string | null;

  @Input.date('When it was founded.', { optional: true })
  foundingDate?: string | null;

  @Input.date('When it was dissolved.', { optional: true })
  dissolutionDate?: string | null;

  @Input(String, 'The city of its headquarters, in English.', { optional: true, length: [1, 120] })
  headquartersCity?: string | null;

  @Input.httpUrl('Its official website (http or https).', { optional: true })
  website?: string | null;

  @Input(String, 'A short description in English.', { optional: true, length: [1, 2000] })
  description?: string | null;
}

export const UpdateOrganizationInput = UpdateInputOf(CreateOrganizationInput, {
  name: 'UpdateOrganizationInput',
  description: 'Changes to an organisation: fields left out stay as they are; null clears an optional field.',
  id: 'The organisation to change.',
});

export const DeleteOrganizationInput = IdInput(
  'DeleteOrganizationInput',
  'An organisation to delete.',
  'The organisation to delete. It must have no posts, ties, agreements or events left: move or merge them first.',
);
