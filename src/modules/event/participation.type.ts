import { ObjectType } from 'type-graphql';
import * as t from '../../db/schema.js';
import { ColumnFields } from '../../shared/column-fields.js';
import { ListOf } from '../../shared/list.js';
import { sortable } from '../../shared/order.js';
import { Node } from '../node/node.type.js';

@ObjectType({ description: 'Attendance at an event: a person, an organisation, or a person for an organisation, in some capacity.' })
@ColumnFields(t.participations, {
  capacity: 'The capacity they attended in, e.g. `President of the NOC of Kazakhstan (host)`.',
})
export class Participation extends Node {}

export const participationList = ListOf(Participation, {
  plural: 'attendances',
  // No fields of its own: only the hasSource and minConfidence of every citable type.
  filter: {},
  order: {
    CAPACITY: ['The capacity, alphabetically.', sortable(t.participations.capacity)],
  },
});
