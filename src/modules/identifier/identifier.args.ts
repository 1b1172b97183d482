/** The arguments of every connection of Identifier items: filter, order, page. */
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { ConnectionArgs } from '../../shared/connection.type.js';
import { OrderInput } from '../../shared/order.js';

@InputType({ description: 'Conditions on identifiers; every field given must hold.' })
export class IdentifierFilter {
  @Field(() => String, { nullable: true, description: 'In this registry, e.g. `wikidata`.' })
  scheme?: string | null;

  @Field(() => [IdentifierFilter], { nullable: true, description: 'Each of these filters must hold too.' })
  and?: IdentifierFilter[] | null;

  @Field(() => [IdentifierFilter], { nullable: true, description: 'At least one of these filters must hold too.' })
  or?: IdentifierFilter[] | null;
}

export enum IdentifierOrderField {
  SCHEME = 'SCHEME',
  VALUE = 'VALUE',
}
registerEnumType(IdentifierOrderField, {
  name: 'IdentifierOrderField',
  description: 'What identifiers can be ordered by.',
  valuesConfig: {
    SCHEME: { description: 'The registry.' },
    VALUE: { description: 'The identifier.' },
  },
});
export const IdentifierOrder = OrderInput('Identifier', IdentifierOrderField);

@ArgsType()
export class IdentifierArgs extends ConnectionArgs(IdentifierFilter, IdentifierOrder) {}
