import { createUnionType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { rowType, type TaggedRow } from '../../shared/node-registry.js';
import { Affiliation } from '../affiliation/affiliation.type.js';
import { Agreement } from '../agreement/agreement.type.js';
import { Event } from '../event/event.type.js';
import { Organization } from '../organization/organization.type.js';
import { Person } from '../person/person.type.js';
import { Post } from '../post/post.type.js';
import { GraphEdgeKind, type EdgeModel, type NetworkModel, type PathModel } from './graph.model.js';
import { MAX_EDGES } from './graph.service.js';

registerEnumType(GraphEdgeKind, {
  name: 'GraphEdgeKind',
  description: 'The kind of fact that links two vertices of the graph.',
  valuesConfig: {
    POST: { description: 'A person holds (or held) a post in an organisation; the fact is the Post.' },
    AFFILIATION: { description: 'An organisation is a member of, recognised by, part of or the same as another; the fact is the Affiliation.' },
    AGREEMENT: { description: 'Two organisations are parties to one agreement, at any stage; the fact is the Agreement.' },
    SHARED_EVENT: { description: 'Two people or organisations both took part in, or organised, one event; the fact is the Event.' },
  },
});

export const GraphVertex = createUnionType({
  name: 'GraphVertex',
  description: 'A vertex of the graph: an organisation or a person.',
  types: () => [Organization, Person] as const,
  resolveType: (row) => (row as unknown as TaggedRow)[rowType],
});

export const GraphFact = createUnionType({
  name: 'GraphFact',
  description: 'The fact behind an edge of the graph: a post, an affiliation, an agreement or an event.',
  types: () => [Post, Affiliation, Agreement, Event] as const,
  resolveType: (row) => (row as unknown as TaggedRow)[rowType],
});

@ObjectType({ description: 'One step of a path: two vertices and the fact that links them, with its citations.' })
export class GraphHop implements Pick<EdgeModel, 'kind'> {
  @Field(() => GraphEdgeKind, { description: 'The kind of fact that links the two vertices.' })
  kind!: GraphEdgeKind;
}

@ObjectType({ description: 'A chain of facts linking two vertices, hop by hop from `from` to `to`.' })
export class GraphPath implements Pick<PathModel, 'length'> {
  @Field(() => Int, { description: 'The number of hops; 0 for the path from a vertex to itself.' })
  length!: number;

  @Field(() => [GraphHop], { description: 'The hops in order: the first starts at `from`, the last ends at `to`.' })
  hops!: GraphHop[];
}

@ObjectType({ description: 'An edge of a network, for drawing: the ids of its two ends and the fact that links them.' })
export class GraphEdge implements Pick<EdgeModel, 'kind'> {
  @Field(() => GraphEdgeKind, { description: 'The kind of fact that links the two ends.' })
  kind!: GraphEdgeKind;
}

@ObjectType({ description: 'The neighbourhood of a vertex, for drawing: the vertices within reach and the edges between them.' })
export class GraphNetwork implements Pick<NetworkModel, 'truncated'> {
  @Field(() => Boolean, { description: `True when the network had more than ${MAX_EDGES} edges and was cut short: the nearest ${MAX_EDGES} are kept, with their ends.` })
  truncated!: boolean;
}
