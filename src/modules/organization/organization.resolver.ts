import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import * as t from '../../db/schema.js';
import { PageArgs } from '../../shared/connection.type.js';
import { findByIdOrHandle } from '../../shared/lookup.js';
import { AffiliationConnection, AffiliationsArgs } from '../affiliation/affiliation.type.js';
import { affiliationFilter } from '../affiliation/affiliation.filter.js';
import { AgreementConnection, AgreementsArgs } from '../agreement/agreement.type.js';
import { agreementFilter } from '../agreement/agreement.filter.js';
import { Country } from '../country/country.type.js';
import { EventConnection, EventsArgs } from '../event/event.type.js';
import { eventFilter } from '../event/event.filter.js';
import { ParticipationConnection } from '../event/participation.type.js';
import { IdentifierConnection } from '../identifier/identifier.type.js';
import { PostConnection, PostsArgs } from '../post/post.type.js';
import { postFilter } from '../post/post.filter.js';
import { SportConnection } from '../sport/sport.type.js';
import { organizationFilter } from './organization.filter.js';
import { Organization, OrganizationConnection, OrganizationsArgs } from './organization.type.js';

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
  organizations(@Args(() => OrganizationsArgs) args: OrganizationsArgs, @Ctx() ctx: Context) {
    return ctx.loaders.connection(t.organizations, 'root', 0, args, organizationFilter(args));
  }

  @FieldResolver(() => Country, { nullable: true, description: 'The country it is based in or serves; null for world bodies.' })
  country(@Root() org: Row, @Ctx() ctx: Context) {
    return org.countryId ? ctx.loaders.byId(t.countries).load(org.countryId) : null;
  }

  @FieldResolver(() => SportConnection, { description: 'The sports it governs or practises.' })
  sports(@Root() org: Row, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    const through = { table: t.organizationSports, key: t.organizationSports.organizationId, target: t.organizationSports.sportId };
    return ctx.loaders.connection(t.sports, { through }, org.id, args);
  }

  @FieldResolver(() => IdentifierConnection, { description: 'Its identifiers in other registries.' })
  identifiers(@Root() org: Row, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    return ctx.loaders.connection(t.identifiers, { by: t.identifiers.organizationId }, org.id, args);
  }

  @FieldResolver(() => AffiliationConnection, { description: 'Upward ties: the organisations it is a member of, recognised by or part of.' })
  affiliations(@Root() org: Row, @Args(() => AffiliationsArgs) args: AffiliationsArgs, @Ctx() ctx: Context) {
    return ctx.loaders.connection(t.affiliations, { by: t.affiliations.organizationId }, org.id, args, affiliationFilter(args));
  }

  @FieldResolver(() => AffiliationConnection, { description: 'Downward ties: the organisations that are its members, recognised by it or part of it.' })
  affiliates(@Root() org: Row, @Args(() => AffiliationsArgs) args: AffiliationsArgs, @Ctx() ctx: Context) {
    return ctx.loaders.connection(t.affiliations, { by: t.affiliations.parentId }, org.id, args, affiliationFilter(args));
  }

  @FieldResolver(() => PostConnection, { description: 'The posts in it and who holds them: `posts(role: PRESIDENT, current: true)` answers who leads it.' })
  posts(@Root() org: Row, @Args(() => PostsArgs) args: PostsArgs, @Ctx() ctx: Context) {
    return ctx.loaders.connection(t.posts, { by: t.posts.organizationId }, org.id, args, postFilter(args));
  }

  @FieldResolver(() => AgreementConnection, { description: 'The agreements it is party to.' })
  agreements(@Root() org: Row, @Args(() => AgreementsArgs) args: AgreementsArgs, @Ctx() ctx: Context) {
    const through = { table: t.agreementParties, key: t.agreementParties.organizationId, target: t.agreementParties.agreementId };
    return ctx.loaders.connection(t.agreements, { through }, org.id, args, agreementFilter(args));
  }

  @FieldResolver(() => EventConnection, { description: 'The events it organises, hosts or supports.' })
  organizedEvents(@Root() org: Row, @Args(() => EventsArgs) args: EventsArgs, @Ctx() ctx: Context) {
    const through = { table: t.eventOrganizers, key: t.eventOrganizers.organizationId, target: t.eventOrganizers.eventId };
    return ctx.loaders.connection(t.events, { through }, org.id, args, eventFilter(args));
  }

  @FieldResolver(() => ParticipationConnection, { description: 'Its attendance at events, with the capacity of each.' })
  participations(@Root() org: Row, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    return ctx.loaders.connection(t.participations, { by: t.participations.organizationId }, org.id, args);
  }
}
