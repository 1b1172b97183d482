import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { ApiRole } from '../../db/enums.js';
import { runWrite } from '../../shared/write.js';
import { Payload, payload } from '../mutation/payload.type.js';
import { Change } from './change.type.js';
import { RevertChangeInput } from './revert.input.js';
import { revertChange } from './revert.service.js';

export const ChangePayload = Payload(Change);

@Resolver()
export class RevertMutationResolver {
  @Authorized(ApiRole.ADMIN)
  @Mutation(() => ChangePayload, {
    description: 'Undoes one change by recording its inverse as a new change (`revertOf` points back; the original stays). Refused when the object has changed since, or when the change was reverted already. Needs an admin key.',
  })
  revertChange(@Arg('input', () => RevertChangeInput, { description: 'What to change.' }) input: RevertChangeInput, @Ctx() ctx: Context) {
    return payload(runWrite(ctx, 'revertChange', (w) => revertChange(w, input)));
  }
}
