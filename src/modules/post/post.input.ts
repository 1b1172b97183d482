/** Inputs of the post mutations, with their field rules. */
import { IsOptional, Length, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Role } from '../../db/enums.js';
import type { PostRow } from '../../db/schema.js';
import { PartialDateScalar } from '../../shared/partial-date.scalar.js';
import { IdInput, UpdateInputOf } from '../mutation/input.js';

@InputType({ description: 'A new post: a person in a role in an organisation, dated.' })
export class CreatePostInput implements Partial<Omit<PostRow, 'personId' | 'organizationId' | 'onBehalfOfId'>> {
  @Field(() => ID, { description: 'Who holds the post.' })
  personId!: string;

  @Field(() => ID, { description: 'The organisation the post is in.' })
  organizationId!: string;

  @Field(() => Role, { description: 'The role. PRESIDENT, SECRETARY_GENERAL, DIRECTOR_GENERAL and MINISTER have one holder at a time in an organisation.' })
  role!: Role;

  @IsOptional()
  @Length(1, 300)
  @Field(() => String, { nullable: true, description: 'The title as used, e.g. `President`.' })
  label?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When the person took the post.' })
  startDate?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When the person left the post; not before `startDate`. Leave it out while they hold it.' })
  endDate?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organisation the person represents in this post, if any.' })
  onBehalfOfId?: string | null;
}

export const UpdatePostInput = UpdateInputOf(CreatePostInput, {
  name: 'UpdatePostInput',
  description: 'Changes to a post: fields left out stay as they are; null clears an optional field. To end a post and start the successor\'s, use `endPost`.',
  id: 'The post to change.',
  omit: ['personId', 'organizationId'],
});
export type UpdatePostInput = InstanceType<typeof UpdatePostInput>;

export const DeletePostInput = IdInput('DeletePostInput', 'A post to delete.', 'The post to delete; its citations go with it. To record that someone left a post, use `endPost` instead.');
export type DeletePostInput = InstanceType<typeof DeletePostInput>;

@InputType({ description: 'Who takes over an ended post, in the same role and organisation.' })
export class SuccessorInput {
  @Field(() => ID, { description: 'The person who takes over.' })
  personId!: string;

  @Field(() => PartialDateScalar, { nullable: true, description: "When they take over; the ended post's end date when left out (the handover day is shared)." })
  startDate?: string | null;

  @IsOptional()
  @Length(1, 300)
  @Field(() => String, { nullable: true, description: "Their title as used; the ended post's label when left out." })
  label?: string | null;
}

@InputType({ description: 'A post to end, and optionally its successor.' })
export class EndPostInput {
  @Field(() => ID, { description: 'The post to end; it must not have ended already.' })
  postId!: string;

  @Field(() => PartialDateScalar, { description: 'The last day (or month, or year) in the post; not before its start.' })
  endDate!: string;

  @IsOptional()
  @ValidateNested() // type-graphql builds the nested input as a SuccessorInput, so its rules apply
  @Field(() => SuccessorInput, { nullable: true, description: 'Who takes over, if known: a new post in the same role and organisation (and on behalf of the same organisation).' })
  successor?: SuccessorInput | null;
}
