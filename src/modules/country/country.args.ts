/** The arguments of every connection of Country items: filter, order, page. */
import { or } from 'drizzle-orm';
import * as t from '../../db/schema.js';
import { filterBy, ListOf } from '../../shared/list.js';
import { sortable } from '../../shared/order.js';
import { inCountry } from '../../shared/country-codes.js';

export const countryList = ListOf(t.countries, {
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
export const CountryArgs = countryList.Args;
export type CountryArgs = InstanceType<typeof CountryArgs>;
export const countrySelection = countryList.selection;
