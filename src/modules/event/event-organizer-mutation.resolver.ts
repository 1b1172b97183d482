import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { ApiRole } from '../../db/enums.js';
import { runWrite } from '../../shared/write.js';
import { Payload, payload } from '../mutation/payload.type.js';
import { AddOrganizerInput, RemoveOrganizerInput } from './event-organizer.input.js';
import { addOrganizer, removeOrganizer } from './event-organizer.service.js';
import { EventOrganizer } from './event-organizer.type.js';

export const EventOrganizerPayload = Payload(EventOrganizer, 'EventOrganizer', 'eventOrganizer');

@Resolver()
export class EventOrganizerMutationResolver {
  @Authorized(ApiRole.EDITOR)
  @Mutation(() => EventOrganizerPayload, { description: 'Records an organisation as organiser, host or supporter of an event. Needs an editor key.' })
  addOrganizer(@Arg('input', () => AddOrganizerInput, { description: 'What to change.' }) input: AddOrganizerInput, @Ctx() ctx: Context) {
    return payload(runWrite(ctx, 'addOrganizer', (w) => addOrganizer(w, input)));
  }

  @Authorized(ApiRole.EDITOR)
  @Mutation(() => EventOrganizerPayload, { description: 'Removes an organiser role from an event, with its citations. Needs an editor key; revertible.' })
  removeOrganizer(@Arg('input', () => RemoveOrganizerInput, { description: 'What to change.' }) input: RemoveOrganizerInput, @Ctx() ctx: Context) {
    return payload(runWrite(ctx, 'removeOrganizer', (w) => removeOrganizer(w, input)));
  }
}
