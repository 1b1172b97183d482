import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { citations } from '../../db/schema.js';
import { toGlobalId } from '../../shared/global-id.js';
import { PartialDateScalar } from '../../shared/partial-date.scalar.js';
import { dateGiven } from '../../shared/point-in-time.js';
import { citationColumn } from '../citation/citation.targets.js';
import { CitationArgs, citationList } from '../citation/citation.type.js';
import { factOf, vertexTables, type EdgeModel, type NetworkModel, type VertexRef } from './graph.model.js';
import { DEFAULT_DEPTH, DEFAULT_HOPS, findConnections, findNetwork, MAX_DEPTH, MAX_EDGES, MAX_HOPS, MAX_PATHS } from './graph.service.js';
import { GraphEdge, GraphFact, GraphHop, GraphNetwork, GraphPath, GraphVertex } from './graph.type.js';

const asOfArg = {
  nullable: true,
  description: 'The graph as it stood at this date: only the posts, ties and agreements that may have held then, and the events that may have begun by then, link anything. '
    + 'The query\'s `@asOf` date when omitted; without either, every fact whatever its dates.',
} as const;

const loadVertex = (ctx: Context, vertex: VertexRef) => ctx.loaders.byId(vertexTables[vertex.type]).load(vertex.id);
const loadFact = (ctx: Context, edge: EdgeModel) => ctx.loaders.byId(factOf[edge.kind].table).load(edge.factId);

@Resolver()
export class GraphResolver {
  @Query(() => [GraphPath], {
    description: 'The shortest chains of facts (posts, affiliations, agreements, shared events) linking two organisations or people, '
      + `each hop with its fact and citations. All the shortest ones, up to ${MAX_PATHS}; none when they are further apart than \`maxHops\` `
      + 'or an id names nothing. A vertex is linked to itself by one path of length 0.',
  })
  connections(
    @Arg('from', () => ID, { description: 'The id of the organisation or person to start from.' }) from: string,
    @Arg('to', () => ID, { description: 'The id of the organisation or person to reach.' }) to: string,
    @Arg('maxHops', () => Int, { defaultValue: DEFAULT_HOPS, description: `The longest chain to look for, 1 to ${MAX_HOPS}.` }) maxHops: number,
    @Arg('asOf', () => PartialDateScalar, asOfArg) asOf: string | null,
    @Ctx() ctx: Context,
  ) {
    return findConnections(ctx, { from, to, maxHops, at: dateGiven(ctx, asOf) });
  }

  @Query(() => GraphNetwork, {
    nullable: true,
    description: `The neighbourhood of an organisation or person, for drawing: every vertex within \`depth\` hops, and the edges of every vertex nearer than \`depth\`, nearest first, at most ${MAX_EDGES} edges. Null when \`around\` names nothing.`,
  })
  network(
    @Arg('around', () => ID, { description: 'The id of the organisation or person at the centre.' }) around: string,
    @Arg('depth', () => Int, { defaultValue: DEFAULT_DEPTH, description: `How many hops out to go, 1 to ${MAX_DEPTH}.` }) depth: number,
    @Arg('asOf', () => PartialDateScalar, asOfArg) asOf: string | null,
    @Ctx() ctx: Context,
  ) {
    return findNetwork(ctx, { around, depth, at: dateGiven(ctx, asOf) });
  }
}

@Resolver(() => GraphHop)
export class GraphHopResolver {
  @FieldResolver(() => GraphVertex, { description: 'The vertex this hop leaves from.' })
  from(@Root() hop: EdgeModel, @Ctx() ctx: Context) {
    return loadVertex(ctx, hop.source);
  }

  @FieldResolver(() => GraphVertex, { description: 'The vertex this hop arrives at.' })
  to(@Root() hop: EdgeModel, @Ctx() ctx: Context) {
    return loadVertex(ctx, hop.target);
  }

  @FieldResolver(() => GraphFact, { description: 'The fact that links the two vertices: a Post, an Affiliation, an Agreement or an Event.' })
  fact(@Root() hop: EdgeModel, @Ctx() ctx: Context) {
    return loadFact(ctx, hop);
  }

  @FieldResolver(() => citationList.Connection, { description: 'The sources behind the fact, with the quote each gives.' })
  citations(@Root() hop: EdgeModel, @Args(() => citationList.Args) args: CitationArgs, @Ctx() ctx: Context) {
    const column = citationColumn(factOf[hop.kind].type);
    return ctx.loaders.connection(citations, { by: column }, hop.factId, args, citationList.selection(args, ctx));
  }
}

@Resolver(() => GraphEdge)
export class GraphEdgeResolver {
  @FieldResolver(() => ID, { description: 'The id of the end nearer the centre of the network.' })
  from(@Root() edge: EdgeModel): string {
    return toGlobalId(edge.source.type, edge.source.id);
  }

  @FieldResolver(() => ID, { description: 'The id of the other end.' })
  to(@Root() edge: EdgeModel): string {
    return toGlobalId(edge.target.type, edge.target.id);
  }

  @FieldResolver(() => GraphFact, { description: 'The fact that links the two ends: a Post, an Affiliation, an Agreement or an Event.' })
  fact(@Root() edge: EdgeModel, @Ctx() ctx: Context) {
    return loadFact(ctx, edge);
  }
}

@Resolver(() => GraphNetwork)
export class GraphNetworkResolver {
  @FieldResolver(() => [GraphVertex], { description: 'The organisations and people in the network, the centre first, then by distance.' })
  vertices(@Root() network: NetworkModel, @Ctx() ctx: Context) {
    return Promise.all(network.vertices.map((vertex) => loadVertex(ctx, vertex)));
  }

  @FieldResolver(() => [GraphEdge], { description: 'The edges of the network, nearest the centre first; each links two of `vertices`.' })
  edges(@Root() network: NetworkModel) {
    return network.edges;
  }
}
