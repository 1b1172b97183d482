import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import type { ChangeRow } from '../../db/schema.js';
import { Connection } from '../../shared/connection.type.js';
import { Node } from '../node/node.type.js';

@ObjectType({ implements: Node, description: 'One recorded write to one object: who made it, when, with which mutation, and the object before and after.' })
export class Change extends Node implements Pick<ChangeRow, 'at' | 'actor' | 'operation' | 'before' | 'after'> {
  @Field(() => String, { description: 'When the change was committed, as an ISO 8601 timestamp in UTC.' })
  at!: string;

  @Field(() => String, { description: 'The name of the API key that made the change.' })
  actor!: string;

  @Field(() => String, { description: 'The mutation that made the change, e.g. `updateOrganization` or `revertChange`.' })
  operation!: string;

  @Field(() => String, { description: 'The GraphQL type of the changed object, e.g. `Organization`.' })
  subjectType!: string;

  @Field(() => Node, { nullable: true, description: 'The changed object as it is now; null when it no longer exists.' })
  subject!: Node | null;

  @Field(() => ID, { description: 'The global id of the changed object, kept when the object is deleted.' })
  subjectId!: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The stored record before the change (its columns, with internal ids); null for a creation.' })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The stored record after the change (its columns, with internal ids); null for a deletion.' })
  after!: Record<string, unknown> | null;

  @Field(() => Change, { nullable: true, description: 'For a revert: the change it undid; null otherwise.' })
  revertOf!: Change | null;

  @Field(() => Change, { nullable: true, description: 'The change that reverted this one; null when it has not been reverted.' })
  revertedBy!: Change | null;
}

export const ChangeConnection = Connection(Change, 'Change');
