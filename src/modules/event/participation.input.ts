/** Inputs of the mutations on who attended an event. */
import { IsOptional, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

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

@InputType({ description: 'Changes to an attendance: fields left out stay as they are; null clears one (a person or an organisation must remain).' })
export class UpdateParticipantInput {
  @Field(() => ID, { description: 'The Participation to change.' })
  id!: string;

  @Field(() => ID, { nullable: true, description: 'A new person; null clears it.' })
  personId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A new organisation; null clears it.' })
  organizationId?: string | null;

  @IsOptional()
  @Length(1, 300)
  @Field(() => String, { nullable: true, description: 'A new capacity; null clears it.' })
  capacity?: string | null;
}

@InputType({ description: 'An attendance to remove.' })
export class RemoveParticipantInput {
  @Field(() => ID, { description: 'The Participation to remove; its citations go with it.' })
  id!: string;
}
