/** The SQL behind the filter and orderBy arguments of Affiliation connections. */
import { eq } from 'drizzle-orm';
import * as t from '../../db/schema.js';
import { inEffect, whereOf } from '../../shared/filter.js';
import { selectionOf, sortable } from '../../shared/order.js';
import { sourceConditions } from '../citation/citation.targets.js';
import type { AffiliationArgs, AffiliationFilter } from './affiliation.args.js';

export function affiliationWhere(filter: AffiliationFilter | null | undefined) {
  return whereOf(filter, (f) => [
    f.kind && eq(t.affiliations.kind, f.kind),
    ...sourceConditions('Affiliation', t.affiliations.id, f),
  ]);
}

export function affiliationSelection(args: AffiliationArgs) {
  return selectionOf(args, affiliationWhere, {
    START_DATE: sortable(t.affiliations.startDate),
    KIND: t.affiliations.kind,
  }, { where: inEffect(t.affiliations.startDate, t.affiliations.endDate, args.asOf), key: args.asOf ?? null });
}
