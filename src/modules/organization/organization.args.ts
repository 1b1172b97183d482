/** The arguments of every connection of Organization items: filter, order, page. */
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { Confidence, OrganizationKind } from '../../db/enums.js';
import { ConnectionArgs } from '../../shared/connection.type.js';
import { DateRange } from '../../shared/date-range.input.js';
import { OrderInput } from '../../shared/order.js';

@InputType({ description: 'Conditions on organisations; every field given must hold.' })
export class OrganizationFilter {
  @Field(() => OrganizationKind, { nullable: true, description: 'Of this kind.' })
  kind?: OrganizationKind | null;

  @Field(() => String, { nullable: true, description: 'Of this country, by IOC or ISO code (`KAZ`, `KZ`).' })
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'Of this sport or one of its disciplines, by code (`aquatics`).' })
  sport?: string | null;

  @Field(() => DateRange, { nullable: true, description: 'Founded within this range.' })
  founded?: DateRange | null;

  @Field(() => Boolean, { nullable: true, description: 'When true, only organisations a source is cited for; when false, only those with none.' })
  hasSource?: boolean | null;

  @Field(() => Confidence, { nullable: true, description: 'Only organisations cited at least this confidently.' })
  minConfidence?: Confidence | null;

  @Field(() => [OrganizationFilter], { nullable: true, description: 'Each of these filters must hold too.' })
  and?: OrganizationFilter[] | null;

  @Field(() => [OrganizationFilter], { nullable: true, description: 'At least one of these filters must hold too.' })
  or?: OrganizationFilter[] | null;
}

export enum OrganizationOrderField {
  NAME = 'NAME',
  HANDLE = 'HANDLE',
  KIND = 'KIND',
  FOUNDING_DATE = 'FOUNDING_DATE',
}
registerEnumType(OrganizationOrderField, {
  name: 'OrganizationOrderField',
  description: 'What organisations can be ordered by.',
  valuesConfig: {
    NAME: { description: 'The English name.' },
    HANDLE: { description: 'The handle.' },
    KIND: { description: 'The kind, alphabetically.' },
    FOUNDING_DATE: { description: 'The founding date; unknown dates first when ascending.' },
  },
});
export const OrganizationOrder = OrderInput('Organization', OrganizationOrderField);

@ArgsType()
export class OrganizationArgs extends ConnectionArgs(OrganizationFilter, OrganizationOrder) {}
