/** Inputs of the affiliation (tie) mutations, with their field rules. */
import { IsOptional, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { AffiliationKind } from '../../db/enums.js';
import type { AffiliationRow } from '../../db/schema.js';
import { PartialDateScalar } from '../../shared/partial-date.scalar.js';
import { IdInput, UpdateInputOf } from '../mutation/input.js';

@InputType({ description: 'A new dated tie from one organisation (the member) to another (the parent).' })
export class CreateAffiliationInput implements Partial<Omit<AffiliationRow, 'organizationId' | 'parentId'>> {
  @Field(() => ID, { description: 'The member: the organisation that is tied upwards.' })
  organizationId!: string;

  @Field(() => ID, { description: 'The parent: the organisation it is a member of, recognised by or part of. Not the member itself, and not an organisation already below it.' })
  parentId!: string;

  @Field(() => AffiliationKind, { description: 'How the two are tied.' })
  kind!: AffiliationKind;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When the tie began.' })
  startDate?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When the tie ended; not before `startDate`.' })
  endDate?: string | null;

  @IsOptional()
  @Length(1, 1000)
  @Field(() => String, { nullable: true, description: "An editor's note on the tie." })
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
export type DeleteAffiliationInput = InstanceType<typeof DeleteAffiliationInput>;
