/**
 * Searches over the graph of organisations and people. Each step expands a whole frontier with
 * one SQL statement (graph.incidence.ts), so a search costs at most one statement per hop,
 * whatever the number of vertices it meets or paths it finds.
 */
import { GraphQLError } from 'graphql';
import type { Context } from '../../context.js';
import type { Db } from '../../db/client.js';
import { UserInputError } from '../../shared/errors.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { survivorOf } from '../../shared/lookup.js';
import { incidences } from './graph.incidence.js';
import {
  GraphEdgeKind, isVertexType, vertexKey, vertexTables,
  type EdgeModel, type NetworkModel, type PathModel, type VertexRef,
} from './graph.model.js';

export const DEFAULT_HOPS = 3;
export const MAX_HOPS = 4;
export const MAX_PATHS = 20;
export const DEFAULT_DEPTH = 1;
export const MAX_DEPTH = 3;
export const MAX_EDGES = 500;

/** An id that does not name an organisation or a person where one is expected. */
export class NotAVertexIdError extends GraphQLError {
  constructor(id: string, argumentName: string) {
    super(`\`${argumentName}\` must be the id of an Organization or a Person; got "${id}".`, {
      extensions: { code: 'INVALID_ID', argumentName },
    });
  }
}

/**
 * All the shortest chains of facts from one vertex to another, at most `maxHops` long and at
 * most MAX_PATHS of them. A vertex is linked to itself by one path of length 0; an id that names
 * nothing is linked to nothing.
 */
export async function findConnections(ctx: Context, args: { from: string; to: string; maxHops: number; at?: string }): Promise<PathModel[]> {
  checkRange(args.maxHops, 1, MAX_HOPS, 'maxHops');
  const [from, to] = await Promise.all([vertexOf(ctx, args.from, 'from'), vertexOf(ctx, args.to, 'to')]);
  if (!from || !to) return [];
  if (vertexKey(from) === vertexKey(to)) return [{ length: 0, hops: [] }];
  const reachedBy = shortestPathEdges(ctx, from, to, args.maxHops, args.at);
  if (!reachedBy) return [];
  const paths: PathModel[] = [];
  for (const hops of pathsTo(to, vertexKey(from), reachedBy)) {
    paths.push({ length: hops.length, hops });
    if (paths.length === MAX_PATHS) break;
  }
  return paths;
}

/**
 * The vertices within `depth` hops of `around` and the edges of every vertex nearer than
 * `depth` (edges among the outermost vertices are not drawn), nearest first, at most MAX_EDGES
 * edges. Null when `around` names nothing.
 */
export async function findNetwork(ctx: Context, args: { around: string; depth: number; at?: string }): Promise<NetworkModel | null> {
  checkRange(args.depth, 1, MAX_DEPTH, 'depth');
  const centre = await vertexOf(ctx, args.around, 'around');
  if (!centre) return null;
  const vertices = new Map([[vertexKey(centre), centre]]);
  const edges = new Map<string, EdgeModel>();
  let frontier = [centre];
  let truncated = false;
  for (let hop = 1; hop <= args.depth && frontier.length > 0 && !truncated; hop++) {
    ctx.budget.check();
    const next: VertexRef[] = [];
    for (const edge of step(ctx.db, frontier, args.at)) {
      const id = undirectedKey(edge);
      if (edges.has(id)) continue;
      if (edges.size === MAX_EDGES) {
        truncated = true;
        break;
      }
      edges.set(id, edge);
      const key = vertexKey(edge.target);
      if (!vertices.has(key)) {
        vertices.set(key, edge.target);
        next.push(edge.target);
      }
    }
    frontier = next;
  }
  return { vertices: [...vertices.values()], edges: [...edges.values()], truncated };
}

