/** The SQL behind the filter and orderBy arguments of Person connections. */
import * as t from '../../db/schema.js';
import { whereOf } from '../../shared/filter.js';
import { selectionOf } from '../../shared/order.js';
import { sourceConditions } from '../citation/citation.targets.js';
import { inCountry } from '../country/country.filter.js';
import type { PersonArgs, PersonFilter } from './person.args.js';

export function personWhere(filter: PersonFilter | null | undefined) {
  return whereOf(filter, (f) => [
    f.nationality && inCountry(t.people.nationalityId, f.nationality),
    ...sourceConditions('Person', t.people.id, f),
  ]);
}

export function personSelection(args: PersonArgs) {
  return selectionOf(args, personWhere, {
    NAME: t.people.name,
    HANDLE: t.people.handle,
  });
}
