/** Inputs of the organisation mutations, with their field rules. */
import { IsOptional, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { OrganizationKind } from '../../db/enums.js';
import type { OrganizationRow } from '../../db/schema.js';
import { PartialDateScalar } from '../../shared/partial-date.scalar.js';
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

@InputType({ description: 'Changes to an organisation: fields left out stay as they are; null clears an optional field.' })
export class UpdateOrganizationInput {
  @Field(() => ID, { description: 'The organisation to change.' })
  id!: string;

  @IsOptional()
  @IsHandle()
  @Length(2, 80)
  @Field(() => String, { nullable: true, description: 'A new handle.' })
  handle?: string;

  @Field(() => OrganizationKind, { nullable: true, description: 'A new kind.' })
  kind?: OrganizationKind;

  @IsOptional()
  @Length(1, 300)
  @Field(() => String, { nullable: true, description: 'A new English name.' })
  name?: string;

  @IsOptional()
  @Length(1, 40)
  @Field(() => String, { nullable: true, description: 'A new short name; null clears it.' })
  shortName?: string | null;

  @IsOptional()
  @IsCountryCode()
  @Field(() => String, { nullable: true, description: 'A new country by IOC or ISO code; null clears it.' })
  country?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'A new founding date; null clears it.' })
  foundingDate?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'A new dissolution date; null clears it.' })
  dissolutionDate?: string | null;

  @IsOptional()
  @Length(1, 120)
  @Field(() => String, { nullable: true, description: 'A new headquarters city; null clears it.' })
  headquartersCity?: string | null;

  @IsOptional()
  @IsHttpUrl()
  @Field(() => String, { nullable: true, description: 'A new website; null clears it.' })
  website?: string | null;

  @IsOptional()
  @Length(1, 2000)
  @Field(() => String, { nullable: true, description: 'A new description; null clears it.' })
  description?: string | null;
}

@InputType({ description: 'An organisation to delete.' })
export class DeleteOrganizationInput {
  @Field(() => ID, { description: 'The organisation to delete. It must have no posts, ties, agreements or events left: move or merge them first.' })
  id!: string;
}
