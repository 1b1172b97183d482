import { Field, getMetadataStorage, ID, InterfaceType } from 'type-graphql';
import { rowType, type TaggedRow } from '../../shared/node-registry.js';

@InterfaceType({
  description: 'An object with a global id, fetchable again with `node(id:)`.',
  resolveType: (row: TaggedRow) => row[rowType],
})
export abstract class Node {
  @Field(() => ID, { description: 'An opaque global id. Stable for the life of the object; pass it to `node(id:)`.' })
  id!: string;
}

/** The class type-graphql knows as the object type `name`; read when the schema is built, after every module has loaded. */
export function objectTypeNamed(name: string): Function {
  const type = getMetadataStorage().objectTypes.find((objectType) => objectType.name === name);
  if (!type) throw new Error(`no GraphQL object type is named ${name}`);
  return type.target;
}
