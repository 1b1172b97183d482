/** Inputs of the person mutations, with their field rules. */
import { IsOptional, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import type { PersonRow } from '../../db/schema.js';
import { IsCountryCode, IsHandle } from '../mutation/validate.js';
import { IdInput, UpdateInputOf } from '../mutation/input.js';

@InputType({ description: 'A new person.' })
export class CreatePersonInput implements Partial<PersonRow> {
  @IsHandle()
  @Length(2, 80)
  @Field(() => String, { description: 'A unique, stable key for URLs: lowercase words joined by hyphens, e.g. `gennady-golovkin`.' })
  handle!: string;

  @Length(1, 300)
  @Field(() => String, { description: 'The name in English as usually written (1 to 300 characters).' })
  name!: string;

  @IsOptional()
  @Length(1, 60)
  @Field(() => String, { nullable: true, description: 'An honorific such as `Sheikh`.' })
  honorificPrefix?: string | null;

  @IsOptional()
  @Length(1, 120)
  @Field(() => String, { nullable: true, description: 'Given name in English.' })
  givenName?: string | null;

  @IsOptional()
  @Length(1, 120)
  @Field(() => String, { nullable: true, description: 'Family name in English.' })
  familyName?: string | null;

  @IsOptional()
  @IsCountryCode()
  @Field(() => String, { nullable: true, description: 'Nationality, by IOC or ISO code.' })
  nationality?: string | null;

  @IsOptional()
  @Length(1, 2000)
  @Field(() => String, { nullable: true, description: 'One or two sentences on who they are, in English.' })
  summary?: string | null;
}

export const UpdatePersonInput = UpdateInputOf(CreatePersonInput, {
  name: 'UpdatePersonInput',
  description: 'Changes to a person: fields left out stay as they are; null clears an optional field.',
  id: 'The person to change.',
});
export type UpdatePersonInput = InstanceType<typeof UpdatePersonInput>;

export const DeletePersonInput = IdInput('DeletePersonInput', 'A person to delete.', 'The person to delete. They must hold no posts and have no attendances left: delete or move them first, or merge the person into another.');
export type DeletePersonInput = InstanceType<typeof DeletePersonInput>;
