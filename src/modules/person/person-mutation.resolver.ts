import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { ApiRole } from '../../db/enums.js';
import { runWrite } from '../../shared/write.js';
import { Payload, payload } from '../mutation/payload.type.js';
import { CreatePersonInput, DeletePersonInput, UpdatePersonInput } from './person.input.js';
import { createPerson, deletePerson, updatePerson } from './person.service.js';
import { Person } from './person.type.js';

export const PersonPayload = Payload(Person, 'Person', 'person');

@Resolver()
export class PersonMutationResolver {
  @Authorized(ApiRole.EDITOR)
  @Mutation(() => PersonPayload, { description: 'Adds a person. Needs an editor key.' })
  createPerson(@Arg('input', () => CreatePersonInput, { description: 'What to change.' }) input: CreatePersonInput, @Ctx() ctx: Context) {
    return payload(runWrite(ctx, 'createPerson', (w) => createPerson(w, input)));
  }

  @Authorized(ApiRole.EDITOR)
  @Mutation(() => PersonPayload, { description: 'Changes a person. Needs an editor key.' })
  updatePerson(@Arg('input', () => UpdatePersonInput, { description: 'What to change.' }) input: UpdatePersonInput, @Ctx() ctx: Context) {
    return payload(runWrite(ctx, 'updatePerson', (w) => updatePerson(w, input)));
  }

  @Authorized(ApiRole.ADMIN)
  @Mutation(() => PersonPayload, { description: 'Deletes a person with no posts or attendances left (their names, identifiers and citations go with them). Needs an admin key; revertible.' })
  deletePerson(@Arg('input', () => DeletePersonInput, { description: 'What to change.' }) input: DeletePersonInput, @Ctx() ctx: Context) {
    return payload(runWrite(ctx, 'deletePerson', (w) => deletePerson(w, input)));
  }
}
