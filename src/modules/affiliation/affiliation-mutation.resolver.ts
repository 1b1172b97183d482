import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { ApiRole } from '../../db/enums.js';
import { runWrite } from '../../shared/write.js';
import { Payload, payload } from '../mutation/payload.type.js';
import { CreateAffiliationInput, DeleteAffiliationInput, UpdateAffiliationInput } from './affiliation.input.js';
import { createAffiliation, deleteAffiliation, updateAffiliation } from './affiliation.service.js';
import { Affiliation } from './affiliation.type.js';

export const AffiliationPayload = Payload(Affiliation, 'Affiliation', 'affiliation');

@Resolver()
export class AffiliationMutationResolver {
  @Authorized(ApiRole.EDITOR)
  @Mutation(() => AffiliationPayload, { description: 'Ties one organisation to another (member of, recognised by, part of, same as); refuses ties that would form a cycle. Needs an editor key.' })
  createAffiliation(@Arg('input', () => CreateAffiliationInput, { description: 'What to change.' }) input: CreateAffiliationInput, @Ctx() ctx: Context) {
    return payload(runWrite(ctx, 'createAffiliation', (w) => createAffiliation(w, input)));
  }

  @Authorized(ApiRole.EDITOR)
  @Mutation(() => AffiliationPayload, { description: 'Changes a tie (its kind, dates or note). Needs an editor key.' })
  updateAffiliation(@Arg('input', () => UpdateAffiliationInput, { description: 'What to change.' }) input: UpdateAffiliationInput, @Ctx() ctx: Context) {
    return payload(runWrite(ctx, 'updateAffiliation', (w) => updateAffiliation(w, input)));
  }

  @Authorized(ApiRole.EDITOR)
  @Mutation(() => AffiliationPayload, { description: 'Deletes a tie and its citations. Needs an editor key; revertible.' })
  deleteAffiliation(@Arg('input', () => DeleteAffiliationInput, { description: 'What to change.' }) input: DeleteAffiliationInput, @Ctx() ctx: Context) {
    return payload(runWrite(ctx, 'deleteAffiliation', (w) => deleteAffiliation(w, input)));
  }
}
