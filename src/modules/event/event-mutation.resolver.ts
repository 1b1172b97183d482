import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { ApiRole } from '../../db/enums.js';
import { runWrite } from '../../shared/write.js';
import { Payload, payload } from '../mutation/payload.type.js';
import { CreateEventInput, DeleteEventInput, UpdateEventInput } from './event.input.js';
import { createEvent, deleteEvent, updateEvent } from './event.service.js';
import { Event } from './event.type.js';

export const EventPayload = Payload(Event, 'Event', 'event');

@Resolver()
export class EventMutationResolver {
  @Authorized(ApiRole.EDITOR)
  @Mutation(() => EventPayload, { description: 'Adds an event. Needs an editor key.' })
  createEvent(@Arg('input', () => CreateEventInput, { description: 'What to change.' }) input: CreateEventInput, @Ctx() ctx: Context) {
    return payload(runWrite(ctx, 'createEvent', (w) => createEvent(w, input)));
  }

  @Authorized(ApiRole.EDITOR)
  @Mutation(() => EventPayload, { description: 'Changes an event. Needs an editor key.' })
  updateEvent(@Arg('input', () => UpdateEventInput, { description: 'What to change.' }) input: UpdateEventInput, @Ctx() ctx: Context) {
    return payload(runWrite(ctx, 'updateEvent', (w) => updateEvent(w, input)));
  }

  @Authorized(ApiRole.ADMIN)
  @Mutation(() => EventPayload, { description: 'Deletes an event with no agreements or sub-events (its organisers, participants, names and citations go with it). Needs an admin key; revertible.' })
  deleteEvent(@Arg('input', () => DeleteEventInput, { description: 'What to change.' }) input: DeleteEventInput, @Ctx() ctx: Context) {
    return payload(runWrite(ctx, 'deleteEvent', (w) => deleteEvent(w, input)));
  }
}
