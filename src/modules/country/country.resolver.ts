import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { ApiRole } from '../../db/enums.js';
import { countries } from '../../db/schema.js';
import { survivorOf } from '../../shared/lookup.js';
import { RootQueriesOf } from '../../shared/relations.js';
import { MutationsOf } from '../mutation/payload.type.js';
import { CreateCountryInput, DeleteCountryInput, MergeCountriesInput, UpdateCountryInput } from './country.input.js';
import { countryWrites, mergeCountries } from './country.service.js';
import { findCountryId } from '../../shared/country-codes.js';
import { Country, countryList } from './country.type.js';

export const CountryRoots = RootQueriesOf(Country, {
  many: { name: 'countries', list: countryList, description: 'All countries the registry knows.' },
});

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => Country, { nullable: true, description: 'A country by its IOC code (`KUW`), its ISO 3166-1 alpha-3 (`KWT`), alpha-2 (`KW`) or numeric (`414`) code, or a former code (`URS`, `FRG`, `SUHH`), in any case; null when no country has the code.' })
  async country(@Arg('code', () => String, { description: 'An IOC code, an ISO 3166-1 alpha-3, alpha-2 or numeric code, or a former IOC or ISO 3166-3 code.' }) code: string, @Ctx() ctx: Context) {
    const id = findCountryId(ctx.db, code);
    return id ? survivorOf(ctx, countries, await ctx.loaders.byId(countries).load(id)) : null;
  }
}

export const { Payload: CountryPayload, Mutations: CountryMutationResolver } = MutationsOf(Country, {
  createCountry: { input: CreateCountryInput, run: countryWrites.create, description: 'Adds a country, with its IOC and ISO codes.' },
  updateCountry: { input: UpdateCountryInput, run: countryWrites.update, description: 'Changes a country: its codes or names.' },
  deleteCountry: {
    input: DeleteCountryInput, run: countryWrites.delete, role: ApiRole.ADMIN, revertible: true,
    description: 'Deletes a country no organisation, person or event is of (its names and citations go with it).',
  },
  mergeCountries: {
    input: MergeCountriesInput, run: mergeCountries, role: ApiRole.ADMIN,
    description: 'Merges a duplicate country into another: its organisations, people, events, names and citations move to the survivor, and its id and codes lead to the survivor from then on.',
  },
});
