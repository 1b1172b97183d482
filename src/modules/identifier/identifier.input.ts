/** Inputs of the identifier mutations, with their field rules. */
import { Matches } from 'class-validator';
import { ID, InputType } from 'type-graphql';
import { identifiers, type IdentifierRow } from '../../db/schema.js';
import { ownerTypesIn } from '../../shared/node-registry.js';
import { Input } from '../mutation/fields.js';
import { IdInput } from '../mutation/input.js';

/** A registry's name: one lowercase word, parts joined by underscores. */
const IsScheme = () => Matches(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/, { message: 'must be one lowercase word naming the registry, e.g. `wikidata` or `ioc_code`' });

@InputType({ description: 'An identifier of an organisation, a person or a country in another registry.' })
export class AddIdentifierInput implements Partial<IdentifierRow> {
  @Input(ID, `Whose identifier it is: the id of ${ownerTypesIn(identifiers)}.`)
  ownerId!: string;

  @Input(String, 'The registry, as one lowercase word, e.g. `wikidata`; a country\'s former codes are `ioc_code` and `iso_3166_3`.', { length: [2, 40], rule: IsScheme() })
  scheme!: string;

  @Input(String, 'The identifier in that registry, e.g. `Q1048869`; for `wikidata`, a QID (`Q` and digits); for `ioc_code`, three capital letters; for `iso_3166_3`, four.', { length: [1, 200] })
  value!: string;

  @Input.date('When the identifier came into use, where that matters (a former code).', { optional: true })
  startDate?: string | null;

  @Input.date('When it went out of use (a former code); not before `startDate`.', { optional: true })
  endDate?: string | null;
}

export const DeleteIdentifierInput = IdInput('DeleteIdentifierInput', 'An identifier to delete.', 'The identifier to delete.');
