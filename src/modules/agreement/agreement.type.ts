import { sql } from 'drizzle-orm';
import { ObjectType } from 'type-graphql';
import { AgreementStatus } from '../../db/enums.js';
import * as t from '../../db/schema.js';
import { ColumnFields } from '../../shared/column-fields.js';
import { DateRange } from '../../shared/date-range.input.js';
import { dateWithin } from '../../shared/filter.js';
import { ListOf, equalTo, filterBy } from '../../shared/list.js';
import { sortable } from '../../shared/order.js';
import { Node } from '../node/node.type.js';
import { statusAtSql } from './agreement.lifecycle.js';

@ObjectType({ description: 'A partnership or agreement between organisations, at some stage of its lifecycle.' })
@ColumnFields(t.agreements, {
  handle: 'A stable human-readable key, e.g. `noc-kazakhstan-qatar-cooperation`.',
  title: 'A descriptive English title.',
  kind: 'The form it takes.',
  scope: 'What it covers, in English.',
  topics: ['Topics it covers, e.g. `training methods`.', () => [String]],
  discussedDate: 'When it was first discussed, as far as known.',
  signedDate: 'When it was signed; null until then.',
  startDate: 'When it came into force.',
  endDate: 'When it expired or was terminated.',
})
export class Agreement extends Node {}

/** The stage stored, or the one reached at the date the list is for (see agreement.lifecycle.ts). */
const statusOn = (at: string | undefined) => (at === undefined ? t.agreements.status : statusAtSql(at));

/** The lifecycle stage as a number, so STATUS orders discussed -> agreed -> signed -> in force -> ended. */
const lifecycleRank = (at: string | undefined) => sql`CASE ${statusOn(at)} ${sql.join(
  Object.values(AgreementStatus).map((status, rank) => sql`WHEN ${status} THEN ${rank}`),
  sql` `,
)} END`;

export const agreementList = ListOf(Agreement, {
  plural: 'agreements',
  filter: {
    status: filterBy(() => AgreementStatus, 'At this stage of the lifecycle (at the date the list is for, when one is given: see `status`).',
      (status: AgreementStatus, _request, at) => sql`${statusOn(at)} = ${status}`),
    kind: equalTo(t.agreements.kind, 'Of this form.'),
    discussed: filterBy(() => DateRange, 'First discussed within this range.', (range: DateRange) => dateWithin(t.agreements.discussedDate, range)),
    signed: filterBy(() => DateRange, 'Signed within this range.', (range: DateRange) => dateWithin(t.agreements.signedDate, range)),
  },
  order: {
    TITLE: ['The title.', t.agreements.title],
    STATUS: ['The lifecycle stage, from discussed to ended (at the date the list is for, when one is given).', lifecycleRank],
    DISCUSSED_DATE: ['When first discussed; unknown first when ascending.', sortable(t.agreements.discussedDate)],
    SIGNED_DATE: ['When signed; unsigned first when ascending.', sortable(t.agreements.signedDate)],
  },
});
