import { ObjectType } from 'type-graphql';
import * as t from '../../db/schema.js';
import { ColumnFields } from '../../shared/column-fields.js';
import { ListOf, equalTo, inLanguage } from '../../shared/list.js';
import { sortable } from '../../shared/order.js';
import { Node } from '../node/node.type.js';

@ObjectType({ description: 'A name in one language and script, with its kind and the dates it was in use.' })
@ColumnFields(t.names, {
  value: 'The name as written.',
  lang: 'The BCP-47 language tag, with a script subtag where it matters, e.g. `kk-Cyrl`.',
  kind: 'What this name is.',
  startDate: 'When the name came into use, as far as known.',
  endDate: 'When the name went out of use; null while it is in use.',
  note: "An editor's note, e.g. which source uses this spelling.",
})
export class Name extends Node {}

export const nameList = ListOf(Name, {
  plural: 'names',
  filter: {
    lang: inLanguage(t.names.lang, 'In this language, a BCP 47 tag: `ar` matches `ar` and `ar-*`.'),
    kind: equalTo(t.names.kind, 'Of this kind.'),
  },
  order: {
    VALUE: ['The name itself.', t.names.value],
    LANG: ['The language tag.', t.names.lang],
    START_DATE: ['When it came into use; unknown first when ascending.', sortable(t.names.startDate)],
  },
});
export type NameArgs = InstanceType<typeof nameList.Args>;
