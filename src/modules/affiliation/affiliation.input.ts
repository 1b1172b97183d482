/** Inputs of the affiliation (tie) mutations, with their field rules. */
import { ID, InputType } from 'type-graphql';
import { AffiliationKind } from '../../db/enums.js';
import type { AffiliationRow } from '../../db/schema.js';
import { Input } from '../mutation/fields.js';
import { IdInput, UpdateInputOf } from '../mutation/input.js';

@InputType({ description: 'A new dated tie from one organisation (the member) to another (the parent).' })
export class CreateAffiliationInput implements Partial<Omit<AffiliationRow, 'organizationId' | 'parentId'>> {
  @Input(ID, 'The member: the organisation that is tied upwards.')
  organizationId!: string;

  @Input(ID, 'The parent: the organisation it is a member of, recognised by or part of. Not the member itself, and not an organisation already below it.')
  parentId!: string;

  @Input(AffiliationKind, 'How the two are tied.')
  kind!: AffiliationKind;

  @Input.date('When the tie began.', { optional: true })
  startDate?: string | null;

  @Input.date('When the tie ended; not before `startDate`.', { optional: true })
  endDate?: string | null;

  @Input(String, "An editor's note on the tie.", { optional: true, length: [1, 1000] })
  note?: string | null;
}

export const UpdateAffiliationInput = UpdateInputOf(CreateAffiliationInput, {
  name: 'UpdateAffiliationInput',
  description: 'Changes to a tie: fields left out stay as they are; null clears an optional field. To tie other organisations, delete it and create another.',
  id: 'The tie to change.',
  omit: ['organizationId', 'parentId'],
});
export type UpdateAffiliationInput = InstanceType<typeof UpdateAffiliationInput>;

export const DeleteAffiliationInput = IdInput('DeleteAffiliationInput', 'A tie to delete.', 'The tie to delete; its citations go with it.');
