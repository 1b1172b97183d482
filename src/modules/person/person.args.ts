/** The arguments of every connection of Person items: filter, order, page. */
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { Confidence } from '../../db/enums.js';
import { ConnectionArgs } from '../../shared/connection.type.js';
import { OrderInput } from '../../shared/order.js';

@InputType({ description: 'Conditions on people; every field given must hold.' })
export class PersonFilter {
  @Field(() => String, { nullable: true, description: 'Of this nationality, by IOC or ISO code.' })
  nationality?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'When true, only people a source is cited for; when false, only those with none.' })
  hasSource?: boolean | null;

  @Field(() => Confidence, { nullable: true, description: 'Only people cited at least this confidently.' })
  minConfidence?: Confidence | null;

  @Field(() => [PersonFilter], { nullable: true, description: 'Each of these filters must hold too.' })
  and?: PersonFilter[] | null;

  @Field(() => [PersonFilter], { nullable: true, description: 'At least one of these filters must hold too.' })
  or?: PersonFilter[] | null;
}

export enum PersonOrderField {
  NAME = 'NAME',
  HANDLE = 'HANDLE',
}
registerEnumType(PersonOrderField, {
  name: 'PersonOrderField',
  description: 'What people can be ordered by.',
  valuesConfig: {
    NAME: { description: 'The English name.' },
    HANDLE: { description: 'The handle.' },
  },
});
export const PersonOrder = OrderInput('Person', PersonOrderField);

@ArgsType()
export class PersonArgs extends ConnectionArgs(PersonFilter, PersonOrder) {}
