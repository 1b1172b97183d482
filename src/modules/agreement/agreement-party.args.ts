/** The arguments of every connection of AgreementParty items: filter, order, page. */
import { eq } from 'drizzle-orm';
import { PartyRole } from '../../db/enums.js';
import * as t from '../../db/schema.js';
import { filterBy, ListOf } from '../../shared/list.js';

export const agreementPartyList = ListOf(t.agreementParties, {
  plural: 'parties',
  filter: {
    role: filterBy(() => PartyRole, 'With this role.', (role: PartyRole) => eq(t.agreementParties.role, role)),
  },
  order: {
    ROLE: ['The role, alphabetically.', t.agreementParties.role],
  },
});
export const AgreementPartyArgs = agreementPartyList.Args;
export type AgreementPartyArgs = InstanceType<typeof AgreementPartyArgs>;
export const agreementPartySelection = agreementPartyList.selection;
