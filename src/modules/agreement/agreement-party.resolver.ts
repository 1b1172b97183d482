import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { agreements, organizations, type AgreementPartyRow } from '../../db/schema.js';
import { Organization } from '../organization/organization.type.js';
import { AgreementParty } from './agreement-party.type.js';
import { Agreement } from './agreement.type.js';

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
