/** Inputs of the source mutations, with their field rules. */
import { InputType } from 'type-graphql';
import { SourceKind } from '../../db/enums.js';
import type { SourceRow } from '../../db/schema.js';
import { Input } from '../mutation/fields.js';
import { IdInput, UpdateInputOf } from '../mutation/input.js';

@InputType({ description: 'A new source document.' })
export class CreateSourceInput implements Partial<SourceRow> {
  @Input.handle('A unique, stable key: lowercase words joined by hyphens, e.g. `astana-article`.', 80)
  handle!: string;

  @Input(SourceKind, 'What kind of document it is.')
  kind!: SourceKind;

  @Input(String, 'The title, in the language of the source (1 to 500 characters).', { length: [1, 500] })
  title!: string;

  @Input(String, 'Who published it.', { optional: true, length: [1, 200] })
  publisher?: string | null;

  @Input.httpUrl('Where it can be read (http or https).', { optional: true })
  url?: string | null;

  @Input.languageTag('The BCP-47 language tag of its text, e.g. `ar`, `en-GB`, `kk-Cyrl`.')
  lang!: string;

  @Input.date('When it was published, as far as known.', { optional: true })
  publishedDate?: string | null;

  @Input.date('When the registry retrieved it; not before it was published.', { optional: true })
  retrievedDate?: string | null;

  // 500,000 characters: the datasets the seed stores as sources (world-countries' CSV is about 360,000) must pass, and still fit a 1 MiB request.
  @Input(String, 'The full text as retrieved. When it is stored, every quote cited from the source must occur in it verbatim.', { optional: true, length: [1, 500000] })
  text?: string | null;

  @Input(String, "An editor's note: its reliability, its history.", { optional: true, length: [1, 2000] })
  note?: string | null;
}

export const UpdateSourceInput = UpdateInputOf(CreateSourceInput, {
  name: 'UpdateSourceInput',
  description: 'Changes to a source: fields left out stay as they are; null clears an optional field.',
  id: 'The source to change.',
  descriptions: { text: 'A new full text; null clears it. Refused while a quote cited from the source would no longer occur in it.' },
});

export const DeleteSourceInput = IdInput('DeleteSourceInput', 'A source to delete.', 'The source to delete. No citation may use it: delete them or move them to another source first.');
