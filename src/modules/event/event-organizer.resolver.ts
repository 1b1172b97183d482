import * as t from '../../db/schema.js';
import { RecordsAt } from '../../shared/relations.js';
import { MutationsOf } from '../mutation/payload.type.js';
import { AddOrganizerInput, RemoveOrganizerInput } from './event-organizer.input.js';
import { addOrganizer, removeOrganizer } from './event-organizer.service.js';
import { EventOrganizer } from './event-organizer.type.js';

export const EventOrganizerRecords = RecordsAt(EventOrganizer, {
  event: { by: t.eventOrganizers.eventId, description: 'The event.' },
  organization: { by: t.eventOrganizers.organizationId, description: 'The organisation.' },
});

export const { Payload: EventOrganizerPayload, Mutations: EventOrganizerMutationResolver } = MutationsOf(EventOrganizer, {
  addOrganizer: { input: AddOrganizerInput, run: addOrganizer, description: 'Records an organisation as organiser, host or supporter of an event.' },
  removeOrganizer: { input: RemoveOrganizerInput, run: removeOrganizer, description: 'Removes an organiser role from an event, with its citations.', revertible: true },
});
