/** The arguments of every connection of Participation items: filter, order, page. */
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { Confidence } from '../../db/enums.js';
import { ConnectionArgs } from '../../shared/connection.type.js';
import { OrderInput } from '../../shared/order.js';

@InputType({ description: 'Conditions on attendances; every field given must hold.' })
export class ParticipationFilter {
  @Field(() => Boolean, { nullable: true, description: 'When true, only attendances a source is cited for; when false, only those with none.' })
  hasSource?: boolean | null;

  @Field(() => Confidence, { nullable: true, description: 'Only attendances cited at least this confidently.' })
  minConfidence?: Confidence | null;

  @Field(() => [ParticipationFilter], { nullable: true, description: 'Each of these filters must hold too.' })
  and?: ParticipationFilter[] | null;

  @Field(() => [ParticipationFilter], { nullable: true, description: 'At least one of these filters must hold too.' })
  or?: ParticipationFilter[] | null;
}

export enum ParticipationOrderField {
  CAPACITY = 'CAPACITY',
}
registerEnumType(ParticipationOrderField, {
  name: 'ParticipationOrderField',
  description: 'What attendances can be ordered by.',
  valuesConfig: {
    CAPACITY: { description: 'The capacity, alphabetically.' },
  },
});
export const ParticipationOrder = OrderInput('Participation', ParticipationOrderField);

@ArgsType()
export class ParticipationArgs extends ConnectionArgs(ParticipationFilter, ParticipationOrder) {}
