import { ObjectType, registerEnumType } from 'type-graphql';
import { PartyRole } from '../../db/enums.js';
import * as t from '../../db/schema.js';
import { ColumnFields } from '../../shared/column-fields.js';
import { Connection } from '../../shared/connection.type.js';
import { Node } from '../node/node.type.js';

registerEnumType(PartyRole, {
  name: 'PartyRole',
  description: 'The part an organisation plays in an agreement.',
  valuesConfig: {
    PARTY: { description: 'A party to it.' },
    SIGNATORY: { description: 'A party that signs it.' },
    FACILITATOR: { description: 'Brings the parties together without being bound.' },
    BENEFICIARY: { description: 'Benefits from it without being bound.' },
  },
});

@ObjectType({ description: 'An organisation that is party to an agreement, with its role.' })
@ColumnFields(t.agreementParties, {
  role: 'Its part in the agreement.',
})
export class AgreementParty extends Node {}

export const AgreementPartyConnection = Connection(AgreementParty, 'AgreementParty');
