import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import * as t from '../../db/schema.js';
import { PageArgs } from '../../shared/connection.type.js';
import { findByIdOrHandle } from '../../shared/lookup.js';
import { Country } from '../country/country.type.js';
import { ParticipationConnection } from '../event/participation.type.js';
import { IdentifierConnection } from '../identifier/identifier.type.js';
import { PostConnection, PostsArgs } from '../post/post.type.js';
import { postFilter } from '../post/post.filter.js';
import { personFilter } from './person.filter.js';
import { PeopleArgs, Person, PersonConnection } from './person.type.js';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: 'A person by global id or by handle (exactly one).' })
  person(
    @Arg('id', () => ID, { nullable: true, description: 'The global id.' }) id: string | null,
    @Arg('handle', () => String, { nullable: true, description: 'The handle, e.g. `gennady-golovkin`.' }) handle: string | null,
    @Ctx() ctx: Context,
  ) {
    return findByIdOrHandle(ctx, t.people, id, handle);
  }

  @Query(() => PersonConnection, { description: 'People, filtered by nationality.' })
  people(@Args(() => PeopleArgs) args: PeopleArgs, @Ctx() ctx: Context) {
    return ctx.loaders.connection(t.people, 'root', 0, args, personFilter(args));
  }

  @FieldResolver(() => Country, { nullable: true, description: 'Their nationality, when known.' })
  nationality(@Root() person: t.PersonRow, @Ctx() ctx: Context) {
    return person.nationalityId ? ctx.loaders.byId(t.countries).load(person.nationalityId) : null;
  }

  @FieldResolver(() => IdentifierConnection, { description: 'Their identifiers in other registries.' })
  identifiers(@Root() person: t.PersonRow, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    return ctx.loaders.connection(t.identifiers, { by: t.identifiers.personId }, person.id, args);
  }

  @FieldResolver(() => PostConnection, { description: 'The posts they hold or held.' })
  posts(@Root() person: t.PersonRow, @Args(() => PostsArgs) args: PostsArgs, @Ctx() ctx: Context) {
    return ctx.loaders.connection(t.posts, { by: t.posts.personId }, person.id, args, postFilter(args));
  }

  @FieldResolver(() => ParticipationConnection, { description: 'The events they attended, with the capacity of each.' })
  participations(@Root() person: t.PersonRow, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    return ctx.loaders.connection(t.participations, { by: t.participations.personId }, person.id, args);
  }
}
