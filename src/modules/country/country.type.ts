import { or } from 'drizzle-orm';
import { ObjectType } from 'type-graphql';
import * as t from '../../db/schema.js';
import { ColumnFields } from '../../shared/column-fields.js';
import { inCountry } from '../../shared/country-codes.js';
import { filterBy, ListOf } from '../../shared/list.js';
import { sortable } from '../../shared/order.js';
import { Node } from '../node/node.type.js';

@ObjectType({ description: 'A country, with its IOC code beside its ISO 3166 codes (they differ for several countries: Kuwait is KUW to the IOC and KWT to ISO).' })
@ColumnFields(t.countries, {
  iocCode: 'The three-letter code the IOC uses (Wikidata P984), e.g. `KAZ`, `KUW`, `SUI`.',
  iso2: 'ISO 3166-1 alpha-2 code, e.g. `KZ`.',
  iso3: 'ISO 3166-1 alpha-3 code, e.g. `KAZ`, `KWT`, `CHE`.',
  officialName: 'The formal English name, e.g. `Republic of Kazakhstan`.',
})
export class Country extends Node {
  /** The short English name, e.g. `Kazakhstan`: served through `Named.name(lang:)`. */
  name!: string;
}

export const countryList = ListOf(Country, {
  plural: 'countries',
  filter: {
    // An empty list sets no condition, as a missing one does.
    codes: filterBy(() => [String], 'With one of these IOC or ISO codes.', (codes: string[]) =>
      codes.length > 0 && or(...codes.map((code) => inCountry(t.countries.id, code)))),
  },
  order: {
    NAME: ['The English name.', t.countries.name],
    IOC_CODE: ['The IOC code; none first when ascending.', sortable(t.countries.iocCode)],
  },
});
