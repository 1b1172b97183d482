import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import * as t from '../../db/schema.js';
import { PageArgs } from '../../shared/connection.type.js';
import { findByIdOrHandle } from '../../shared/lookup.js';
import { AgreementConnection, AgreementsArgs } from '../agreement/agreement.type.js';
import { agreementFilter } from '../agreement/agreement.filter.js';
import { Country } from '../country/country.type.js';
import { EventOrganizerConnection } from './event-organizer.type.js';
import { eventFilter } from './event.filter.js';
import { Event, EventConnection, EventsArgs } from './event.type.js';
import { ParticipationConnection } from './participation.type.js';

type Row = t.EventRow;

@Resolver(() => Event)
export class EventResolver {
  @Query(() => Event, { nullable: true, description: 'An event by global id or by handle (exactly one).' })
  event(
    @Arg('id', () => ID, { nullable: true, description: 'The global id.' }) id: string | null,
    @Arg('handle', () => String, { nullable: true, description: 'The handle, e.g. `astana-meeting-2025`.' }) handle: string | null,
    @Ctx() ctx: Context,
  ) {
    return findByIdOrHandle(ctx, t.events, id, handle);
  }

  @Query(() => EventConnection, { description: 'Events, filtered by status, kind or country.' })
  events(@Args(() => EventsArgs) args: EventsArgs, @Ctx() ctx: Context) {
    return ctx.loaders.connection(t.events, 'root', 0, args, eventFilter(args));
  }

  @FieldResolver(() => Country, { nullable: true, description: 'The country it was held in.' })
  country(@Root() event: Row, @Ctx() ctx: Context) {
    return event.countryId ? ctx.loaders.byId(t.countries).load(event.countryId) : null;
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The larger event it was part of, e.g. a tour.' })
  parent(@Root() event: Row, @Ctx() ctx: Context) {
    return event.parentId ? ctx.loaders.byId(t.events).load(event.parentId) : null;
  }

  @FieldResolver(() => EventConnection, { description: 'The events that were part of this one.' })
  subEvents(@Root() event: Row, @Args(() => EventsArgs) args: EventsArgs, @Ctx() ctx: Context) {
    return ctx.loaders.connection(t.events, { by: t.events.parentId }, event.id, args, eventFilter(args));
  }

  @FieldResolver(() => EventOrganizerConnection, { description: 'The organisations that organised, hosted or supported it.' })
  organizers(@Root() event: Row, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    return ctx.loaders.connection(t.eventOrganizers, { by: t.eventOrganizers.eventId }, event.id, args);
  }

  @FieldResolver(() => ParticipationConnection, { description: 'Who attended, and in what capacity.' })
  participants(@Root() event: Row, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    return ctx.loaders.connection(t.participations, { by: t.participations.eventId }, event.id, args);
  }

  @FieldResolver(() => AgreementConnection, { description: 'The agreements that arose at it.' })
  agreements(@Root() event: Row, @Args(() => AgreementsArgs) args: AgreementsArgs, @Ctx() ctx: Context) {
    return ctx.loaders.connection(t.agreements, { by: t.agreements.originEventId }, event.id, args, agreementFilter(args));
  }
}
