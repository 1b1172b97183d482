/** The arguments of every connection of Source items: filter, order, page. */
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { SourceKind } from '../../db/enums.js';
import { ConnectionArgs } from '../../shared/connection.type.js';
import { OrderInput } from '../../shared/order.js';

@InputType({ description: 'Conditions on sources; every field given must hold.' })
export class SourceFilter {
  @Field(() => SourceKind, { nullable: true, description: 'Of this kind.' })
  kind?: SourceKind | null;

  @Field(() => String, { nullable: true, description: 'In this language (BCP-47 tag).' })
  lang?: string | null;

  @Field(() => [SourceFilter], { nullable: true, description: 'Each of these filters must hold too.' })
  and?: SourceFilter[] | null;

  @Field(() => [SourceFilter], { nullable: true, description: 'At least one of these filters must hold too.' })
  or?: SourceFilter[] | null;
}

export enum SourceOrderField {
  PUBLISHED_DATE = 'PUBLISHED_DATE',
  TITLE = 'TITLE',
}
registerEnumType(SourceOrderField, {
  name: 'SourceOrderField',
  description: 'What sources can be ordered by.',
  valuesConfig: {
    PUBLISHED_DATE: { description: 'When published; unknown first when ascending.' },
    TITLE: { description: 'The title.' },
  },
});
export const SourceOrder = OrderInput('Source', SourceOrderField);

@ArgsType()
export class SourceArgs extends ConnectionArgs(SourceFilter, SourceOrder) {}
