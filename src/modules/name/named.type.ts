import { Field, InterfaceType } from 'type-graphql';
import { rowType, type TaggedRow } from '../../shared/node-registry.js';
import { Name, nameList } from './name.type.js';

@InterfaceType({
  description: 'Something with names in several languages and scripts.',
  resolveType: (row: TaggedRow) => row[rowType],
})
export abstract class Named {
  @Field(() => nameList.Connection, { description: 'Its names in every language and script the sources give, current and former.' })
  names!: InstanceType<typeof nameList.Connection>;

  @Field(() => String, {
    description: "Its name in the language asked for (`lang`, else the request's Accept-Language), falling back along that list and then to English; without either, the registry's English name.",
  })
  name!: string;

  @Field(() => Name, {
    nullable: true,
    description: 'The stored name `name(lang:)` would show, with its language, kind, dates and citations: it says which language the fallback chain reached. Null when no stored name fits.',
  })
  localName!: Name | null;
}
