import { ObjectType } from 'type-graphql';
import * as t from '../../db/schema.js';
import { ColumnFields } from '../../shared/column-fields.js';
import { ListOf, equalTo } from '../../shared/list.js';
import { sortable } from '../../shared/order.js';
import { Node } from '../node/node.type.js';

@ObjectType({ description: 'A dated tie from one organisation (the member) to another (the parent).' })
@ColumnFields(t.affiliations, {
  kind: 'How the two are tied.',
  startDate: 'When the tie began, as far as known.',
  endDate: 'When the tie ended; null while it lasts.',
  note: "An editor's note on the tie.",
})
export class Affiliation extends Node {}

export const affiliationList = ListOf(Affiliation, {
  plural: 'ties',
  filter: {
    kind: equalTo(t.affiliations.kind, 'Of this kind.'),
  },
  order: {
    START_DATE: ['When the tie began; unknown first when ascending.', sortable(t.affiliations.startDate)],
    KIND: ['The kind, alphabetically.', t.affiliations.kind],
  },
});
