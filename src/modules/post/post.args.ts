/** The arguments of every connection of Post items: filter, order, point in time, page. */
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { Confidence, Role } from '../../db/enums.js';
import { ConnectionArgs } from '../../shared/connection.type.js';
import { DateRange } from '../../shared/date-range.input.js';
import { OrderInput } from '../../shared/order.js';
import { PartialDateScalar } from '../../shared/partial-date.scalar.js';

@InputType({ description: 'Conditions on posts; every field given must hold.' })
export class PostFilter {
  @Field(() => Role, { nullable: true, description: 'With this role.' })
  role?: Role | null;

  @Field(() => Boolean, { nullable: true, description: 'When true, only posts with no end date; when false, only ended ones.' })
  current?: boolean | null;

  @Field(() => DateRange, { nullable: true, description: 'Taken up within this range.' })
  started?: DateRange | null;

  @Field(() => Boolean, { nullable: true, description: 'When true, only posts a source is cited for; when false, only those with none.' })
  hasSource?: boolean | null;

  @Field(() => Confidence, { nullable: true, description: 'Only posts cited at least this confidently.' })
  minConfidence?: Confidence | null;

  @Field(() => [PostFilter], { nullable: true, description: 'Each of these filters must hold too.' })
  and?: PostFilter[] | null;

  @Field(() => [PostFilter], { nullable: true, description: 'At least one of these filters must hold too.' })
  or?: PostFilter[] | null;
}

export enum PostOrderField {
  START_DATE = 'START_DATE',
  END_DATE = 'END_DATE',
  ROLE = 'ROLE',
}
registerEnumType(PostOrderField, {
  name: 'PostOrderField',
  description: 'What posts can be ordered by.',
  valuesConfig: {
    START_DATE: { description: 'When the post was taken up; unknown first when ascending.' },
    END_DATE: { description: 'When the post was left; open posts first when ascending.' },
    ROLE: { description: 'The role, alphabetically.' },
  },
});
export const PostOrder = OrderInput('Post', PostOrderField);

@ArgsType()
export class PostArgs extends ConnectionArgs(PostFilter, PostOrder) {
  @Field(() => PartialDateScalar, { nullable: true, description: 'Only posts that may have been in effect at this date (see the README for partial dates). All of history when omitted.' })
  asOf?: string | null;
}
