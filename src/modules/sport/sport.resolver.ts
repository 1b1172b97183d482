import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { organizations, organizationSports, sports, type SportRow } from '../../db/schema.js';
import { OrganizationConnection } from '../organization/organization.type.js';
import { Sport, SportConnection } from './sport.type.js';
import { organizationList, OrganizationArgs } from '../organization/organization.args.js';
import { SportArgs, sportSelection } from './sport.args.js';

@Resolver(() => Sport)
export class SportResolver {
  @Query(() => SportConnection, { description: 'Sports and disciplines.' })
  sports(@Args(() => SportArgs) args: SportArgs, @Ctx() ctx: Context) {
    return ctx.loaders.connection(sports, 'root', 0, args, sportSelection(args));
  }

  @FieldResolver(() => Sport, { nullable: true, description: 'The sport this discipline belongs to; null for a top-level sport.' })
  parent(@Root() sport: SportRow, @Ctx() ctx: Context) {
    return sport.parentId ? ctx.loaders.byId(sports).load(sport.parentId) : null;
  }

  @FieldResolver(() => SportConnection, { description: 'The disciplines of this sport.' })
  disciplines(@Root() sport: SportRow, @Args(() => SportArgs) args: SportArgs, @Ctx() ctx: Context) {
    return ctx.loaders.connection(sports, { by: sports.parentId }, sport.id, args, sportSelection(args));
  }

  @FieldResolver(() => OrganizationConnection, { description: 'Organisations that govern or practise this sport.' })
  organizations(@Root() sport: SportRow, @Args(() => OrganizationArgs) args: OrganizationArgs, @Ctx() ctx: Context) {
    const through = { table: organizationSports, key: organizationSports.sportId, target: organizationSports.organizationId };
    return ctx.loaders.connection(organizations, { through }, sport.id, args, organizationList.selection(args));
  }
}
