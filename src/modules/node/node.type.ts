import { Field, ID, InterfaceType } from 'type-graphql';
import { rowType, type TaggedRow } from '../../shared/node-registry.js';

@InterfaceType({
  description: 'An object with a global id, fetchable again with `node(id:)`.',
  resolveType: (row: TaggedRow) => row[rowType],
})
export abstract class Node {
  @Field(() => ID, { description: 'An opaque global id. Stable for the life of the object; pass it to `node(id:)`.' })
  id!: string;
}
