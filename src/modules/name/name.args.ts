/** The arguments of every connection of Name items: filter, order, point in time, page. */
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { Confidence, NameKind } from '../../db/enums.js';
import { ConnectionArgs } from '../../shared/connection.type.js';
import { OrderInput } from '../../shared/order.js';
import { PartialDateScalar } from '../../shared/partial-date.scalar.js';

@InputType({ description: 'Conditions on names; every field given must hold.' })
export class NameFilter {
  @Field(() => String, { nullable: true, description: 'In this language: `ar` matches `ar` and `ar-*`.' })
  lang?: string | null;

  @Field(() => NameKind, { nullable: true, description: 'Of this kind.' })
  kind?: NameKind | null;

  @Field(() => Boolean, { nullable: true, description: 'When true, only names a source is cited for; when false, only those with none.' })
  hasSource?: boolean | null;

  @Field(() => Confidence, { nullable: true, description: 'Only names cited at least this confidently.' })
  minConfidence?: Confidence | null;

  @Field(() => [NameFilter], { nullable: true, description: 'Each of these filters must hold too.' })
  and?: NameFilter[] | null;

  @Field(() => [NameFilter], { nullable: true, description: 'At least one of these filters must hold too.' })
  or?: NameFilter[] | null;
}

export enum NameOrderField {
  VALUE = 'VALUE',
  LANG = 'LANG',
  START_DATE = 'START_DATE',
}
registerEnumType(NameOrderField, {
  name: 'NameOrderField',
  description: 'What names can be ordered by.',
  valuesConfig: {
    VALUE: { description: 'The name itself.' },
    LANG: { description: 'The language tag.' },
    START_DATE: { description: 'When it came into use; unknown first when ascending.' },
  },
});
export const NameOrder = OrderInput('Name', NameOrderField);

@ArgsType()
export class NameArgs extends ConnectionArgs(NameFilter, NameOrder) {
  @Field(() => PartialDateScalar, { nullable: true, description: 'Only names that may have been in effect at this date (see the README for partial dates). All of history when omitted.' })
  asOf?: string | null;
}