/** Breadth-first from `from`: for each vertex met, every edge that reaches it by a shortest path. */
function shortestPathEdges(ctx: Context, from: VertexRef, to: VertexRef, maxHops: number, at: string | undefined): Map<string, EdgeModel[]> | null {
  const distance = new Map([[vertexKey(from), 0]]);
  const reachedBy = new Map<string, EdgeModel[]>();
  let frontier = [from];
  for (let hop = 1; hop <= maxHops && frontier.length > 0; hop++) {
    ctx.budget.check();
    const next: VertexRef[] = [];
    for (const edge of step(ctx.db, frontier, at)) {
      const key = vertexKey(edge.target);
      const known = distance.get(key);
      if (known === undefined) {
        distance.set(key, hop);
        reachedBy.set(key, [edge]);
        next.push(edge.target);
      } else if (known === hop) {
        reachedBy.get(key)!.push(edge);
      }
    }
    if (distance.has(vertexKey(to))) return reachedBy;
    frontier = next;
  }
  return null;
}

/** The paths into `vertex`, walked back edge by edge; lazy, so the caller's cap stops the walk. */
function* pathsTo(vertex: VertexRef, fromKey: string, reachedBy: Map<string, EdgeModel[]>): Generator<EdgeModel[]> {
  if (vertexKey(vertex) === fromKey) {
    yield [];
    return;
  }
  for (const edge of reachedBy.get(vertexKey(vertex)) ?? []) {
    for (const path of pathsTo(edge.source, fromKey, reachedBy)) yield [...path, edge];
  }
}

/** Every edge from a frontier vertex to another vertex the same fact touches (at `at`, one that may have held then), in a stable order. */
function step(db: Db, frontier: VertexRef[], at: string | undefined): EdgeModel[] {
  const inFrontier = new Set(frontier.map(vertexKey));
  const facts = new Map<string, { kind: GraphEdgeKind; factId: number; vertices: Map<string, VertexRef> }>();
  for (const { kind, factId, vertex } of incidences(db, frontier, at)) {
    const id = `${kind}:${factId}`;
    if (!facts.has(id)) facts.set(id, { kind, factId, vertices: new Map() });
    facts.get(id)!.vertices.set(vertexKey(vertex), vertex);
  }
  const edges: EdgeModel[] = [];
  for (const { kind, factId, vertices } of facts.values()) {
    for (const [sourceKey, source] of vertices) {
      if (!inFrontier.has(sourceKey)) continue;
      for (const [targetKey, target] of vertices) if (targetKey !== sourceKey) edges.push({ source, target, kind, factId });
    }
  }
  return edges.sort(compareEdges);
}

const kindOrder = Object.values(GraphEdgeKind);

function compareEdges(a: EdgeModel, b: EdgeModel): number {
  return kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || a.factId - b.factId
    || compareVertices(a.source, b.source) || compareVertices(a.target, b.target);
}

function compareVertices(a: VertexRef, b: VertexRef): number {
  return a.type.localeCompare(b.type) || a.id - b.id;
}

/** One key for an edge whichever way it was found. */
function undirectedKey(edge: EdgeModel): string {
  const ends = [vertexKey(edge.source), vertexKey(edge.target)].sort();
  return `${edge.kind}:${edge.factId}:${ends.join('|')}`;
}

/** The vertex a global id names (the survivor, for a merged-away record), null when no such row exists; INVALID_ID when it cannot name one. */
async function vertexOf(ctx: Context, globalId: string, argumentName: string): Promise<VertexRef | null> {
  const parsed = fromGlobalId(globalId);
  if (!parsed || !isVertexType(parsed.type)) throw new NotAVertexIdError(globalId, argumentName);
  // A merged-away record's id names its survivor, as it does for node(id:).
  const row = await survivorOf(ctx, vertexTables[parsed.type], await ctx.loaders.byId(vertexTables[parsed.type]).load(parsed.id));
  return row ? { type: parsed.type, id: row.id } : null;
}

function checkRange(value: number, min: number, max: number, argumentName: string): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UserInputError(`\`${argumentName}\` must be a whole number from ${min} to ${max}; got ${value}.`, argumentName);
  }
}
