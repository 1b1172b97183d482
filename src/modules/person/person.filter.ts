import { people } from '../../db/schema.js';
import { filterOf } from '../../shared/filter.js';
import { inCountry } from '../country/country.filter.js';
import type { PeopleArgs } from './person.type.js';

export function personFilter(args: PeopleArgs) {
  return filterOf({ ...args }, [args.nationality && inCountry(people.nationalityId, args.nationality)]);
}
