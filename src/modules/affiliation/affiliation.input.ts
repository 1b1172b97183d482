/** Inputs of the affiliation (tie) mutations, with their field rules. */
import { IsOptional, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { AffiliationKind } from '../../db/enums.js';
import type { AffiliationRow } from '../../db/schema.js';
import { PartialDateScalar } from '../../shared/partial-date.scalar.js';

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

@InputType({ description: 'Changes to a tie: fields left out stay as they are; null clears an optional field. To tie other organisations, delete it and create another.' })
export class UpdateAffiliationInput {
  @Field(() => ID, { description: 'The tie to change.' })
  id!: string;

  @Field(() => AffiliationKind, { nullable: true, description: 'A new kind.' })
  kind?: AffiliationKind;

  @Field(() => PartialDateScalar, { nullable: true, description: 'A new start date; null clears it.' })
  startDate?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'A new end date; null clears it.' })
  endDate?: string | null;

  @IsOptional()
  @Length(1, 1000)
  @Field(() => String, { nullable: true, description: 'A new note; null clears it.' })
  note?: string | null;
}

@InputType({ description: 'A tie to delete.' })
export class DeleteAffiliationInput {
  @Field(() => ID, { description: 'The tie to delete; its citations go with it.' })
  id!: string;
}
