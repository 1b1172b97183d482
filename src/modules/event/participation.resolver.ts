import * as t from '../../db/schema.js';
import { ConnectionsTo, RecordsAt } from '../../shared/relations.js';
import { MutationsOf } from '../mutation/payload.type.js';
import { Organization } from '../organization/organization.type.js';
import { Person } from '../person/person.type.js';
import { AddParticipantInput, RemoveParticipantInput, UpdateParticipantInput } from './participation.input.js';
import { addParticipant, removeParticipant, updateParticipant } from './participation.service.js';
import { Participation, participationList } from './participation.type.js';

export const ParticipationRecords = RecordsAt(Participation, {
  event: { by: t.participations.eventId, description: 'The event attended.' },
  person: { by: t.participations.personId, description: 'The person who attended; null when only an organisation is recorded.' },
  organization: { by: t.participations.organizationId, description: 'The organisation that attended, or that the person represented.' },
});

export const { Payload: ParticipationPayload, Mutations: ParticipationMutationResolver } = MutationsOf(Participation, {
  addParticipant: { input: AddParticipantInput, run: addParticipant, description: 'Records who attended an event: a person, an organisation, or both.' },
  updateParticipant: { input: UpdateParticipantInput, run: updateParticipant, description: 'Changes an attendance.' },
  removeParticipant: { input: RemoveParticipantInput, run: removeParticipant, description: 'Removes an attendance, with its citations.', revertible: true },
});

export const OrganizationParticipations = ConnectionsTo(Organization, {
  participations: { list: participationList, description: 'Its attendance at events, with the capacity of each.' },
});

export const PersonParticipations = ConnectionsTo(Person, {
  participations: { list: participationList, description: 'The events they attended, with the capacity of each.' },
});
