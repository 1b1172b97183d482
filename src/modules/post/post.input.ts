/** Inputs of the post mutations, with their field rules. */
import { ID, InputType } from 'type-graphql';
import { Role } from '../../db/enums.js';
import type { PostRow } from '../../db/schema.js';
import { Input } from '../mutation/fields.js';
import { IdInput, UpdateInputOf } from '../mutation/input.js';

@InputType({ description: 'A new post: a person in a role in an organisation, dated.' })
export class CreatePostInput implements Partial<Omit<PostRow, 'personId' | 'organizationId' | 'onBehalfOfId'>> {
  @Input(ID, 'Who holds the post.')
  personId!: string;

  @Input(ID, 'The organisation the post is in.')
  organizationId!: string;

  @Input(Role, 'The role. PRESIDENT, SECRETARY_GENERAL, DIRECTOR_GENERAL and MINISTER have one holder at a time in an organisation.')
  role!: Role;

  @Input(String, 'The title as used, e.g. `President`.', { optional: true, length: [1, 300] })
  label?: string | null;

  @Input.date('When the person took the post.', { optional: true })
  startDate?: string | null;

  @Input.date('When the person left the post; not before `startDate`. Leave it out while they hold it.', { optional: true })
  endDate?: string | null;

  @Input(ID, 'The organisation the person represents in this post, if any.', { optional: true })
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

@InputType({ description: 'Who takes over an ended post, in the same role and organisation.' })
export class SuccessorInput {
  @Input(ID, 'The person who takes over.')
  personId!: string;

  @Input.date("When they take over; the ended post's end date when left out (the handover day is shared).", { optional: true })
  startDate?: string | null;

  @Input(String, "Their title as used; the ended post's label when left out.", { optional: true, length: [1, 300] })
  label?: string | null;
}

@InputType({ description: 'A post to end, and optionally its successor.' })
export class EndPostInput {
  @Input(ID, 'The post to end; it must not have ended already.')
  postId!: string;

  @Input.date('The last day (or month, or year) in the post; not before its start.')
  endDate!: string;

  @Input(SuccessorInput, 'Who takes over, if known: a new post in the same role and organisation (and on behalf of the same organisation).', { optional: true, nested: true })
  successor?: SuccessorInput | null;
}
