/** Inputs of the name mutations, with their field rules. */
import { IsOptional, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { NameKind } from '../../db/enums.js';
import type { NameRow } from '../../db/schema.js';
import { PartialDateScalar } from '../../shared/partial-date.scalar.js';
import { IsLanguageTag } from '../mutation/validate.js';
import { IdInput, UpdateInputOf } from '../mutation/input.js';

@InputType({ description: 'A new name of an organisation, a person, an event, a country or a sport.' })
export class AddNameInput implements Partial<NameRow> {
  @Field(() => ID, { description: 'Whose name it is: the id of an Organization, a Person, an Event, a Country or a Sport.' })
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

export const UpdateNameInput = UpdateInputOf(AddNameInput, {
  name: 'UpdateNameInput',
  description: 'Changes to a name: fields left out stay as they are; null clears an optional field. The owner cannot change.',
  id: 'The name to change.',
  omit: ['ownerId'],
});
export type UpdateNameInput = InstanceType<typeof UpdateNameInput>;

export const DeleteNameInput = IdInput('DeleteNameInput', 'A name to delete.', 'The name to delete; its citations go with it.');
export type DeleteNameInput = InstanceType<typeof DeleteNameInput>;
