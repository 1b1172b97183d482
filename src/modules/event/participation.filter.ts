/** The SQL behind the filter and orderBy arguments of Participation connections. */
import * as t from '../../db/schema.js';
import { whereOf } from '../../shared/filter.js';
import { selectionOf, sortable } from '../../shared/order.js';
import { sourceConditions } from '../citation/citation.targets.js';
import type { ParticipationArgs, ParticipationFilter } from './participation.args.js';

export function participationWhere(filter: ParticipationFilter | null | undefined) {
  return whereOf(filter, (f) => [
    ...sourceConditions('Participation', t.participations.id, f),
  ]);
}

export function participationSelection(args: ParticipationArgs) {
  return selectionOf(args, participationWhere, {
    CAPACITY: sortable(t.participations.capacity),
  });
}
