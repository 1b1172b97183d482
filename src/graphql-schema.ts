/** Builds the GraphQL schema from the modules' resolvers (code-first, type-graphql). */
import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { MapperKind, mapSchema, printSchemaWithDirectives } from '@graphql-tools/utils';
import { graphql, GraphQLSchema, lexicographicSortSchema, parse, printSchema, specifiedDirectives } from 'graphql';
import { buildSchema, createResolversMap, getMetadataStorage } from 'type-graphql';
import { authChecker } from './auth/auth-checker.js';
import { directResolvers } from './direct-resolvers.js';
import { checkingRepresentations, declareEntityKeys, referenceResolvers } from './federation/entities.js';
import { citations, names } from './db/schema.js';
import { Cited } from './modules/citation/cited.type.js';
import { Dated } from './modules/dated/dated.type.js';
import { Recorded } from './modules/history/recorded.type.js';
import { modules } from './modules/index.js';
import { Named } from './modules/name/named.type.js';
import { Node } from './modules/node/node.type.js';
import { asOfDirective } from './operation-date.js';
import { datesOf, declarationOf, nodeTypeNames, ownersIn } from './shared/node-registry.js';
import { objectTypeMetadata } from './shared/object-types.js';

/** The resolver classes the modules export, as type-graphql registered them: nothing lists them by hand. */
const resolverClasses = (() => {
  const registered = new Set<unknown>(getMetadataStorage().resolverClasses.map((resolver) => resolver.target));
  const classes = modules.flatMap((module) => Object.values(module).filter((value) => registered.has(value))) as Function[];
  return classes as [Function, ...Function[]];
})();

let built: Promise<GraphQLSchema> | undefined;
let subgraph: Promise<GraphQLSchema> | undefined;
let publicOnly: Promise<GraphQLSchema> | undefined;

/**
 * The interfaces of every node type, from the registry rather than from each type's decorator:
 * a node is Named when names point at it, Cited when citations do, Dated when it holds for a
 * time, Recorded unless it is the history itself.
 */
function declareInterfaces(): void {
  const named = new Set(ownersIn(names).map(({ typeName }) => typeName));
  const cited = new Set(ownersIn(citations, citations.sourceId).map(({ typeName }) => typeName));
  for (const typeName of nodeTypeNames) {
    const type = objectTypeMetadata(typeName);
    type.interfaceClasses = [Node, ...(named.has(typeName) ? [Named] : []), ...(cited.has(typeName) ? [Cited] : []),
      ...(datesOf(typeName) ? [Dated] : []), ...(declarationOf(typeName).recorded === false ? [] : [Recorded])];
  }
}

/** The API as type-graphql builds it: the plain contract, with the @key directives on entity types. */
export function graphqlSchema(): Promise<GraphQLSchema> {
  // skipCheck: the @key directives are defined by the federation spec, which this schema does not import.
  built ??= Promise.resolve().then(() => { declareInterfaces(); declareEntityKeys(); }).then(() => buildSchema({ resolvers: resolverClasses, validate: false, skipCheck: true, authChecker, directives: [...specifiedDirectives, asOfDirective] }).then((schema) => {
    // type-graphql has no option for the root type's description.
    schema.getQueryType()!.description =
      "The registry of the sports movement's organisations, people, events and agreements. Every fact is dated and cited.";
    const mutation = schema.getMutationType();
    if (mutation) mutation.description = 'Changes to the registry. Every mutation needs an API key (`Authorization: Bearer <key>`), runs as one transaction and is recorded in the history.';
    return schema;
  }));
  return built;
}

/**
 * The schema gateways read at /subgraph: the same API plus `_service` and `_entities`, as an
 * Apollo Federation v2 subgraph, so a gateway can join it with other subgraphs.
 */
export function subgraphSchema(): Promise<GraphQLSchema> {
  subgraph ??= graphqlSchema().then((schema) => {
    const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
    for (const [type, fields] of Object.entries(directResolvers(schema, resolverClasses))) Object.assign(resolvers[type], fields);
    for (const [type, reference] of Object.entries(referenceResolvers())) Object.assign(resolvers[type], reference);
    return checkingRepresentations(buildSubgraphSchema({
      typeDefs: parse(`extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])\n${printSchemaWithDirectives(lexicographicSortSchema(schema))}`),
      resolvers,
    }));
  });
  return subgraph;
}

/**
 * The schema clients see at /graphql: the subgraph's, with its resolvers, cut down to the types,
 * root fields and directives of the API itself (graphqlSchema). No `_entities`, `_service`, `_Any`,
 * `link__*` or `federation__*`: code generators with strict scalars, and the IDE's docs, see only
 * the registry. Cut from the subgraph rather than built again, so both run the same resolvers.
 */
export function publicSchema(): Promise<GraphQLSchema> {
  publicOnly ??= Promise.all([graphqlSchema(), subgraphSchema()]).then(([api, schema]) => {
    const queryFields = api.getQueryType()!.getFields();
    const cut = mapSchema(schema, {
      [MapperKind.TYPE]: (type) => (api.getType(type.name) ? type : null),
      [MapperKind.DIRECTIVE]: (directive) => (api.getDirective(directive.name) ? directive : null),
      [MapperKind.QUERY_ROOT_FIELD]: (field, name) => (name in queryFields ? field : null),
    });
    // The subgraph's schema definition carries `@link`; the public schema has none.
    return new GraphQLSchema({ ...cut.toConfig(), astNode: undefined, extensionASTNodes: [] });
  });
  return publicOnly;
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
