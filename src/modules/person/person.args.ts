/** The arguments of every connection of Person items: filter, order, page. */
import * as t from '../../db/schema.js';
import { filterBy, ListOf } from '../../shared/list.js';
import { inCountry } from '../../shared/country-codes.js';

export const personList = ListOf(t.people, {
  plural: 'people',
  filter: {
    nationality: filterBy(() => String, 'Of this nationality, by IOC or ISO code.', (code: string) => code && inCountry(t.people.nationalityId, code)),
  },
  order: {
    NAME: ['The English name.', t.people.name],
    HANDLE: ['The handle.', t.people.handle],
  },
});
export const PersonArgs = personList.Args;
export type PersonArgs = InstanceType<typeof PersonArgs>;
export const personSelection = personList.selection;
