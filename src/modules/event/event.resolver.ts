import { ApiRole } from '../../db/enums.js';
import * as t from '../../db/schema.js';
import { ConnectionsTo, RecordsAt, RootQueriesOf } from '../../shared/relations.js';
import { MutationsOf } from '../mutation/payload.type.js';
import { Organization } from '../organization/organization.type.js';
import { eventOrganizerList } from './event-organizer.type.js';
import { CreateEventInput, DeleteEventInput, UpdateEventInput } from './event.input.js';
import { eventWrites } from './event.service.js';
import { Event, eventList } from './event.type.js';
import { participationList } from './participation.type.js';


export const EventRoots = RootQueriesOf(Event, {
  one: { name: 'event', example: 'astana-meeting-2025', description: 'An event by global id or by handle (exactly one).' },
  many: { name: 'events', list: eventList, description: 'Events, filtered by status, kind or country.' },
});

export const EventRecords = RecordsAt(Event, {
  country: { by: t.events.countryId, description: 'The country it was held in.' },
  parent: { by: t.events.parentId, description: 'The larger event it was part of, e.g. a tour.' },
});

export const { Payload: EventPayload, Mutations: EventMutationResolver } = MutationsOf(Event, {
  createEvent: { input: CreateEventInput, run: eventWrites.create, description: 'Adds an event.' },
  updateEvent: { input: UpdateEventInput, run: eventWrites.update, description: 'Changes an event.' },
  deleteEvent: { input: DeleteEventInput, run: eventWrites.delete, description: 'Deletes an event with no agreements or sub-events (its organisers, participants, names and citations go with it).', role: ApiRole.ADMIN, revertible: true },
});

export const EventConnections = ConnectionsTo(Event, {
  subEvents: { list: eventList, by: t.events.parentId, description: 'The events that were part of this one.' },
  organizers: { list: eventOrganizerList, description: 'The organisations that organised, hosted or supported it.' },
  participants: { list: participationList, description: 'Who attended, and in what capacity.' },
});

export const OrganizationEvents = ConnectionsTo(Organization, {
  organizedEvents: { list: eventList, through: t.eventOrganizers, description: 'The events it organises, hosts or supports.' },
});
