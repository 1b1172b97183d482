import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { type AgreementPartyRow, agreements, organizations } from '../../db/schema.js';
import { Organization } from '../organization/organization.type.js';
import { AgreementParty } from './agreement-party.type.js';
import { Agreement } from './agreement.type.js';
import { MutationsOf } from '../mutation/payload.type.js';
import { AddPartyInput, RemovePartyInput } from './agreement-party.input.js';
import { addParty, removeParty } from './agreement-party.service.js';

@Resolver(() => AgreementParty)
export class AgreementPartyResolver {
  @FieldResolver(() => Agreement, { description: 'The agreement.' })
  agreement(@Root() party: AgreementPartyRow, @Ctx() ctx: Context) {
    return ctx.loaders.byId(agreements).load(party.agreementId);
  }

  @FieldResolver(() => Organization, { description: 'The organisation.' })
  organization(@Root() party: AgreementPartyRow, @Ctx() ctx: Context) {
    return ctx.loaders.byId(organizations).load(party.organizationId);
  }
}

export const { Payload: AgreementPartyPayload, Mutations: AgreementPartyMutationResolver } = MutationsOf(AgreementParty, 'AgreementParty', 'agreementParty', {
  addParty: { input: AddPartyInput, run: addParty, description: 'Adds an organisation as party to an agreement.' },
  removeParty: { input: RemovePartyInput, run: removeParty, description: 'Removes a party from an agreement, with its citations; an agreement keeps at least two.', revertible: true },
});
