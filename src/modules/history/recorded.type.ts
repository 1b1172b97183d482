import { Field, InterfaceType } from 'type-graphql';
import { rowType, type TaggedRow } from '../../shared/node-registry.js';
import { ChangeConnection } from './change.type.js';

@InterfaceType({
  description: 'An object whose every write is recorded, with the values before and after.',
  resolveType: (row: TaggedRow) => row[rowType],
})
export abstract class Recorded {
  @Field(() => ChangeConnection, { description: 'Every recorded change to this object, oldest first (`last: n` gives the latest).' })
  history!: InstanceType<typeof ChangeConnection>;
}
