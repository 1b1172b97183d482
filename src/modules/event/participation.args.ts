/** The arguments of every connection of Participation items: filter, order, page. */
import * as t from '../../db/schema.js';
import { ListOf } from '../../shared/list.js';
import { sortable } from '../../shared/order.js';

export const participationList = ListOf(t.participations, {
  plural: 'attendances',
  // No fields of its own: only the hasSource and minConfidence of every citable type.
  filter: {},
  order: {
    CAPACITY: ['The capacity, alphabetically.', sortable(t.participations.capacity)],
  },
});
export const ParticipationArgs = participationList.Args;
export type ParticipationArgs = InstanceType<typeof ParticipationArgs>;
export const participationSelection = participationList.selection;
