import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { ApiRole } from '../../db/enums.js';
import { runWrite } from '../../shared/write.js';
import { Payload, payload } from '../mutation/payload.type.js';
import { AddIdentifierInput, DeleteIdentifierInput } from './identifier.input.js';
import { addIdentifier, deleteIdentifier } from './identifier.service.js';
import { Identifier } from './identifier.type.js';

export const IdentifierPayload = Payload(Identifier, 'Identifier', 'identifier');

@Resolver()
export class IdentifierMutationResolver {
  @Authorized(ApiRole.EDITOR)
  @Mutation(() => IdentifierPayload, { description: 'Adds an identifier in another registry (e.g. a Wikidata QID) to an organisation or a person. Needs an editor key.' })
  addIdentifier(@Arg('input', () => AddIdentifierInput, { description: 'What to change.' }) input: AddIdentifierInput, @Ctx() ctx: Context) {
    return payload(runWrite(ctx, 'addIdentifier', (w) => addIdentifier(w, input)));
  }

  @Authorized(ApiRole.EDITOR)
  @Mutation(() => IdentifierPayload, { description: 'Deletes an identifier. Needs an editor key; revertible.' })
  deleteIdentifier(@Arg('input', () => DeleteIdentifierInput, { description: 'What to change.' }) input: DeleteIdentifierInput, @Ctx() ctx: Context) {
    return payload(runWrite(ctx, 'deleteIdentifier', (w) => deleteIdentifier(w, input)));
  }
}
