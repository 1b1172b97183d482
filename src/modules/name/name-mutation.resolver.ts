import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { ApiRole } from '../../db/enums.js';
import { runWrite } from '../../shared/write.js';
import { Payload, payload } from '../mutation/payload.type.js';
import { AddNameInput, DeleteNameInput, UpdateNameInput } from './name.input.js';
import { addName, deleteName, updateName } from './name.service.js';
import { Name } from './name.type.js';

export const NamePayload = Payload(Name, 'Name', 'name');

@Resolver()
export class NameMutationResolver {
  @Authorized(ApiRole.EDITOR)
  @Mutation(() => NamePayload, { description: 'Adds a name in any language and script to an organisation, a person or an event. Needs an editor key.' })
  addName(@Arg('input', () => AddNameInput, { description: 'What to change.' }) input: AddNameInput, @Ctx() ctx: Context) {
    return payload(runWrite(ctx, 'addName', (w) => addName(w, input)));
  }

  @Authorized(ApiRole.EDITOR)
  @Mutation(() => NamePayload, { description: 'Corrects a name (its spelling, language, kind, dates or note). Needs an editor key.' })
  updateName(@Arg('input', () => UpdateNameInput, { description: 'What to change.' }) input: UpdateNameInput, @Ctx() ctx: Context) {
    return payload(runWrite(ctx, 'updateName', (w) => updateName(w, input)));
  }

  @Authorized(ApiRole.EDITOR)
  @Mutation(() => NamePayload, { description: 'Deletes a name and its citations. Needs an editor key; revertible.' })
  deleteName(@Arg('input', () => DeleteNameInput, { description: 'What to change.' }) input: DeleteNameInput, @Ctx() ctx: Context) {
    return payload(runWrite(ctx, 'deleteName', (w) => deleteName(w, input)));
  }
}
