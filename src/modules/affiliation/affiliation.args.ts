/** The arguments of every connection of Affiliation items: filter, order, point in time, page. */
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { AffiliationKind, Confidence } from '../../db/enums.js';
import { ConnectionArgs } from '../../shared/connection.type.js';
import { OrderInput } from '../../shared/order.js';
import { PartialDateScalar } from '../../shared/partial-date.scalar.js';

@InputType({ description: 'Conditions on ties; every field given must hold.' })
export class AffiliationFilter {
  @Field(() => AffiliationKind, { nullable: true, description: 'Of this kind.' })
  kind?: AffiliationKind | null;

  @Field(() => Boolean, { nullable: true, description: 'When true, only ties a source is cited for; when false, only those with none.' })
  hasSource?: boolean | null;

  @Field(() => Confidence, { nullable: true, description: 'Only ties cited at least this confidently.' })
  minConfidence?: Confidence | null;

  @Field(() => [AffiliationFilter], { nullable: true, description: 'Each of these filters must hold too.' })
  and?: AffiliationFilter[] | null;

  @Field(() => [AffiliationFilter], { nullable: true, description: 'At least one of these filters must hold too.' })
  or?: AffiliationFilter[] | null;
}

export enum AffiliationOrderField {
  START_DATE = 'START_DATE',
  KIND = 'KIND',
}
registerEnumType(AffiliationOrderField, {
  name: 'AffiliationOrderField',
  description: 'What ties can be ordered by.',
  valuesConfig: {
    START_DATE: { description: 'When the tie began; unknown first when ascending.' },
    KIND: { description: 'The kind, alphabetically.' },
  },
});
export const AffiliationOrder = OrderInput('Affiliation', AffiliationOrderField);

@ArgsType()
export class AffiliationArgs extends ConnectionArgs(AffiliationFilter, AffiliationOrder) {
  @Field(() => PartialDateScalar, { nullable: true, description: 'Only ties that may have been in effect at this date (see the README for partial dates). All of history when omitted.' })
  asOf?: string | null;
}
