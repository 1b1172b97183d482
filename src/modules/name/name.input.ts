/** Inputs of the name mutations, with their field rules. */
import { IsOptional, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { NameKind } from '../../db/enums.js';
import type { NameRow } from '../../db/schema.js';
import { PartialDateScalar } from '../../shared/partial-date.scalar.js';
import { IsLanguageTag } from '../mutation/validate.js';

@InputType({ description: 'A new name of an organisation, a person or an event.' })
export class AddNameInput implements Partial<NameRow> {
  @Field(() => ID, { description: 'Whose name it is: the id of an Organization, a Person or an Event.' })
  ownerId!: string;

  @Length(1, 300)
  @Field(() => String, { description: 'The name as written, in its own script (1 to 300 characters).' })
  value!: string;

  @IsLanguageTag()
  @Field(() => String, { description: 'Its BCP-47 language tag, with a script subtag where it matters, e.g. `ar`, `kk-Cyrl`.' })
  lang!: string;

  @Field(() => NameKind, { description: 'What the name is to its owner.' })
  kind!: NameKind;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When the name came into use.' })
  startDate?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When the name went out of use; not before `startDate`.' })
  endDate?: string | null;

  @IsOptional()
  @Length(1, 1000)
  @Field(() => String, { nullable: true, description: "An editor's note, e.g. which source uses this spelling." })
  note?: string | null;
}

@InputType({ description: 'Changes to a name: fields left out stay as they are; null clears an optional field. The owner cannot change.' })
export class UpdateNameInput {
  @Field(() => ID, { description: 'The name to change.' })
  id!: string;

  @IsOptional()
  @Length(1, 300)
  @Field(() => String, { nullable: true, description: 'The name as written.' })
  value?: string;

  @IsOptional()
  @IsLanguageTag()
  @Field(() => String, { nullable: true, description: 'A new BCP-47 language tag.' })
  lang?: string;

  @Field(() => NameKind, { nullable: true, description: 'A new kind.' })
  kind?: NameKind;

  @Field(() => PartialDateScalar, { nullable: true, description: 'A new start date; null clears it.' })
  startDate?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'A new end date; null clears it.' })
  endDate?: string | null;

  @IsOptional()
  @Length(1, 1000)
  @Field(() => String, { nullable: true, description: 'A new note; null clears it.' })
  note?: string | null;
}

@InputType({ description: 'A name to delete.' })
export class DeleteNameInput {
  @Field(() => ID, { description: 'The name to delete; its citations go with it.' })
  id!: string;
}
