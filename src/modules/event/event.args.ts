/** The arguments of every connection of Event items: filter, order, page. */
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { Confidence, EventKind, EventStatus } from '../../db/enums.js';
import { ConnectionArgs } from '../../shared/connection.type.js';
import { DateRange } from '../../shared/date-range.input.js';
import { OrderInput } from '../../shared/order.js';

@InputType({ description: 'Conditions on events; every field given must hold.' })
export class EventFilter {
  @Field(() => EventStatus, { nullable: true, description: 'With this status.' })
  status?: EventStatus | null;

  @Field(() => EventKind, { nullable: true, description: 'Of this kind.' })
  kind?: EventKind | null;

  @Field(() => String, { nullable: true, description: 'In this country, by IOC or ISO code.' })
  country?: string | null;

  @Field(() => DateRange, { nullable: true, description: 'Starting within this range.' })
  date?: DateRange | null;

  @Field(() => Boolean, { nullable: true, description: 'When true, only events a source is cited for; when false, only those with none.' })
  hasSource?: boolean | null;

  @Field(() => Confidence, { nullable: true, description: 'Only events cited at least this confidently.' })
  minConfidence?: Confidence | null;

  @Field(() => [EventFilter], { nullable: true, description: 'Each of these filters must hold too.' })
  and?: EventFilter[] | null;

  @Field(() => [EventFilter], { nullable: true, description: 'At least one of these filters must hold too.' })
  or?: EventFilter[] | null;
}

export enum EventOrderField {
  START_DATE = 'START_DATE',
  NAME = 'NAME',
}
registerEnumType(EventOrderField, {
  name: 'EventOrderField',
  description: 'What events can be ordered by.',
  valuesConfig: {
    START_DATE: { description: 'The start date; unknown dates first when ascending.' },
    NAME: { description: 'The English name.' },
  },
});
export const EventOrder = OrderInput('Event', EventOrderField);

@ArgsType()
export class EventArgs extends ConnectionArgs(EventFilter, EventOrder) {}
