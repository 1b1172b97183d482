/** Inputs of the identifier mutations, with their field rules. */
import { Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import type { IdentifierRow } from '../../db/schema.js';
import { IdInput } from '../mutation/input.js';

@InputType({ description: "An identifier of an organisation or a person in another registry." })
export class AddIdentifierInput implements Partial<IdentifierRow> {
  @Field(() => ID, { description: 'Whose identifier it is: the id of an Organization or a Person.' })
  ownerId!: string;

  @Matches(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/, { message: 'must be one lowercase word naming the registry, e.g. `wikidata` or `ioc_code`' })
  @Length(2, 40)
  @Field(() => String, { description: 'The registry, as one lowercase word, e.g. `wikidata`.' })
  scheme!: string;

  @Length(1, 200)
  @Field(() => String, { description: 'The identifier in that registry, e.g. `Q1048869`; for `wikidata`, a QID (`Q` and digits).' })
  value!: string;
}

export const DeleteIdentifierInput = IdInput('DeleteIdentifierInput', 'An identifier to delete.', 'The identifier to delete.');
export type DeleteIdentifierInput = InstanceType<typeof DeleteIdentifierInput>;
