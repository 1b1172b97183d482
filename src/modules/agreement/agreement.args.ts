/** The arguments of every connection of Agreement items: filter, order, point in time, page. */
import { eq, sql } from 'drizzle-orm';
import { AgreementKind, AgreementStatus } from '../../db/enums.js';
import * as t from '../../db/schema.js';
import { DateRange } from '../../shared/date-range.input.js';
import { dateWithin } from '../../shared/filter.js';
import { filterBy, ListOf } from '../../shared/list.js';
import { sortable } from '../../shared/order.js';

/** The lifecycle stage as a number, so STATUS orders discussed -> agreed -> signed -> in force -> ended. */
const lifecycleRank = sql`CASE ${t.agreements.status} ${sql.join(
  Object.values(AgreementStatus).map((status, rank) => sql`WHEN ${status} THEN ${rank}`),
  sql` `,
)} END`;

/** An agreement is in effect from when it started, was signed or was first discussed, whichever is known. */
const agreementStart = sql`coalesce(${t.agreements.startDate}, ${t.agreements.signedDate}, ${t.agreements.discussedDate})`;

export const agreementList = ListOf(t.agreements, {
  plural: 'agreements',
  filter: {
    status: filterBy(() => AgreementStatus, 'At this stage of the lifecycle.', (status: AgreementStatus) => eq(t.agreements.status, status)),
    kind: filterBy(() => AgreementKind, 'Of this form.', (kind: AgreementKind) => eq(t.agreements.kind, kind)),
    discussed: filterBy(() => DateRange, 'First discussed within this range.', (range: DateRange) => dateWithin(t.agreements.discussedDate, range)),
    signed: filterBy(() => DateRange, 'Signed within this range.', (range: DateRange) => dateWithin(t.agreements.signedDate, range)),
  },
  order: {
    TITLE: ['The title.', t.agreements.title],
    STATUS: ['The lifecycle stage, from discussed to ended.', lifecycleRank],
    DISCUSSED_DATE: ['When first discussed; unknown first when ascending.', sortable(t.agreements.discussedDate)],
    SIGNED_DATE: ['When signed; unsigned first when ascending.', sortable(t.agreements.signedDate)],
  },
  asOf: {
    description: 'Only agreements that may have been in effect at this date (see the README for partial dates). All of history when omitted.',
    start: agreementStart,
    end: t.agreements.endDate,
  },
});
export const AgreementArgs = agreementList.Args;
export type AgreementArgs = InstanceType<typeof AgreementArgs>;
export const agreementSelection = agreementList.selection;
