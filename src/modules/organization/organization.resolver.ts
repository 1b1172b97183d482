import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { findByIdOrHandle } from '../../shared/lookup.js';
import { PageArgs } from '../../shared/connection.type.js';
import { PartialDateScalar } from '../../shared/partial-date.scalar.js';
import { today } from '../../shared/point-in-time.js';
import { AffiliationConnection } from '../affiliation/affiliation.type.js';
import { AgreementConnection } from '../agreement/agreement.type.js';
import { Country } from '../country/country.type.js';
import { EventConnection } from '../event/event.type.js';
import { ParticipationConnection } from '../event/participation.type.js';
import { IdentifierConnection } from '../identifier/identifier.type.js';
import { PostConnection } from '../post/post.type.js';
import { SportConnection } from '../sport/sport.type.js';
import { Organization, OrganizationConnection } from './organization.type.js';
import { AffiliationArgs, affiliationSelection } from '../affiliation/affiliation.args.js';
import { AgreementArgs, agreementSelection } from '../agreement/agreement.args.js';
import { EventArgs, eventSelection } from '../event/event.args.js';
import { IdentifierArgs, identifierSelection } from '../identifier/identifier.args.js';
import { organizationList, OrganizationArgs } from './organization.args.js';
import { ParticipationArgs, participationSelection } from '../event/participation.args.js';
import { leaderSelection, PostArgs, postSelection } from '../post/post.args.js';
import { SportArgs, sportSelection } from '../sport/sport.args.js';
import { ApiRole } from '../../db/enums.js';
import { MutationsOf, Payload } from '../mutation/payload.type.js';
import { CreateOrganizationInput, DeleteOrganizationInput, UpdateOrganizationInput } from './organization.input.js';
import { createOrganization, deleteOrganization, updateOrganization } from './organization.service.js';

import * as t from '../../db/schema.js';

type Row = t.OrganizationRow;

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true, description: 'An organisation by global id or by handle (exactly one).' })
  organization(
    @Arg('id', () => ID, { nullable: true, description: 'The global id.' }) id: string | null,
    @Arg('handle', () => String, { nullable: true, description: 'The handle, e.g. `noc-kazakhstan`.' }) handle: string | null,
    @Ctx() ctx: Context,
  ) {
    return findByIdOrHandle(ctx, t.organizations, id, handle);
  }

  @Query(() => OrganizationConnection, { description: 'Organisations, filtered by kind, country or sport.' })
  organizations(@Args(() => OrganizationArgs) args: OrganizationArgs, @Ctx() ctx: Context) {
    return ctx.loaders.connection(t.organizations, 'root', 0, args, organizationList.selection(args));
  }

  @FieldResolver(() => Country, { nullable: true, description: 'The country it is based in or serves; null for world bodies.' })
  country(@Root() org: Row, @Ctx() ctx: Context) {
    return org.countryId ? ctx.loaders.byId(t.countries).load(org.countryId) : null;
  }

  @FieldResolver(() => SportConnection, { description: 'The sports it governs or practises.' })
  sports(@Root() org: Row, @Args(() => SportArgs) args: SportArgs, @Ctx() ctx: Context) {
    const through = { table: t.organizationSports, key: t.organizationSports.organizationId, target: t.organizationSports.sportId };
    return ctx.loaders.connection(t.sports, { through }, org.id, args, sportSelection(args));
  }

  @FieldResolver(() => IdentifierConnection, { description: 'Its identifiers in other registries.' })
  identifiers(@Root() org: Row, @Args(() => IdentifierArgs) args: IdentifierArgs, @Ctx() ctx: Context) {
    return ctx.loaders.connection(t.identifiers, { by: t.identifiers.organizationId }, org.id, args, identifierSelection(args));
  }

  @FieldResolver(() => AffiliationConnection, { description: 'Upward ties: the organisations it is a member of, recognised by or part of.' })
  affiliations(@Root() org: Row, @Args(() => AffiliationArgs) args: AffiliationArgs, @Ctx() ctx: Context) {
    return ctx.loaders.connection(t.affiliations, { by: t.affiliations.organizationId }, org.id, args, affiliationSelection(args));
  }

  @FieldResolver(() => AffiliationConnection, { description: 'Downward ties: the organisations that are its members, recognised by it or part of it.' })
  affiliates(@Root() org: Row, @Args(() => AffiliationArgs) args: AffiliationArgs, @Ctx() ctx: Context) {
    return ctx.loaders.connection(t.affiliations, { by: t.affiliations.parentId }, org.id, args, affiliationSelection(args));
  }

  @FieldResolver(() => PostConnection, { description: 'The posts in it and who holds them: `posts(role: PRESIDENT, current: true)` answers who leads it.' })
  posts(@Root() org: Row, @Args(() => PostArgs) args: PostArgs, @Ctx() ctx: Context) {
    return ctx.loaders.connection(t.posts, { by: t.posts.organizationId }, org.id, args, postSelection(args));
  }

  @FieldResolver(() => PostConnection, {
    description: 'Who leads it at a date: its president, secretary general, director general or minister, heads first. Posts whose dates are partial are included when they may have been held (see `inEffect`).',
  })
  leaders(
    @Root() org: Row,
    @Args(() => PageArgs) args: PageArgs,
    @Arg('asOf', () => PartialDateScalar, { nullable: true, description: 'The date asked about; today when omitted.' }) asOf: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.connection(t.posts, { by: t.posts.organizationId }, org.id, args, leaderSelection(asOf ?? today()));
  }

  @FieldResolver(() => AgreementConnection, { description: 'The agreements it is party to.' })
  agreements(@Root() org: Row, @Args(() => AgreementArgs) args: AgreementArgs, @Ctx() ctx: Context) {
    const through = { table: t.agreementParties, key: t.agreementParties.organizationId, target: t.agreementParties.agreementId };
    return ctx.loaders.connection(t.agreements, { through }, org.id, args, agreementSelection(args));
  }

  @FieldResolver(() => EventConnection, { description: 'The events it organises, hosts or supports.' })
  organizedEvents(@Root() org: Row, @Args(() => EventArgs) args: EventArgs, @Ctx() ctx: Context) {
    const through = { table: t.eventOrganizers, key: t.eventOrganizers.organizationId, target: t.eventOrganizers.eventId };
    return ctx.loaders.connection(t.events, { through }, org.id, args, eventSelection(args));
  }

  @FieldResolver(() => ParticipationConnection, { description: 'Its attendance at events, with the capacity of each.' })
  participations(@Root() org: Row, @Args(() => ParticipationArgs) args: ParticipationArgs, @Ctx() ctx: Context) {
    return ctx.loaders.connection(t.participations, { by: t.participations.organizationId }, org.id, args, participationSelection(args));
  }
}

export const { Payload: OrganizationPayload, Mutations: OrganizationMutationResolver } = MutationsOf(Organization, 'Organization', 'organization', {
  createOrganization: { input: CreateOrganizationInput, run: createOrganization, description: 'Adds an organisation.' },
  updateOrganization: { input: UpdateOrganizationInput, run: updateOrganization, description: 'Changes an organisation.' },
  deleteOrganization: { input: DeleteOrganizationInput, run: deleteOrganization, description: 'Deletes an organisation with no facts left (its names and identifiers go with it).', role: ApiRole.ADMIN, revertible: true },
});
