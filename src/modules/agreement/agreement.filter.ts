/** The SQL behind the filter and orderBy arguments of Agreement connections. */
import { eq, or, sql } from 'drizzle-orm';
import { AgreementStatus } from '../../db/enums.js';
import * as t from '../../db/schema.js';
import { dateWithin, inEffect, whereOf } from '../../shared/filter.js';
import { selectionOf, sortable } from '../../shared/order.js';
import { sourceConditions } from '../citation/citation.targets.js';
import type { AgreementArgs, AgreementFilter } from './agreement.args.js';

/** The lifecycle stage as a number, so STATUS orders discussed -> agreed -> signed -> in force -> ended. */
const lifecycleRank = sql`CASE ${t.agreements.status} ${sql.join(
  Object.values(AgreementStatus).map((status, rank) => sql`WHEN ${status} THEN ${rank}`),
  sql` `,
)} END`;

/** An agreement is in effect from when it started, was signed or was first discussed, whichever is known. */
const agreementStart = sql`coalesce(${t.agreements.startDate}, ${t.agreements.signedDate}, ${t.agreements.discussedDate})`;

export function agreementWhere(filter: AgreementFilter | null | undefined) {
  return whereOf(filter, (f) => [
    f.status && eq(t.agreements.status, f.status),
    f.kind && eq(t.agreements.kind, f.kind),
    dateWithin(t.agreements.discussedDate, f.discussed),
    dateWithin(t.agreements.signedDate, f.signed),
    ...sourceConditions('Agreement', t.agreements.id, f),
  ]);
}

export function agreementSelection(args: AgreementArgs) {
  return selectionOf(args, agreementWhere, {
    TITLE: t.agreements.title,
    STATUS: lifecycleRank,
    DISCUSSED_DATE: sortable(t.agreements.discussedDate),
    SIGNED_DATE: sortable(t.agreements.signedDate),
  }, { where: inEffect(agreementStart, t.agreements.endDate, args.asOf), key: args.asOf ?? null });
}
