import { Field, ObjectType } from 'type-graphql';
import type { PersonRow } from '../../db/schema.js';
import { Connection } from '../../shared/connection.type.js';
import { Cited } from '../citation/cited.type.js';
import { Named } from '../name/named.type.js';
import { Node } from '../node/node.type.js';
import { Recorded } from '../history/recorded.type.js';

@ObjectType({ implements: [Node, Named, Cited, Recorded], description: 'A person who holds or held posts in the sports movement.' })
export class Person extends Node implements Pick<PersonRow, 'handle' | 'name' | 'honorificPrefix' | 'givenName' | 'familyName' | 'summary'> {
  @Field(() => String, { description: 'A stable human-readable key, e.g. `gennady-golovkin`.' })
  handle!: string;

  /** Served through `Named.name(lang:)`. */
  name!: string;

  @Field(() => String, { nullable: true, description: 'An honorific such as `Sheikh`.' })
  honorificPrefix!: string | null;

  @Field(() => String, { nullable: true, description: 'Given name in English.' })
  givenName!: string | null;

  @Field(() => String, { nullable: true, description: 'Family name in English.' })
  familyName!: string | null;

  @Field(() => String, { nullable: true, description: 'One or two sentences on who they are.' })
  summary!: string | null;
}

export const PersonConnection = Connection(Person, 'Person');
