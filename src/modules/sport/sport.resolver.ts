import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { organizations, organizationSports, sports, type SportRow } from '../../db/schema.js';
import { PageArgs } from '../../shared/connection.type.js';
import { OrganizationConnection, OrganizationsArgs } from '../organization/organization.type.js';
import { organizationFilter } from '../organization/organization.filter.js';
import { sportFilter } from './sport.filter.js';
import { Sport, SportConnection, SportsArgs } from './sport.type.js';

@Resolver(() => Sport)
export class SportResolver {
  @Query(() => SportConnection, { description: 'Sports and disciplines.' })
  sports(@Args(() => SportsArgs) args: SportsArgs, @Ctx() ctx: Context) {
    return ctx.loaders.connection(sports, 'root', 0, args, sportFilter(args));
  }

  @FieldResolver(() => Sport, { nullable: true, description: 'The sport this discipline belongs to; null for a top-level sport.' })
  parent(@Root() sport: SportRow, @Ctx() ctx: Context) {
    return sport.parentId ? ctx.loaders.byId(sports).load(sport.parentId) : null;
  }

  @FieldResolver(() => SportConnection, { description: 'The disciplines of this sport.' })
  disciplines(@Root() sport: SportRow, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    return ctx.loaders.connection(sports, { by: sports.parentId }, sport.id, args);
  }

  @FieldResolver(() => OrganizationConnection, { description: 'Organisations that govern or practise this sport.' })
  organizations(@Root() sport: SportRow, @Args(() => OrganizationsArgs) args: OrganizationsArgs, @Ctx() ctx: Context) {
    const through = { table: organizationSports, key: organizationSports.sportId, target: organizationSports.organizationId };
    return ctx.loaders.connection(organizations, { through }, sport.id, args, organizationFilter(args));
  }
}
