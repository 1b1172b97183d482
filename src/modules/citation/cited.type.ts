import { Field, InterfaceType } from 'type-graphql';
import { rowType, type TaggedRow } from '../../shared/node-registry.js';
import { citationList } from './citation.type.js';

@InterfaceType({
  description: 'A fact or record backed by sources.',
  resolveType: (row: TaggedRow) => row[rowType],
})
export abstract class Cited {
  @Field(() => citationList.Connection, { description: 'The sources behind this fact, with the quote each gives.' })
  citations!: InstanceType<typeof citationList.Connection>;
}
