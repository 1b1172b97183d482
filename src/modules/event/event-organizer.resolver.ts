import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { type EventOrganizerRow, events, organizations } from '../../db/schema.js';
import { Organization } from '../organization/organization.type.js';
import { EventOrganizer } from './event-organizer.type.js';
import { Event } from './event.type.js';
import { MutationsOf } from '../mutation/payload.type.js';
import { AddOrganizerInput, RemoveOrganizerInput } from './event-organizer.input.js';
import { addOrganizer, removeOrganizer } from './event-organizer.service.js';

@Resolver(() => EventOrganizer)
export class EventOrganizerResolver {
  @FieldResolver(() => Event, { description: 'The event.' })
  event(@Root() organizer: EventOrganizerRow, @Ctx() ctx: Context) {
    return ctx.loaders.byId(events).load(organizer.eventId);
  }

  @FieldResolver(() => Organization, { description: 'The organisation.' })
  organization(@Root() organizer: EventOrganizerRow, @Ctx() ctx: Context) {
    return ctx.loaders.byId(organizations).load(organizer.organizationId);
  }
}

export const { Payload: EventOrganizerPayload, Mutations: EventOrganizerMutationResolver } = MutationsOf(EventOrganizer, 'EventOrganizer', 'eventOrganizer', {
  addOrganizer: { input: AddOrganizerInput, run: addOrganizer, description: 'Records an organisation as organiser, host or supporter of an event.' },
  removeOrganizer: { input: RemoveOrganizerInput, run: removeOrganizer, description: 'Removes an organiser role from an event, with its citations.', revertible: true },
});
