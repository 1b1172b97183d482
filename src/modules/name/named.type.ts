import { Field, InterfaceType } from 'type-graphql';
import { rowType, type TaggedRow } from '../../shared/node-registry.js';
import { NameConnection } from './name.type.js';

@InterfaceType({
  description: 'Something with names in several languages and scripts.',
  resolveType: (row: TaggedRow) => row[rowType],
})
export abstract class Named {
  @Field(() => NameConnection, { description: 'Its names in every language and script the sources give, current and former.' })
  names!: InstanceType<typeof NameConnection>;
}
