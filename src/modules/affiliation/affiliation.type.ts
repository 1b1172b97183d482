import { ObjectType } from 'type-graphql';
import * as t from '../../db/schema.js';
import { ColumnFields } from '../../shared/column-fields.js';
import { Connection } from '../../shared/connection.type.js';
import { Dated } from '../dated/dated.type.js';
import { Node } from '../node/node.type.js';

@ObjectType({ implements: Dated, description: 'A dated tie from one organisation (the member) to another (the parent).' })
@ColumnFields(t.affiliations, {
  kind: 'How the two are tied.',
  startDate: 'When the tie began, as far as known.',
  endDate: 'When the tie ended; null while it lasts.',
  note: "An editor's note on the tie.",
})
export class Affiliation extends Node {}

export const AffiliationConnection = Connection(Affiliation, 'Affiliation');
