import { Field, ObjectType } from 'type-graphql';
import type { CountryRow } from '../../db/schema.js';
import { Connection } from '../../shared/connection.type.js';
import { Cited } from '../citation/cited.type.js';
import { Recorded } from '../history/recorded.type.js';
import { Named } from '../name/named.type.js';
import { Node } from '../node/node.type.js';

@ObjectType({ implements: [Node, Named, Cited, Recorded], description: 'A country, with its IOC code beside its ISO 3166 codes (they differ for several countries: Kuwait is KUW to the IOC and KWT to ISO).' })
export class Country extends Node implements Pick<CountryRow, 'iocCode' | 'iso2' | 'iso3' | 'name' | 'officialName'> {
  @Field(() => String, { nullable: true, description: 'The three-letter code the IOC uses (Wikidata P984), e.g. `KAZ`, `KUW`, `SUI`.' })
  iocCode!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code, e.g. `KZ`.' })
  iso2!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-3 code, e.g. `KAZ`, `KWT`, `CHE`.' })
  iso3!: string | null;

  /** The short English name, e.g. `Kazakhstan`: served through `Named.name(lang:)`. */
  name!: string;

  @Field(() => String, { nullable: true, description: 'The formal English name, e.g. `Republic of Kazakhstan`.' })
  officialName!: string | null;
}

export const CountryConnection = Connection(Country, 'Country');
