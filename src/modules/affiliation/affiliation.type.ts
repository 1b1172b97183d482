import { ObjectType, registerEnumType } from 'type-graphql';
import { AffiliationKind } from '../../db/enums.js';
import * as t from '../../db/schema.js';
import { ColumnFields } from '../../shared/column-fields.js';
import { Connection } from '../../shared/connection.type.js';
import { Dated } from '../dated/dated.type.js';
import { Node } from '../node/node.type.js';

registerEnumType(AffiliationKind, {
  name: 'AffiliationKind',
  description: 'How one organisation is tied to another.',
  valuesConfig: {
    MEMBER_OF: { description: 'A member of the parent, e.g. an NOC of ANOC.' },
    RECOGNISED_BY: { description: 'Recognised by the parent, e.g. an NOC by the IOC.' },
    PART_OF: { description: 'A part of the parent, e.g. a programme or commission.' },
    SAME_AS: { description: 'Probably the same body recorded twice, awaiting a merge (see the citation confidence).' },
  },
});

@ObjectType({ implements: Dated, description: 'A dated tie from one organisation (the member) to another (the parent).' })
@ColumnFields(t.affiliations, {
  kind: 'How the two are tied.',
  startDate: 'When the tie began, as far as known.',
  endDate: 'When the tie ended; null while it lasts.',
  note: "An editor's note on the tie.",
})
export class Affiliation extends Node {}

export const AffiliationConnection = Connection(Affiliation, 'Affiliation');
