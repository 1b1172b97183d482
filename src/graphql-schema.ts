/** Builds the GraphQL schema from the modules' resolvers (code-first, type-graphql). */
import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { graphql, lexicographicSortSchema, parse, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap } from 'type-graphql';
import { authChecker } from './auth/auth-checker.js';
import { directResolvers } from './direct-resolvers.js';
import { checkingRepresentations, referenceResolvers } from './federation/entities.js';
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
import { DatedResolver } from './modules/dated/dated.resolver.js';
import { NodeResolver } from './modules/node/node.resolver.js';
import { OrganizationResolver } from './modules/organization/organization.resolver.js';
import { OrganizationMutationResolver } from './modules/organization/organization-mutation.resolver.js';
import { PersonResolver } from './modules/person/person.resolver.js';
import { PostResolver } from './modules/post/post.resolver.js';
import { SearchResolver } from './modules/search/search.resolver.js';
import { SourceResolver } from './modules/source/source.resolver.js';
import { SportResolver } from './modules/sport/sport.resolver.js';
import { GraphEdgeResolver, GraphHopResolver, GraphNetworkResolver, GraphResolver } from './modules/graph/graph.resolver.js';
import { CountsResolver } from './modules/stats/counts.resolver.js';
import { ChangeResolver, RecordedResolver } from './modules/history/change.resolver.js';
import { RevertMutationResolver } from './modules/history/revert.resolver.js';
import { MergeResolver } from './modules/merge/merge.resolver.js';
import { PersonMutationResolver } from './modules/person/person-mutation.resolver.js';
import { NameMutationResolver } from './modules/name/name-mutation.resolver.js';
import { IdentifierMutationResolver } from './modules/identifier/identifier-mutation.resolver.js';
import { AffiliationMutationResolver } from './modules/affiliation/affiliation-mutation.resolver.js';
import { PostMutationResolver } from './modules/post/post-mutation.resolver.js';
import { EventMutationResolver } from './modules/event/event-mutation.resolver.js';
import { EventOrganizerMutationResolver } from './modules/event/event-organizer-mutation.resolver.js';
import { ParticipationMutationResolver } from './modules/event/participation-mutation.resolver.js';
import { AgreementMutationResolver } from './modules/agreement/agreement-mutation.resolver.js';
import { AgreementPartyMutationResolver } from './modules/agreement/agreement-party-mutation.resolver.js';
import { SourceMutationResolver } from './modules/source/source-mutation.resolver.js';
import { CitationMutationResolver } from './modules/citation/citation-mutation.resolver.js';

const resolverClasses = [
  NodeResolver, CitedResolver, NamedResolver, DatedResolver, CitationResolver, SourceResolver, CountryResolver, SportResolver,
  OrganizationResolver, OrganizationMutationResolver, IdentifierResolver, AffiliationResolver, PersonResolver, PostResolver, EventResolver,
  EventOrganizerResolver, ParticipationResolver, AgreementResolver, AgreementPartyResolver, SearchResolver,
  GraphResolver, GraphHopResolver, GraphEdgeResolver, GraphNetworkResolver, CountsResolver, MergeResolver,
  ChangeResolver, RecordedResolver, RevertMutationResolver,
  EventMutationResolver, EventOrganizerMutationResolver, ParticipationMutationResolver, AgreementMutationResolver,
  AgreementPartyMutationResolver, SourceMutationResolver, CitationMutationResolver,
  PersonMutationResolver, NameMutationResolver, IdentifierMutationResolver, AffiliationMutationResolver, PostMutationResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;
let subgraph: Promise<GraphQLSchema> | undefined;

/** The API as type-graphql builds it: the plain contract, with the @key directives on entity types. */
export function graphqlSchema(): Promise<GraphQLSchema> {
  // skipCheck: the @key directives are defined by the federation spec, which this schema does not import.
  built ??= buildSchema({ resolvers: resolverClasses, validate: false, skipCheck: true, authChecker }).then((schema) => {
    // type-graphql has no option for the root type's description.
    schema.getQueryType()!.description =
      "The registry of the sports movement's organisations, people, events and agreements. Every fact is dated and cited.";
    const mutation = schema.getMutationType();
    if (mutation) mutation.description = 'Changes to the registry. Every mutation needs an API key (`Authorization: Bearer <key>`), runs as one transaction and is recorded in the history.';
    return schema;
  });
  return built;
}

/**
 * The schema the server serves: the same API plus `_service` and `_entities`, as an Apollo
 * Federation v2 subgraph, so a gateway can join it with other subgraphs.
 */
export function subgraphSchema(): Promise<GraphQLSchema> {
  subgraph ??= graphqlSchema().then((schema) => {
    const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
    for (const [type, fields] of Object.entries(directResolvers(schema, resolverClasses))) Object.assign(resolvers[type], fields);
    for (const [type, reference] of Object.entries(referenceResolvers())) Object.assign(resolvers[type], reference);
    return checkingRepresentations(buildSubgraphSchema({
      typeDefs: parse(`extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])\n${printSchemaWithDirectives(schema)}`),
      resolvers,
    }));
  });
  return subgraph;
}

/** The subgraph SDL exactly as gateways read it from `_service { sdl }`; committed as schema/subgraph.graphql. */
export async function printedSubgraphSchema(): Promise<string> {
  const result = await graphql({ schema: await subgraphSchema(), source: '{ _service { sdl } }' });
  const sdl = (result.data?._service as { sdl?: string } | undefined)?.sdl;
  if (!sdl) throw new Error('the subgraph schema did not answer _service { sdl }');
  return `${sdl.trim()}\n`;
}

/** The SDL committed as schema/schema.graphql: sorted, so it diffs by meaning, not by file order. */
export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await graphqlSchema()))}\n`;
}
