import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { events, organizations, people, type ParticipationRow } from '../../db/schema.js';
import { Organization } from '../organization/organization.type.js';
import { Person } from '../person/person.type.js';
import { Event } from './event.type.js';
import { Participation } from './participation.type.js';

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
