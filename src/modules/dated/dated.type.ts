import { Field, InterfaceType } from 'type-graphql';
import { rowType, type TaggedRow } from '../../shared/node-registry.js';
import { InEffect } from '../../shared/point-in-time.js';

@InterfaceType({
  description: 'A fact that holds for a time: a post, a tie, a name, an agreement, a former code (an identifier).',
  resolveType: (row: TaggedRow) => row[rowType],
})
export abstract class Dated {
  @Field(() => InEffect, { description: 'Whether it held at a date (by default the query\'s `@asOf` date, else today), given partial dates: see the README for the rule.' })
  inEffect!: InEffect;
}
