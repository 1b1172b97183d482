/** The SQL behind the filter and orderBy arguments of AgreementParty connections. */
import { eq } from 'drizzle-orm';
import * as t from '../../db/schema.js';
import { whereOf } from '../../shared/filter.js';
import { selectionOf } from '../../shared/order.js';
import { sourceConditions } from '../citation/citation.targets.js';
import type { AgreementPartyArgs, AgreementPartyFilter } from './agreement-party.args.js';

export function agreementPartyWhere(filter: AgreementPartyFilter | null | undefined) {
  return whereOf(filter, (f) => [
    f.role && eq(t.agreementParties.role, f.role),
    ...sourceConditions('AgreementParty', t.agreementParties.id, f),
  ]);
}

export function agreementPartySelection(args: AgreementPartyArgs) {
  return selectionOf(args, agreementPartyWhere, {
    ROLE: t.agreementParties.role,
  });
}
