/** Inputs of the source mutations, with their field rules. */
import { IsOptional, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { SourceKind } from '../../db/enums.js';
import type { SourceRow } from '../../db/schema.js';
import { PartialDateScalar } from '../../shared/partial-date.scalar.js';
import { IsHandle, IsHttpUrl, IsLanguageTag } from '../mutation/validate.js';


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

@InputType({ description: 'Changes to a source: fields left out stay as they are; null clears an optional field.' })
export class UpdateSourceInput {
  @Field(() => ID, { description: 'The source to change.' })
  id!: string;

  @IsOptional()
  @IsHandle()
  @Length(2, 80)
  @Field(() => String, { nullable: true, description: 'A new handle.' })
  handle?: string;

  @Field(() => SourceKind, { nullable: true, description: 'A new kind.' })
  kind?: SourceKind;

  @IsOptional()
  @Length(1, 500)
  @Field(() => String, { nullable: true, description: 'A new title.' })
  title?: string;

  @IsOptional()
  @Length(1, 200)
  @Field(() => String, { nullable: true, description: 'A new publisher; null clears it.' })
  publisher?: string | null;

  @IsOptional()
  @IsHttpUrl()
  @Field(() => String, { nullable: true, description: 'A new URL (http or https); null clears it.' })
  url?: string | null;

  @IsOptional()
  @IsLanguageTag()
  @Field(() => String, { nullable: true, description: 'A new BCP-47 language tag.' })
  lang?: string;

  @Field(() => PartialDateScalar, { nullable: true, description: 'A new publication date; null clears it.' })
  publishedDate?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'A new retrieval date; null clears it.' })
  retrievedDate?: string | null;

  @IsOptional()
  @Length(1, 200000)
  @Field(() => String, { nullable: true, description: 'A new full text; null clears it. Refused while a quote cited from the source would no longer occur in it.' })
  text?: string | null;

  @IsOptional()
  @Length(1, 2000)
  @Field(() => String, { nullable: true, description: 'A new note; null clears it.' })
  note?: string | null;
}

@InputType({ description: 'A source to delete.' })
export class DeleteSourceInput {
  @Field(() => ID, { description: 'The source to delete. No citation may use it: delete them or move them to another source first.' })
  id!: string;
}
