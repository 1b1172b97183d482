/** Inputs of the citation mutations, with their field rules. */
import { IsOptional, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Confidence } from '../../db/enums.js';
import type { CitationRow } from '../../db/schema.js';
import { IdInput, UpdateInputOf } from '../mutation/input.js';

@InputType({ description: 'A source backing one fact, with the words that support it.' })
export class AttachCitationInput implements Partial<Pick<CitationRow, 'quote' | 'quoteTranslation' | 'confidence' | 'correction' | 'note'>> {
  @Field(() => ID, { description: 'The fact it supports: the id of an Organization, Person, Name, Affiliation, Post, Event, EventOrganizer, Participation, Agreement or AgreementParty.' })
  factId!: string;

  @Field(() => ID, { description: 'The source document.' })
  sourceId!: string;

  @IsOptional()
  @Length(1, 5000)
  @Field(() => String, { nullable: true, description: "The supporting words in the source's own language; when the source stores its text, they must occur in it verbatim." })
  quote?: string | null;

  @IsOptional()
  @Length(1, 5000)
  @Field(() => String, { nullable: true, description: 'A literal English translation of the quote, errors included.' })
  quoteTranslation?: string | null;

  @Field(() => Confidence, { description: 'How far this source can be trusted on this fact.' })
  confidence!: Confidence;

  @IsOptional()
  @Length(1, 2000)
  @Field(() => String, { nullable: true, description: 'What the source says wrongly and what it means, e.g. a translation error.' })
  correction?: string | null;

  @IsOptional()
  @Length(1, 2000)
  @Field(() => String, { nullable: true, description: "An editor's note on the citation." })
  note?: string | null;
}

export const UpdateCitationInput = UpdateInputOf(AttachCitationInput, {
  name: 'UpdateCitationInput',
  description: 'Changes to a citation: fields left out stay as they are; null clears an optional field. The fact it supports does not change: delete it and attach a new one.',
  id: 'The citation to change.',
  omit: ['factId'],
});
export type UpdateCitationInput = InstanceType<typeof UpdateCitationInput>;

export const DeleteCitationInput = IdInput('DeleteCitationInput', 'A citation to delete.', 'The citation to delete.');
export type DeleteCitationInput = InstanceType<typeof DeleteCitationInput>;
