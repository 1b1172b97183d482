import { ObjectType } from 'type-graphql';
import * as t from '../../db/schema.js';
import { ColumnFields } from '../../shared/column-fields.js';
import { Connection } from '../../shared/connection.type.js';
import { Dated } from '../dated/dated.type.js';
import { Node } from '../node/node.type.js';

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
