import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { AgreementStatus, ApiRole } from '../../db/enums.js';
import * as t from '../../db/schema.js';
import { PartialDateScalar } from '../../shared/partial-date.scalar.js';
import { dateGiven } from '../../shared/point-in-time.js';
import { ConnectionsTo, RecordsAt, RootQueriesOf } from '../../shared/relations.js';
import { Event } from '../event/event.type.js';
import { MutationsOf } from '../mutation/payload.type.js';
import { Organization } from '../organization/organization.type.js';
import { agreementPartyList } from './agreement-party.type.js';
import { CreateAgreementInput, DeleteAgreementInput, TransitionAgreementInput, UpdateAgreementInput } from './agreement.input.js';
import { createAgreement, deleteAgreement, transitionAgreement, updateAgreement } from './agreement.service.js';
import { statusAt } from './agreement.lifecycle.js';
import { Agreement, agreementList } from './agreement.type.js';

export const AgreementRoots = RootQueriesOf(Agreement, {
  one: { name: 'agreement', example: 'noc-kazakhstan-qatar-cooperation', description: 'An agreement by global id or by handle (exactly one).' },
  many: { name: 'agreements', list: agreementList, description: 'Agreements, filtered by status or kind.' },
});

export const AgreementRecords = RecordsAt(Agreement, {
  originEvent: { by: t.agreements.originEventId, description: 'The event where it arose, when known.' },
});

export const { Payload: AgreementPayload, Mutations: AgreementMutationResolver } = MutationsOf(Agreement, {
  createAgreement: { input: CreateAgreementInput, run: createAgreement, description: 'Adds an agreement with at least two parties.' },
  updateAgreement: { input: UpdateAgreementInput, run: updateAgreement, description: 'Changes an agreement, except its status and the dates of its stages (see `transitionAgreement`).' },
  deleteAgreement: { input: DeleteAgreementInput, run: deleteAgreement, description: 'Deletes an agreement with its parties and citations.', role: ApiRole.ADMIN, revertible: true },
  transitionAgreement: { input: TransitionAgreementInput, run: transitionAgreement, description: 'Moves an agreement to its next stage (DISCUSSED -> AGREED_IN_PRINCIPLE -> SIGNED -> IN_FORCE -> EXPIRED, or TERMINATED from SIGNED or IN_FORCE) and records the date of the step. A skip or a step back is refused (NOT_ALLOWED).' },
});

export const AgreementParties = ConnectionsTo(Agreement, {
  parties: { list: agreementPartyList, description: 'The organisations party to it, with their roles.' },
});

export const OrganizationAgreements = ConnectionsTo(Organization, {
  agreements: { list: agreementList, through: t.agreementParties, description: 'The agreements it is party to.' },
});

export const EventAgreements = ConnectionsTo(Event, {
  agreements: { list: agreementList, description: 'The agreements that arose at it.' },
});

@Resolver(() => Agreement)
export class AgreementStatusResolver {
  @FieldResolver(() => AgreementStatus, {
    description: 'Where it is in its lifecycle; at a date (`asOf`, else the query\'s `@asOf`), the stage it had reached then, read from the dates of its '
      + 'stages (see the README); DISCUSSED before it was first discussed. Without a date, the stage stored.',
  })
  status(
    @Root() agreement: t.AgreementRow,
    @Arg('asOf', () => PartialDateScalar, { nullable: true, description: 'The date asked about; the query\'s `@asOf` date when omitted, else the stage stored.' }) asOf: string | null,
    @Ctx() ctx: Context,
  ): AgreementStatus {
    const at = dateGiven(ctx, asOf);
    return at === undefined ? agreement.status : statusAt(agreement, at);
  }
}
