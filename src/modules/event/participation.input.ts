/** Inputs of the mutations on who attended an event. */
import { ID, InputType } from 'type-graphql';
import { Input } from '../mutation/fields.js';
import { IdInput, UpdateInputOf } from '../mutation/input.js';

@InputType({ description: 'Attendance at an event: a person, an organisation, or a person for an organisation (at least one of the two).' })
export class AddParticipantInput {
  @Input(ID, 'The event attended.')
  eventId!: string;

  @Input(ID, 'The person who attended.', { optional: true })
  personId?: string | null;

  @Input(ID, 'The organisation that attended, or that the person represented.', { optional: true })
  organizationId?: string | null;

  @Input(String, 'The capacity they attended in, e.g. `President of the NOC of Kazakhstan (host)`.', { optional: true, length: [1, 300] })
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
