/** The arguments of every connection of Country items: filter, order, page. */
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { ConnectionArgs } from '../../shared/connection.type.js';
import { OrderInput } from '../../shared/order.js';

@InputType({ description: 'Conditions on countries; every field given must hold.' })
export class CountryFilter {
  @Field(() => [String], { nullable: true, description: 'With one of these IOC or ISO codes.' })
  codes?: string[] | null;

  @Field(() => [CountryFilter], { nullable: true, description: 'Each of these filters must hold too.' })
  and?: CountryFilter[] | null;

  @Field(() => [CountryFilter], { nullable: true, description: 'At least one of these filters must hold too.' })
  or?: CountryFilter[] | null;
}

export enum CountryOrderField {
  NAME = 'NAME',
  IOC_CODE = 'IOC_CODE',
}
registerEnumType(CountryOrderField, {
  name: 'CountryOrderField',
  description: 'What countries can be ordered by.',
  valuesConfig: {
    NAME: { description: 'The English name.' },
    IOC_CODE: { description: 'The IOC code; none first when ascending.' },
  },
});
export const CountryOrder = OrderInput('Country', CountryOrderField);

@ArgsType()
export class CountryArgs extends ConnectionArgs(CountryFilter, CountryOrder) {}
