import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { ApiRole } from '../../db/enums.js';
import { runWrite } from '../../shared/write.js';
import { Payload, payload } from '../mutation/payload.type.js';
import { CreateAgreementInput, DeleteAgreementInput, TransitionAgreementInput, UpdateAgreementInput } from './agreement.input.js';
import { createAgreement, deleteAgreement, transitionAgreement, updateAgreement } from './agreement.service.js';
import { Agreement } from './agreement.type.js';

export const AgreementPayload = Payload(Agreement, 'Agreement', 'agreement');

@Resolver()
export class AgreementMutationResolver {
  @Authorized(ApiRole.EDITOR)
  @Mutation(() => AgreementPayload, { description: 'Adds an agreement with at least two parties. Needs an editor key.' })
  createAgreement(@Arg('input', () => CreateAgreementInput, { description: 'What to change.' }) input: CreateAgreementInput, @Ctx() ctx: Context) {
    return payload(runWrite(ctx, 'createAgreement', (w) => createAgreement(w, input)));
  }

  @Authorized(ApiRole.EDITOR)
  @Mutation(() => AgreementPayload, { description: 'Changes an agreement, except its status and the dates of its stages (see `transitionAgreement`). Needs an editor key.' })
  updateAgreement(@Arg('input', () => UpdateAgreementInput, { description: 'What to change.' }) input: UpdateAgreementInput, @Ctx() ctx: Context) {
    return payload(runWrite(ctx, 'updateAgreement', (w) => updateAgreement(w, input)));
  }

  @Authorized(ApiRole.ADMIN)
  @Mutation(() => AgreementPayload, { description: 'Deletes an agreement with its parties and citations. Needs an admin key; revertible.' })
  deleteAgreement(@Arg('input', () => DeleteAgreementInput, { description: 'What to change.' }) input: DeleteAgreementInput, @Ctx() ctx: Context) {
    return payload(runWrite(ctx, 'deleteAgreement', (w) => deleteAgreement(w, input)));
  }

  @Authorized(ApiRole.EDITOR)
  @Mutation(() => AgreementPayload, {
    description: 'Moves an agreement to its next stage (DISCUSSED -> AGREED_IN_PRINCIPLE -> SIGNED -> IN_FORCE -> EXPIRED, or TERMINATED from SIGNED or IN_FORCE) and records the date of the step. A skip or a step back is refused (NOT_ALLOWED). Needs an editor key.',
  })
  transitionAgreement(@Arg('input', () => TransitionAgreementInput, { description: 'What to change.' }) input: TransitionAgreementInput, @Ctx() ctx: Context) {
    return payload(runWrite(ctx, 'transitionAgreement', (w) => transitionAgreement(w, input)));
  }
}
