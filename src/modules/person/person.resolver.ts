import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { findByIdOrHandle } from '../../shared/lookup.js';
import { Country } from '../country/country.type.js';
import { Person, PersonConnection } from './person.type.js';
import { PersonArgs, personSelection } from './person.args.js';
import { ApiRole } from '../../db/enums.js';
import { MutationsOf } from '../mutation/payload.type.js';
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
}

export const { Payload: PersonPayload, Mutations: PersonMutationResolver } = MutationsOf(Person, 'Person', 'person', {
  createPerson: { input: CreatePersonInput, run: createPerson, description: 'Adds a person.' },
  updatePerson: { input: UpdatePersonInput, run: updatePerson, description: 'Changes a person.' },
  deletePerson: { input: DeletePersonInput, run: deletePerson, description: 'Deletes a person with no posts or attendances left (their names, identifiers and citations go with them).', role: ApiRole.ADMIN, revertible: true },
});
