import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import * as t from '../../db/schema.js';
import { findByIdOrHandle } from '../../shared/lookup.js';
import { Event } from '../event/event.type.js';
import { AgreementPartyConnection } from './agreement-party.type.js';
import { Agreement, AgreementConnection } from './agreement.type.js';
import { AgreementArgs } from './agreement.args.js';
import { agreementSelection } from './agreement.filter.js';
import { AgreementPartyArgs } from './agreement-party.args.js';
import { agreementPartySelection } from './agreement-party.filter.js';

@Resolver(() => Agreement)
export class AgreementResolver {
  @Query(() => Agreement, { nullable: true, description: 'An agreement by global id or by handle (exactly one).' })
  agreement(
    @Arg('id', () => ID, { nullable: true, description: 'The global id.' }) id: string | null,
    @Arg('handle', () => String, { nullable: true, description: 'The handle, e.g. `noc-kazakhstan-qatar-cooperation`.' }) handle: string | null,
    @Ctx() ctx: Context,
  ) {
    return findByIdOrHandle(ctx, t.agreements, id, handle);
  }

  @Query(() => AgreementConnection, { description: 'Agreements, filtered by status or kind.' })
  agreements(@Args(() => AgreementArgs) args: AgreementArgs, @Ctx() ctx: Context) {
    return ctx.loaders.connection(t.agreements, 'root', 0, args, agreementSelection(args));
  }

  @FieldResolver(() => AgreementPartyConnection, { description: 'The organisations party to it, with their roles.' })
  parties(@Root() agreement: t.AgreementRow, @Args(() => AgreementPartyArgs) args: AgreementPartyArgs, @Ctx() ctx: Context) {
    return ctx.loaders.connection(t.agreementParties, { by: t.agreementParties.agreementId }, agreement.id, args, agreementPartySelection(args));
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The event where it arose, when known.' })
  originEvent(@Root() agreement: t.AgreementRow, @Ctx() ctx: Context) {
    return agreement.originEventId ? ctx.loaders.byId(t.events).load(agreement.originEventId) : null;
  }
}
