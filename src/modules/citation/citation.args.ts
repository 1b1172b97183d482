/** The arguments of every connection of Citation items: filter, order, page. */
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { Confidence } from '../../db/enums.js';
import { ConnectionArgs } from '../../shared/connection.type.js';
import { OrderInput } from '../../shared/order.js';

@InputType({ description: 'Conditions on citations; every field given must hold.' })
export class CitationFilter {
  @Field(() => Confidence, { nullable: true, description: 'At least this confident.' })
  minConfidence?: Confidence | null;

  @Field(() => Boolean, { nullable: true, description: 'When true, only citations that correct their source; when false, only those that do not.' })
  hasCorrection?: boolean | null;

  @Field(() => String, { nullable: true, description: 'From the source with this handle.' })
  source?: string | null;

  @Field(() => [CitationFilter], { nullable: true, description: 'Each of these filters must hold too.' })
  and?: CitationFilter[] | null;

  @Field(() => [CitationFilter], { nullable: true, description: 'At least one of these filters must hold too.' })
  or?: CitationFilter[] | null;
}

export enum CitationOrderField {
  CONFIDENCE = 'CONFIDENCE',
}
registerEnumType(CitationOrderField, {
  name: 'CitationOrderField',
  description: 'What citations can be ordered by.',
  valuesConfig: {
    CONFIDENCE: { description: 'Confidence, from low to high.' },
  },
});
export const CitationOrder = OrderInput('Citation', CitationOrderField);

@ArgsType()
export class CitationArgs extends ConnectionArgs(CitationFilter, CitationOrder) {}
