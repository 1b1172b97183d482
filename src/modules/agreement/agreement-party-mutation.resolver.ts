import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { ApiRole } from '../../db/enums.js';
import { runWrite } from '../../shared/write.js';
import { Payload, payload } from '../mutation/payload.type.js';
import { AddPartyInput, RemovePartyInput } from './agreement-party.input.js';
import { addParty, removeParty } from './agreement-party.service.js';
import { AgreementParty } from './agreement-party.type.js';

export const AgreementPartyPayload = Payload(AgreementParty, 'AgreementParty', 'agreementParty');

@Resolver()
export class AgreementPartyMutationResolver {
  @Authorized(ApiRole.EDITOR)
  @Mutation(() => AgreementPartyPayload, { description: 'Adds an organisation as party to an agreement. Needs an editor key.' })
  addParty(@Arg('input', () => AddPartyInput, { description: 'What to change.' }) input: AddPartyInput, @Ctx() ctx: Context) {
    return payload(runWrite(ctx, 'addParty', (w) => addParty(w, input)));
  }

  @Authorized(ApiRole.EDITOR)
  @Mutation(() => AgreementPartyPayload, { description: 'Removes a party from an agreement, with its citations; an agreement keeps at least two. Needs an editor key; revertible.' })
  removeParty(@Arg('input', () => RemovePartyInput, { description: 'What to change.' }) input: RemovePartyInput, @Ctx() ctx: Context) {
    return payload(runWrite(ctx, 'removeParty', (w) => removeParty(w, input)));
  }
}
