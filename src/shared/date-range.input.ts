import { Field, InputType } from 'type-graphql';
import { PartialDateScalar } from './partial-date.scalar.js';

@InputType({ description: 'A range of dates, either end open. Partial dates count as the whole period they name.' })
export class DateRange {
  @Field(() => PartialDateScalar, { nullable: true, description: 'On or after this date (a year or month means from its first day).' })
  from?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'On or before this date (a year or month means to its last day).' })
  to?: string | null;
}
