/** Inputs of the source mutations, with their field rules. */
import { IsOptional, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { SourceKind } from '../../db/enums.js';
import type { SourceRow } from '../../db/schema.js';
import { PartialDateScalar } from '../../shared/partial-date.scalar.js';
import { IsHandle, IsHttpUrl, IsLanguageTag } from '../mutation/validate.js';
import { IdInput, UpdateInputOf } from '../mutation/input.js';

@InputType({ description: 'A new source document.' })
export class CreateSourceInput implements Partial<SourceRow> {
  @IsHandle()
  @Length(2, 80)
  @Field(() => String, { description: 'A unique, stable key: lowercase words joined by hyphens, e.g. `astana-article`.' })
  handle!: string;

  @Field(() => SourceKind, { description: 'What kind of document it is.' })
  kind!: SourceKind;

  @Length(1, 500)
  @Field(() => String, { description: 'The title, in the language of the source (1 to 500 characters).' })
  title!: string;

  @IsOptional()
  @Length(1, 200)
  @Field(() => String, { nullable: true, description: 'Who published it.' })
  publisher?: string | null;

  @IsOptional()
  @IsHttpUrl()
  @Field(() => String, { nullable: true, description: 'Where it can be read (http or https).' })
  url?: string | null;

  @IsLanguageTag()
  @Field(() => String, { description: 'The BCP-47 language tag of its text, e.g. `ar`, `en-GB`, `kk-Cyrl`.' })
  lang!: string;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When it was published, as far as known.' })
  publishedDate?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When the registry retrieved it; not before it was published.' })
  retrievedDate?: string | null;

  @IsOptional()
  @Length(1, 200000)
  @Field(() => String, { nullable: true, description: 'The full text as retrieved. When it is stored, every quote cited from the source must occur in it verbatim.' })
  text?: string | null;

  @IsOptional()
  @Length(1, 2000)
  @Field(() => String, { nullable: true, description: "An editor's note: its reliability, its history." })
  note?: string | null;
}

export const UpdateSourceInput = UpdateInputOf(CreateSourceInput, {
  name: 'UpdateSourceInput',
  description: 'Changes to a source: fields left out stay as they are; null clears an optional field.',
  id: 'The source to change.',
  descriptions: { text: 'A new full text; null clears it. Refused while a quote cited from the source would no longer occur in it.' },
});
export type UpdateSourceInput = InstanceType<typeof UpdateSourceInput>;

export const DeleteSourceInput = IdInput('DeleteSourceInput', 'A source to delete.', 'The source to delete. No citation may use it: delete them or move them to another source first.');
export type DeleteSourceInput = InstanceType<typeof DeleteSourceInput>;
