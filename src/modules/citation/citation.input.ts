/** Inputs of the citation mutations, with their field rules. */
import { ID, InputType } from 'type-graphql';
import { CitationKind, Confidence } from '../../db/enums.js';
import type { CitationRow } from '../../db/schema.js';
import { Input } from '../mutation/fields.js';
import { IdInput, UpdateInputOf } from '../mutation/input.js';

@InputType({ description: 'A source backing one fact, with the words that support it.' })
export class AttachCitationInput implements Partial<Pick<CitationRow, 'quote' | 'quoteTranslation' | 'confidence' | 'correction' | 'note'>> {
  @Input(ID, 'The fact it supports: the id of an Organization, Person, Name, Affiliation, Post, Event, EventOrganizer, Participation, Agreement, AgreementParty, Country or Sport.')
  factId!: string;

  @Input(ID, 'The source document.')
  sourceId!: string;

  @Input(String, "The supporting words in the source's own language; when the source stores its text, they must occur in it verbatim.", { optional: true, length: [1, 5000] })
  quote?: string | null;

  @Input(String, 'A literal English translation of the quote, errors included.', { optional: true, length: [1, 5000] })
  quoteTranslation?: string | null;

  @Input(Confidence, 'How far this source can be trusted on this fact. HIGH needs a quote that occurs in the source\'s stored text, and is refused for an inference.')
  confidence!: Confidence;

  @Input(CitationKind, 'STATED when the source says the fact (a new citation is STATED unless told otherwise); INFERRED when the editors conclude it, with the reasoning in `note`.', { optional: true })
  kind?: CitationKind | null;

  @Input(String, 'What the source says wrongly and what it means, e.g. a translation error.', { optional: true, length: [1, 2000] })
  correction?: string | null;

  @Input(String, "An editor's note on the citation; for an inference, required: the reasoning.", { optional: true, length: [1, 2000] })
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
