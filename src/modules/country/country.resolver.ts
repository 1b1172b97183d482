import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { countries, organizations, type CountryRow } from '../../db/schema.js';
import { OrganizationConnection } from '../organization/organization.type.js';
import { Country, CountryConnection } from './country.type.js';
import { findCountryId } from './country.service.js';
import { CountryArgs, countrySelection } from './country.args.js';
import { organizationList, OrganizationArgs } from '../organization/organization.args.js';

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => Country, { nullable: true, description: 'A country by its IOC code (`KUW`) or ISO 3166 alpha-3 (`KWT`) or alpha-2 (`KW`) code, in any case.' })
  country(@Arg('code', () => String, { description: 'An IOC, ISO alpha-3 or ISO alpha-2 code.' }) code: string, @Ctx() ctx: Context) {
    const id = findCountryId(ctx.db, code);
    return id ? ctx.loaders.byId(countries).load(id) : null;
  }

  @Query(() => CountryConnection, { description: 'All countries the registry knows.' })
  countries(@Args(() => CountryArgs) args: CountryArgs, @Ctx() ctx: Context) {
    return ctx.loaders.connection(countries, 'root', 0, args, countrySelection(args));
  }

  @FieldResolver(() => OrganizationConnection, { description: 'Organisations based in or serving this country.' })
  organizations(@Root() country: CountryRow, @Args(() => OrganizationArgs) args: OrganizationArgs, @Ctx() ctx: Context) {
    return ctx.loaders.connection(organizations, { by: organizations.countryId }, country.id, args, organizationList.selection(args));
  }
}
