import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { findByIdOrHandle } from '../../shared/lookup.js';
import { Country } from '../country/country.type.js';
import { ParticipationConnection } from '../event/participation.type.js';
import { IdentifierConnection } from '../identifier/identifier.type.js';
import { PostConnection } from '../post/post.type.js';
import { Person, PersonConnection } from './person.type.js';
import { IdentifierArgs, identifierSelection } from '../identifier/identifier.args.js';
import { ParticipationArgs, participationSelection } from '../event/participation.args.js';
import { PersonArgs, personSelection } from './person.args.js';
import { PostArgs, postSelection } from '../post/post.args.js';
import { ApiRole } from '../../db/enums.js';
import { MutationsOf, Payload } from '../mutation/payload.type.js';
import { CreatePersonInput, DeletePersonInput, UpdatePersonInput } from './person.input.js';
import { createPerson, deletePerson, updatePerson } from './person.service.js';

import * as t from '../../db/schema.js';

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
  people(@Args(() => PersonArgs) args: PersonArgs, @Ctx() ctx: Context) {
    return ctx.loaders.connection(t.people, 'root', 0, args, personSelection(args));
  }

  @FieldResolver(() => Country, { nullable: true, description: 'Their nationality, when known.' })
  nationality(@Root() person: t.PersonRow, @Ctx() ctx: Context) {
    return person.nationalityId ? ctx.loaders.byId(t.countries).load(person.nationalityId) : null;
  }

  @FieldResolver(() => IdentifierConnection, { description: 'Their identifiers in other registries.' })
  identifiers(@Root() person: t.PersonRow, @Args(() => IdentifierArgs) args: IdentifierArgs, @Ctx() ctx: Context) {
    return ctx.loaders.connection(t.identifiers, { by: t.identifiers.personId }, person.id, args, identifierSelection(args));
  }

  @FieldResolver(() => PostConnection, { description: 'The posts they hold or held.' })
  posts(@Root() person: t.PersonRow, @Args(() => PostArgs) args: PostArgs, @Ctx() ctx: Context) {
    return ctx.loaders.connection(t.posts, { by: t.posts.personId }, person.id, args, postSelection(args));
  }

  @FieldResolver(() => ParticipationConnection, { description: 'The events they attended, with the capacity of each.' })
  participations(@Root() person: t.PersonRow, @Args(() => ParticipationArgs) args: ParticipationArgs, @Ctx() ctx: Context) {
    return ctx.loaders.connection(t.participations, { by: t.participations.personId }, person.id, args, participationSelection(args));
  }
}

export const { Payload: PersonPayload, Mutations: PersonMutationResolver } = MutationsOf(Person, 'Person', 'person', {
  createPerson: { input: CreatePersonInput, run: createPerson, description: 'Adds a person.' },
  updatePerson: { input: UpdatePersonInput, run: updatePerson, description: 'Changes a person.' },
  deletePerson: { input: DeletePersonInput, run: deletePerson, description: 'Deletes a person with no posts or attendances left (their names, identifiers and citations go with them).', role: ApiRole.ADMIN, revertible: true },
});
