import { ObjectType } from 'type-graphql';
import * as t from '../../db/schema.js';
import { ColumnFields } from '../../shared/column-fields.js';
import { ListOf, equalTo } from '../../shared/list.js';
import { Node } from '../node/node.type.js';

@ObjectType({ description: 'An organisation that is party to an agreement, with its role.' })
@ColumnFields(t.agreementParties, {
  role: 'Its part in the agreement.',
})
export class AgreementParty extends Node {}

export const agreementPartyList = ListOf(AgreementParty, {
  plural: 'parties',
  filter: {
    role: equalTo(t.agreementParties.role, 'With this role.'),
  },
  order: {
    ROLE: ['The role, alphabetically.', t.agreementParties.role],
  },
});
