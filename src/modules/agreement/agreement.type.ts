import { ObjectType, registerEnumType } from 'type-graphql';
import { AgreementKind, AgreementStatus } from '../../db/enums.js';
import * as t from '../../db/schema.js';
import { ColumnFields } from '../../shared/column-fields.js';
import { Connection } from '../../shared/connection.type.js';
import { Dated } from '../dated/dated.type.js';
import { Node } from '../node/node.type.js';

registerEnumType(AgreementKind, {
  name: 'AgreementKind',
  description: 'The form an agreement takes.',
  valuesConfig: {
    MEMORANDUM_OF_UNDERSTANDING: { description: 'A memorandum of understanding.' },
    COOPERATION_AGREEMENT: { description: 'A cooperation agreement.' },
    PARTNERSHIP: { description: 'A partnership, formal or not yet formalised.' },
    OTHER: { description: 'Any other form.' },
  },
});
registerEnumType(AgreementStatus, {
  name: 'AgreementStatus',
  description: 'Where an agreement is in its lifecycle: DISCUSSED -> AGREED_IN_PRINCIPLE -> SIGNED -> IN_FORCE -> EXPIRED or TERMINATED.',
  valuesConfig: {
    DISCUSSED: { description: 'Talked about; nothing agreed yet.' },
    AGREED_IN_PRINCIPLE: { description: 'The parties agreed to pursue it; nothing signed.' },
    SIGNED: { description: 'Signed by the parties, not yet in force.' },
    IN_FORCE: { description: 'In effect.' },
    EXPIRED: { description: 'Ended at its term.' },
    TERMINATED: { description: 'Ended early by a party.' },
  },
});

@ObjectType({ implements: Dated, description: 'A partnership or agreement between organisations, at some stage of its lifecycle.' })
@ColumnFields(t.agreements, {
  handle: 'A stable human-readable key, e.g. `noc-kazakhstan-qatar-cooperation`.',
  title: 'A descriptive English title.',
  kind: 'The form it takes.',
  status: 'Where it is in its lifecycle.',
  scope: 'What it covers, in English.',
  topics: ['Topics it covers, e.g. `training methods`.', () => [String]],
  discussedDate: 'When it was first discussed, as far as known.',
  signedDate: 'When it was signed; null until then.',
  startDate: 'When it came into force.',
  endDate: 'When it expired or was terminated.',
})
export class Agreement extends Node {}

export const AgreementConnection = Connection(Agreement, 'Agreement');
