/** The arguments of every connection of Sport items: filter, order, page. */
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { ConnectionArgs } from '../../shared/connection.type.js';
import { OrderInput } from '../../shared/order.js';

@InputType({ description: 'Conditions on sports; every field given must hold.' })
export class SportFilter {
  @Field(() => Boolean, { nullable: true, description: 'When true, only sports with no parent (aquatics); when false, only disciplines.' })
  topLevel?: boolean | null;

  @Field(() => [SportFilter], { nullable: true, description: 'Each of these filters must hold too.' })
  and?: SportFilter[] | null;

  @Field(() => [SportFilter], { nullable: true, description: 'At least one of these filters must hold too.' })
  or?: SportFilter[] | null;
}

export enum SportOrderField {
  NAME = 'NAME',
  CODE = 'CODE',
}
registerEnumType(SportOrderField, {
  name: 'SportOrderField',
  description: 'What sports can be ordered by.',
  valuesConfig: {
    NAME: { description: 'The English name.' },
    CODE: { description: 'The code.' },
  },
});
export const SportOrder = OrderInput('Sport', SportOrderField);

@ArgsType()
export class SportArgs extends ConnectionArgs(SportFilter, SportOrder) {}
