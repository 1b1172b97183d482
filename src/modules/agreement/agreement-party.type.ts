import { eq } from 'drizzle-orm';
import { ObjectType } from 'type-graphql';
import { PartyRole } from '../../db/enums.js';
import * as t from '../../db/schema.js';
import { ColumnFields } from '../../shared/column-fields.js';
import { Connection } from '../../shared/connection.type.js';
import { filterBy, ListOf } from '../../shared/list.js';
import { Node } from '../node/node.type.js';

@ObjectType({ description: 'An organisation that is party to an agreement, with its role.' })
@ColumnFields(t.agreementParties, {
  role: 'Its part in the agreement.',
})
export class AgreementParty extends Node {}

export const AgreementPartyConnection = Connection(AgreementParty, 'AgreementParty');

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
