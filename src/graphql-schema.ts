/** Builds the GraphQL schema from the modules' resolvers (code-first, type-graphql). */
import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AffiliationResolver } from './modules/affiliation/affiliation.resolver.js';
import { AgreementPartyResolver } from './modules/agreement/agreement-party.resolver.js';
import { AgreementResolver } from './modules/agreement/agreement.resolver.js';
import { CitationResolver, CitedResolver } from './modules/citation/citation.resolver.js';
import { CountryResolver } from './modules/country/country.resolver.js';
import { EventOrganizerResolver } from './modules/event/event-organizer.resolver.js';
import { EventResolver } from './modules/event/event.resolver.js';
import { ParticipationResolver } from './modules/event/participation.resolver.js';
import { IdentifierResolver } from './modules/identifier/identifier.resolver.js';
import { NamedResolver } from './modules/name/name.resolver.js';
import { NodeResolver } from './modules/node/node.resolver.js';
import { OrganizationResolver } from './modules/organization/organization.resolver.js';
import { PersonResolver } from './modules/person/person.resolver.js';
import { PostResolver } from './modules/post/post.resolver.js';
import { SourceResolver } from './modules/source/source.resolver.js';
import { SportResolver } from './modules/sport/sport.resolver.js';

const resolvers = [
  NodeResolver, CitedResolver, NamedResolver, CitationResolver, SourceResolver, CountryResolver, SportResolver,
  OrganizationResolver, IdentifierResolver, AffiliationResolver, PersonResolver, PostResolver, EventResolver,
  EventOrganizerResolver, ParticipationResolver, AgreementResolver, AgreementPartyResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

export function graphqlSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers, validate: false }).then((schema) => {
    // type-graphql has no option for the root type's description.
    schema.getQueryType()!.description =
      "The registry of the sports movement's organisations, people, events and agreements. Every fact is dated and cited.";
    return schema;
  });
  return built;
}

/** The SDL committed as schema/schema.graphql: sorted, so it diffs by meaning, not by file order. */
export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await graphqlSchema()))}\n`;
}
