import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { events, organizations, type EventOrganizerRow } from '../../db/schema.js';
import { Organization } from '../organization/organization.type.js';
import { EventOrganizer } from './event-organizer.type.js';
import { Event } from './event.type.js';

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
