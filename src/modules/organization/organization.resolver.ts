import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { ApiRole } from '../../db/enums.js';
import * as t from '../../db/schema.js';
import { ConnectionsTo, RootQueriesOf } from '../../shared/relations.js';
import { Country } from '../country/country.type.js';
import { MutationsOf } from '../mutation/payload.type.js';
import { SportConnection, SportArgs, sportSelection, Sport } from '../sport/sport.type.js';
import { CreateOrganizationInput, DeleteOrganizationInput, UpdateOrganizationInput } from './organization.input.js';
import { organizationWrites } from './organization.service.js';
import { Organization, OrganizationConnection, organizationList } from './organization.type.js';

type Row = t.OrganizationRow;

export const OrganizationRoots = RootQueriesOf({ type: Organization, table: t.organizations }, {
  one: { name: 'organization', handleExample: 'noc-kazakhstan', description: 'An organisation by global id or by handle (exactly one).' },
  many: { name: 'organizations', connection: OrganizationConnection, list: organizationList, description: 'Organisations, filtered by kind, country or sport.' },
});

@Resolver(() => Organization)
export class OrganizationResolver {
  @FieldResolver(() => Country, { nullable: true, description: 'The country it is based in or serves; null for world bodies.' })
  country(@Root() org: Row, @Ctx() ctx: Context) {
    return org.countryId ? ctx.loaders.byId(t.countries).load(org.countryId) : null;
  }

  @FieldResolver(() => SportConnection, { description: 'The sports it governs or practises.' })
  sports(@Root() org: Row, @Args(() => SportArgs) args: SportArgs, @Ctx() ctx: Context) {
    const through = { table: t.organizationSports, key: t.organizationSports.organizationId, target: t.organizationSports.sportId };
    return ctx.loaders.connection(t.sports, { through }, org.id, args, sportSelection(args));
  }
}

export const { Payload: OrganizationPayload, Mutations: OrganizationMutationResolver } = MutationsOf(Organization, 'Organization', 'organization', {
  createOrganization: { input: CreateOrganizationInput, run: organizationWrites.create, description: 'Adds an organisation.' },
  updateOrganization: { input: UpdateOrganizationInput, run: organizationWrites.update, description: 'Changes an organisation.' },
  deleteOrganization: { input: DeleteOrganizationInput, run: organizationWrites.delete, description: 'Deletes an organisation with no facts left (its names and identifiers go with it).', role: ApiRole.ADMIN, revertible: true },
});

export const CountryOrganizations = ConnectionsTo({ type: Country, table: t.countries }, t.organizations, {
  organizations: { type: OrganizationConnection, list: organizationList, description: 'Organisations based in or serving this country.' },
});

export const SportOrganizations = ConnectionsTo({ type: Sport, table: t.sports }, t.organizations, {
  organizations: { type: OrganizationConnection, list: organizationList, through: t.organizationSports, description: 'Organisations that govern or practise this sport.' },
});
