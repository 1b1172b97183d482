/** Inputs of the mutations on an event's organisers. */
import { ID, InputType } from 'type-graphql';
import { OrganizerRole } from '../../db/enums.js';
import { Input } from '../mutation/fields.js';
import { IdInput } from '../mutation/input.js';

@InputType({ description: 'An organisation that organises, hosts or supports an event.' })
export class AddOrganizerInput {
  @Input(ID, 'The event.')
  eventId!: string;

  @Input(ID, 'The organisation.')
  organizationId!: string;

  @Input(OrganizerRole, 'Organiser, host or supporter. An organisation holds each role at an event once.')
  role!: OrganizerRole;
}

export const RemoveOrganizerInput = IdInput('RemoveOrganizerInput', 'An organiser role to remove from an event.', 'The EventOrganizer to remove; its citations go with it.');
