import { ObjectType, registerEnumType } from 'type-graphql';
import { OrganizationKind } from '../../db/enums.js';
import * as t from '../../db/schema.js';
import { ColumnFields } from '../../shared/column-fields.js';
import { Connection } from '../../shared/connection.type.js';
import { Node } from '../node/node.type.js';

registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'The place of an organisation in the sports movement.',
  valuesConfig: {
    WORLD_OLYMPIC_BODY: { description: 'The International Olympic Committee and bodies at its level.' },
    NATIONAL_OLYMPIC_COMMITTEE: { description: 'A National Olympic Committee (NOC), e.g. NOC RK.' },
    WORLD_ASSOCIATION_OF_NOCS: { description: 'A world association of NOCs: ANOC.' },
    CONTINENTAL_ASSOCIATION_OF_NOCS: { description: 'A continental association of NOCs, e.g. the Olympic Council of Asia.' },
    INTERNATIONAL_FEDERATION: { description: 'An international sports federation, e.g. World Aquatics.' },
    CONTINENTAL_FEDERATION: { description: 'A continental federation of one sport, e.g. Asia Aquatics.' },
    NATIONAL_FEDERATION: { description: 'A national federation of one sport.' },
    GOVERNMENT_MINISTRY: { description: 'A government ministry responsible for sport.' },
    PROGRAMME: { description: "A programme run by another body, e.g. the IOC's Olympic Solidarity." },
    OTHER: { description: 'Any other organisation.' },
  },
});

@ObjectType({ description: 'An organisation of the sports movement: an NOC, a federation, an association of NOCs, a ministry.' })
@ColumnFields(t.organizations, {
  handle: 'A stable human-readable key for URLs and lookups, e.g. `noc-kazakhstan`.',
  kind: 'Its place in the sports movement.',
  shortName: 'The short name or acronym in use, e.g. `NOC RK`, `OCA`.',
  foundingDate: 'When it was founded, as far as known.',
  dissolutionDate: 'When it was dissolved; null while it exists.',
  headquartersCity: 'The city of its headquarters, in English.',
  website: 'Its official website.',
  description: 'A short description in English.',
})
export class Organization extends Node {
  /** Served through `Named.name(lang:)`. */
  name!: string;
}

export const OrganizationConnection = Connection(Organization, 'Organization');
