/** Inputs of the identifier mutations, with their field rules. */
import { Matches } from 'class-validator';
import { ID, InputType } from 'type-graphql';
import type { IdentifierRow } from '../../db/schema.js';
import { Input } from '../mutation/fields.js';
import { IdInput } from '../mutation/input.js';

/** A registry's name: one lowercase word, parts joined by underscores. */
const IsScheme = () => Matches(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/, { message: 'must be one lowercase word naming the registry, e.g. `wikidata` or `ioc_code`' });

@InputType({ description: "An identifier of an organisation or a person in another registry." })
export class AddIdentifierInput implements Partial<IdentifierRow> {
  @Input(ID, 'Whose identifier it is: the id of an Organization or a Person.')
  ownerId!: string;

  @Input(String, 'The registry, as one lowercase word, e.g. `wikidata`.', { length: [2, 40], rule: IsScheme() })
  scheme!: string;

  @Input(String, 'The identifier in that registry, e.g. `Q1048869`; for `wikidata`, a QID (`Q` and digits).', { length: [1, 200] })
  value!: string;
}

export const DeleteIdentifierInput = IdInput('DeleteIdentifierInput', 'An identifier to delete.', 'The identifier to delete.');
