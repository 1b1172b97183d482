/** The arguments of every connection of Agreement items: filter, order, point in time, page. */
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { AgreementKind, AgreementStatus, Confidence } from '../../db/enums.js';
import { ConnectionArgs } from '../../shared/connection.type.js';
import { DateRange } from '../../shared/date-range.input.js';
import { OrderInput } from '../../shared/order.js';
import { PartialDateScalar } from '../../shared/partial-date.scalar.js';

@InputType({ description: 'Conditions on agreements; every field given must hold.' })
export class AgreementFilter {
  @Field(() => AgreementStatus, { nullable: true, description: 'At this stage of the lifecycle.' })
  status?: AgreementStatus | null;

  @Field(() => AgreementKind, { nullable: true, description: 'Of this form.' })
  kind?: AgreementKind | null;

  @Field(() => DateRange, { nullable: true, description: 'First discussed within this range.' })
  discussed?: DateRange | null;

  @Field(() => DateRange, { nullable: true, description: 'Signed within this range.' })
  signed?: DateRange | null;

  @Field(() => Boolean, { nullable: true, description: 'When true, only agreements a source is cited for; when false, only those with none.' })
  hasSource?: boolean | null;

  @Field(() => Confidence, { nullable: true, description: 'Only agreements cited at least this confidently.' })
  minConfidence?: Confidence | null;

  @Field(() => [AgreementFilter], { nullable: true, description: 'Each of these filters must hold too.' })
  and?: AgreementFilter[] | null;

  @Field(() => [AgreementFilter], { nullable: true, description: 'At least one of these filters must hold too.' })
  or?: AgreementFilter[] | null;
}

export enum AgreementOrderField {
  TITLE = 'TITLE',
  STATUS = 'STATUS',
  DISCUSSED_DATE = 'DISCUSSED_DATE',
  SIGNED_DATE = 'SIGNED_DATE',
}
registerEnumType(AgreementOrderField, {
  name: 'AgreementOrderField',
  description: 'What agreements can be ordered by.',
  valuesConfig: {
    TITLE: { description: 'The title.' },
    STATUS: { description: 'The lifecycle stage, from discussed to ended.' },
    DISCUSSED_DATE: { description: 'When first discussed; unknown first when ascending.' },
    SIGNED_DATE: { description: 'When signed; unsigned first when ascending.' },
  },
});
export const AgreementOrder = OrderInput('Agreement', AgreementOrderField);

@ArgsType()
export class AgreementArgs extends ConnectionArgs(AgreementFilter, AgreementOrder) {
  @Field(() => PartialDateScalar, { nullable: true, description: 'Only agreements that may have been in effect at this date (see the README for partial dates). All of history when omitted.' })
  asOf?: string | null;
}
