/** Inputs of the mutations on who attended an event. */
import { IsOptional, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IdInput, UpdateInputOf } from '../mutation/input.js';

@InputType({ description: 'Attendance at an event: a person, an organisation, or a person for an organisation (at least one of the two).' })
export class AddParticipantInput {
  @Field(() => ID, { description: 'The event attended.' })
  eventId!: string;

  @Field(() => ID, { nullable: true, description: 'The person who attended.' })
  personId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organisation that attended, or that the person represented.' })
  organizationId?: string | null;

  @IsOptional()
  @Length(1, 300)
  @Field(() => String, { nullable: true, description: 'The capacity they attended in, e.g. `President of the NOC of Kazakhstan (host)`.' })
  capacity?: string | null;
}

export const UpdateParticipantInput = UpdateInputOf(AddParticipantInput, {
  name: 'UpdateParticipantInput',
  description: 'Changes to an attendance: fields left out stay as they are; null clears one (a person or an organisation must remain).',
  id: 'The attendance to change.',
  omit: ['eventId'],
});
export type UpdateParticipantInput = InstanceType<typeof UpdateParticipantInput>;

export const RemoveParticipantInput = IdInput('RemoveParticipantInput', 'An attendance to remove.', 'The Participation to remove; its citations go with it.');
export type RemoveParticipantInput = InstanceType<typeof RemoveParticipantInput>;
