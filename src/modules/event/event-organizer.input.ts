/** Inputs of the mutations on an event's organisers. */
import { Field, ID, InputType } from 'type-graphql';
import { OrganizerRole } from '../../db/enums.js';
import { IdInput } from '../mutation/input.js';

@InputType({ description: 'An organisation that organises, hosts or supports an event.' })
export class AddOrganizerInput {
  @Field(() => ID, { description: 'The event.' })
  eventId!: string;

  @Field(() => ID, { description: 'The organisation.' })
  organizationId!: string;

  @Field(() => OrganizerRole, { description: 'Organiser, host or supporter. An organisation holds each role at an event once.' })
  role!: OrganizerRole;
}

export const RemoveOrganizerInput = IdInput('RemoveOrganizerInput', 'An organiser role to remove from an event.', 'The EventOrganizer to remove; its citations go with it.');
export type RemoveOrganizerInput = InstanceType<typeof RemoveOrganizerInput>;
