import { ObjectType } from 'type-graphql';
import * as t from '../../db/schema.js';
import { ColumnFields } from '../../shared/column-fields.js';
import { Connection } from '../../shared/connection.type.js';
import { Node } from '../node/node.type.js';

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
