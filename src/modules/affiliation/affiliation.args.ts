/** The arguments of every connection of Affiliation items: filter, order, point in time, page. */
import { eq } from 'drizzle-orm';
import { AffiliationKind } from '../../db/enums.js';
import * as t from '../../db/schema.js';
import { filterBy, ListOf } from '../../shared/list.js';
import { sortable } from '../../shared/order.js';

export const affiliationList = ListOf(t.affiliations, {
  plural: 'ties',
  filter: {
    kind: filterBy(() => AffiliationKind, 'Of this kind.', (kind: AffiliationKind) => eq(t.affiliations.kind, kind)),
  },
  order: {
    START_DATE: ['When the tie began; unknown first when ascending.', sortable(t.affiliations.startDate)],
    KIND: ['The kind, alphabetically.', t.affiliations.kind],
  },
  asOf: {
    description: 'Only ties that may have been in effect at this date (see the README for partial dates). All of history when omitted.',
    start: t.affiliations.startDate,
    end: t.affiliations.endDate,
  },
});
export const AffiliationArgs = affiliationList.Args;
export type AffiliationArgs = InstanceType<typeof AffiliationArgs>;
export const affiliationSelection = affiliationList.selection;
