import { FieldResolver, Resolver, Root } from 'type-graphql';
import { type IdentifierRow } from '../../db/schema.js';
import { ConnectionsTo } from '../../shared/relations.js';
import { MutationsOf } from '../mutation/payload.type.js';
import { Country } from '../country/country.type.js';
import { Organization } from '../organization/organization.type.js';
import { Person } from '../person/person.type.js';
import { AddIdentifierInput, DeleteIdentifierInput } from './identifier.input.js';
import { addIdentifier, deleteIdentifier } from './identifier.service.js';
import { Identifier, identifierList } from './identifier.type.js';

const urlTemplates: Record<string, (value: string) => string> = {
  wikidata: (value) => `https://www.wikidata.org/wiki/${encodeURIComponent(value)}`,
};

@Resolver(() => Identifier)
export class IdentifierResolver {
  @FieldResolver(() => String, { nullable: true, description: "The identifier's page in its registry, where the scheme has one." })
  url(@Root() identifier: IdentifierRow): string | null {
    return urlTemplates[identifier.scheme]?.(identifier.value) ?? null;
  }
}

export const { Payload: IdentifierPayload, Mutations: IdentifierMutationResolver } = MutationsOf(Identifier, {
  addIdentifier: { input: AddIdentifierInput, run: addIdentifier, description: 'Adds an identifier in another registry (e.g. a Wikidata QID) to an organisation, a person or a country (e.g. a former IOC code, with its years).' },
  deleteIdentifier: { input: DeleteIdentifierInput, run: deleteIdentifier, description: 'Deletes an identifier.', revertible: true },
});

export const OrganizationIdentifiers = ConnectionsTo(Organization, {
  identifiers: { list: identifierList, description: 'Its identifiers in other registries.' },
});

export const PersonIdentifiers = ConnectionsTo(Person, {
  identifiers: { list: identifierList, description: 'Their identifiers in other registries.' },
});

export const CountryIdentifiers = ConnectionsTo(Country, {
  identifiers: { list: identifierList, description: 'Its identifiers in other registries, among them its former codes (schemes `ioc_code`, `iso_3166_3`) with their years; `country(code:)` finds it by those too.' },
});
