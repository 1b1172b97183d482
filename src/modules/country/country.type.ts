import { inArray } from 'drizzle-orm';
import { ObjectType } from 'type-graphql';
import * as t from '../../db/schema.js';
import { ColumnFields } from '../../shared/column-fields.js';
import { countryCodeHelp, filterCountryId } from '../../shared/country-codes.js';
import { filterBy, ListOf } from '../../shared/list.js';
import { sortable } from '../../shared/order.js';
import { Node } from '../node/node.type.js';

@ObjectType({ description: 'A country or territory, with its IOC code beside its ISO 3166 codes (they differ for several countries: Kuwait is KUW to the IOC and KWT to ISO), or a state or team that no longer exists, found by its former codes (`identifiers`).' })
@ColumnFields(t.countries, {
  iocCode: 'The three-letter code the IOC uses now (Wikidata P984), e.g. `KAZ`, `KUW`, `SUI`; null where there is no National Olympic Committee. Former codes (`URS`, `FRG`) are among its `identifiers`, scheme `ioc_code`, with their years.',
  iso2: 'ISO 3166-1 alpha-2 code, e.g. `KZ`.',
  iso3: 'ISO 3166-1 alpha-3 code, e.g. `KAZ`, `KWT`, `CHE`.',
  isoNumeric: 'ISO 3166-1 numeric code, three digits with their leading zeros, e.g. `398`, `004`.',
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
    codes: filterBy(() => [String], `With one of these codes, each ${countryCodeHelp}.`, (codes: string[], request) =>
      codes.length > 0 && inArray(t.countries.id, codes.map((code) => filterCountryId(request, code)))),
  },
  order: {
    NAME: ['The English name.', t.countries.name],
    IOC_CODE: ['The IOC code; none first when ascending.', sortable(t.countries.iocCode)],
  },
});
