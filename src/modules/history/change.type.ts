import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType, ArgsType } from 'type-graphql';
import * as t from '../../db/schema.js';
import { ColumnFields } from '../../shared/column-fields.js';
import { Connection, PageArgs } from '../../shared/connection.type.js';
import { Node } from '../node/node.type.js';

@ObjectType({ description: 'One recorded write to one object: who made it, when, with which mutation, and the object before and after.' })
@ColumnFields(t.changes, {
  at: 'When the change was committed, as an ISO 8601 timestamp in UTC.',
  actor: 'The name of the API key that made the change.',
  operation: 'The mutation that made the change, e.g. `updateOrganization` or `revertChange`.',
  before: ['The stored record before the change (its columns, with internal ids); null for a creation.', () => GraphQLJSONObject],
  after: ['The stored record after the change (its columns, with internal ids); null for a deletion.', () => GraphQLJSONObject],
})
export class Change extends Node {
  @Field(() => String, { description: 'The GraphQL type of the changed object, e.g. `Organization`.' })
  subjectType!: string;

  @Field(() => Node, { nullable: true, description: 'The changed object as it is now; null when it no longer exists.' })
  subject!: Node | null;

  @Field(() => ID, { description: 'The global id of the changed object, kept when the object is deleted.' })
  subjectId!: string;

  @Field(() => Change, { nullable: true, description: 'For a revert: the change it undid; null otherwise.' })
  revertOf!: Change | null;

  @Field(() => Change, { nullable: true, description: 'The change that reverted this one; null when it has not been reverted.' })
  revertedBy!: Change | null;
}

export const ChangeConnection = Connection(Change, 'Change');

@ArgsType()
export class ChangesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only changes at or after this moment: an ISO 8601 timestamp (`2025-06-01T12:00:00Z`) or date (`2025-06-01`, read as midnight UTC).' })
  since?: string | null;
}
