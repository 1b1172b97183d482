import { ApiRole } from '../../db/enums.js';
import * as t from '../../db/schema.js';
import { ConnectionsTo, RecordsAt, RootQueriesOf } from '../../shared/relations.js';
import { Country } from '../country/country.type.js';
import { MutationsOf } from '../mutation/payload.type.js';
import { Sport, sportList } from '../sport/sport.type.js';
import { CreateOrganizationInput, DeleteOrganizationInput, UpdateOrganizationInput } from './organization.input.js';
import { organizationWrites } from './organization.service.js';
import { Organization, organizationList } from './organization.type.js';


export const OrganizationRoots = RootQueriesOf(Organization, {
  one: { name: 'organization', example: 'noc-kazakhstan', description: 'An organisation by global id or by handle (exactly one).' },
  many: { name: 'organizations', list: organizationList, description: 'Organisations, filtered by kind, country or sport.' },
});

export const OrganizationRecords = RecordsAt(Organization, {
  country: { by: t.organizations.countryId, description: 'The country it is based in or serves; null for world bodies.' },
});

export const { Payload: OrganizationPayload, Mutations: OrganizationMutationResolver } = MutationsOf(Organization, {
  createOrganization: { input: CreateOrganizationInput, run: organizationWrites.create, description: 'Adds an organisation.' },
  updateOrganization: { input: UpdateOrganizationInput, run: organizationWrites.update, description: 'Changes an organisation.' },
  deleteOrganization: { input: DeleteOrganizationInput, run: organizationWrites.delete, description: 'Deletes an organisation with no facts left (its names and identifiers go with it).', role: ApiRole.ADMIN, revertible: true },
});

export const CountryOrganizations = ConnectionsTo(Country, {
  organizations: { list: organizationList, description: 'Organisations based in or serving this country.' },
});

export const OrganizationSports = ConnectionsTo(Organization, {
  sports: { list: sportList, through: t.organizationSports, description: 'The sports it governs or practises.' },
});

export const SportOrganizations = ConnectionsTo(Sport, {
  organizations: { list: organizationList, through: t.organizationSports, description: 'Organisations that govern or practise this sport.' },
});
