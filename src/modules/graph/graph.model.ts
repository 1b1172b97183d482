/**
 * The registry seen as a graph: organisations and people are its vertices, and each fact that ties
 * two of them (a post, an affiliation, an agreement between parties, an event both attended) is
 * an edge. These are the plain shapes the service computes and the resolvers load rows for.
 */
import * as t from '../../db/schema.js';

export enum GraphEdgeKind {
  POST = 'POST',
  AFFILIATION = 'AFFILIATION',
  AGREEMENT = 'AGREEMENT',
  SHARED_EVENT = 'SHARED_EVENT',
}

/** The table and GraphQL type of the fact behind each kind of edge. */
export const factOf = {
  [GraphEdgeKind.POST]: { type: 'Post', table: t.posts },
  [GraphEdgeKind.AFFILIATION]: { type: 'Affiliation', table: t.affiliations },
  [GraphEdgeKind.AGREEMENT]: { type: 'Agreement', table: t.agreements },
  [GraphEdgeKind.SHARED_EVENT]: { type: 'Event', table: t.events },
} as const;

export const vertexTables = { Organization: t.organizations, Person: t.people } as const;
export type VertexType = keyof typeof vertexTables;

export interface VertexRef {
  type: VertexType;
  id: number;
}

/** One fact linking two vertices; `source` is the end the search reached first. */
export interface EdgeModel {
  source: VertexRef;
  target: VertexRef;
  kind: GraphEdgeKind;
  factId: number;
}

export interface PathModel {
  length: number;
  hops: EdgeModel[];
}

export interface NetworkModel {
  vertices: VertexRef[];
  edges: EdgeModel[];
  truncated: boolean;
}

/** A string key for maps and sets: `Organization:1`, `Person:3`. */
export function vertexKey(vertex: VertexRef): string {
  return `${vertex.type}:${vertex.id}`;
}

export function isVertexType(type: string): type is VertexType {
  return Object.hasOwn(vertexTables, type);
}
