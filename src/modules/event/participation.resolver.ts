import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { events, organizations, type ParticipationRow, people } from '../../db/schema.js';
import { ConnectionsTo } from '../../shared/relations.js';
import { MutationsOf } from '../mutation/payload.type.js';
import { Organization } from '../organization/organization.type.js';
import { Person } from '../person/person.type.js';
import { Event } from './event.type.js';
import { AddParticipantInput, RemoveParticipantInput, UpdateParticipantInput } from './participation.input.js';
import { addParticipant, removeParticipant, updateParticipant } from './participation.service.js';
import { Participation, participationList } from './participation.type.js';

@Resolver(() => Participation)
export class ParticipationResolver {
  @FieldResolver(() => Event, { description: 'The event attended.' })
  event(@Root() participation: ParticipationRow, @Ctx() ctx: Context) {
    return ctx.loaders.byId(events).load(participation.eventId);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The person who attended; null when only an organisation is recorded.' })
  person(@Root() participation: ParticipationRow, @Ctx() ctx: Context) {
    return participation.personId ? ctx.loaders.byId(people).load(participation.personId) : null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation that attended, or that the person represented.' })
  organization(@Root() participation: ParticipationRow, @Ctx() ctx: Context) {
    return participation.organizationId ? ctx.loaders.byId(organizations).load(participation.organizationId) : null;
  }
}

export const { Payload: ParticipationPayload, Mutations: ParticipationMutationResolver } = MutationsOf(Participation, 'Participation', 'participation', {
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
