/** Inputs of the organisation mutations, with their field rules. */
import { IsOptional, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { OrganizationKind } from '../../db/enums.js';
import type { OrganizationRow } from '../../db/schema.js';
import { PartialDateScalar } from '../../shared/partial-date.scalar.js';
import { IdInput, UpdateInputOf } from '../mutation/input.js';
import { IsCountryCode, IsHandle, IsHttpUrl } from '../mutation/validate.js';

@InputType({ description: 'A new organisation.' })
export class CreateOrganizationInput implements Partial<OrganizationRow> {
  @IsHandle()
  @Length(2, 80)
  @Field(() => String, { description: 'A unique, stable key for URLs: lowercase words joined by hyphens, e.g. `noc-kazakhstan`.' })
  handle!: string;

  @Field(() => OrganizationKind, { description: 'Its place in the sports movement.' })
  kind!: OrganizationKind;

  @Length(1, 300)
  @Field(() => String, { description: 'The English name (1 to 300 characters).' })
  name!: string;

  @IsOptional()
  @Length(1, 40)
  @Field(() => String, { nullable: true, description: 'The short name or acronym.' })
  shortName?: string | null;

  @IsOptional()
  @IsCountryCode()
  @Field(() => String, { nullable: true, description: 'Its country, by IOC or ISO code.' })
  country?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When it was founded.' })
  foundingDate?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When it was dissolved.' })
  dissolutionDate?: string | null;

  @IsOptional()
  @Length(1, 120)
  @Field(() => String, { nullable: true, description: 'The city of its headquarters, in English.' })
  headquartersCity?: string | null;

  @IsOptional()
  @IsHttpUrl()
  @Field(() => String, { nullable: true, description: 'Its official website (http or https).' })
  website?: string | null;

  @IsOptional()
  @Length(1, 2000)
  @Field(() => String, { nullable: true, description: 'A short description in English.' })
  description?: string | null;
}

export const UpdateOrganizationInput = UpdateInputOf(CreateOrganizationInput, {
  name: 'UpdateOrganizationInput',
  description: 'Changes to an organisation: fields left out stay as they are; null clears an optional field.',
  id: 'The organisation to change.',
});
export type UpdateOrganizationInput = InstanceType<typeof UpdateOrganizationInput>;

export const DeleteOrganizationInput = IdInput(
  'DeleteOrganizationInput',
  'An organisation to delete.',
  'The organisation to delete. It must have no posts, ties, agreements or events left: move or merge them first.',
);
export type DeleteOrganizationInput = InstanceType<typeof DeleteOrganizationInput>;
