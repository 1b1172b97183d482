import { ObjectType } from 'type-graphql';
import * as t from '../../db/schema.js';
import { ColumnFields } from '../../shared/column-fields.js';
import { Connection } from '../../shared/connection.type.js';
import { Node } from '../node/node.type.js';

@ObjectType({ description: 'An organisation that is party to an agreement, with its role.' })
@ColumnFields(t.agreementParties, {
  role: 'Its part in the agreement.',
})
export class AgreementParty extends Node {}

export const AgreementPartyConnection = Connection(AgreementParty, 'AgreementParty');
