import * as t from '../../db/schema.js';
import { RecordsAt } from '../../shared/relations.js';
import { MutationsOf } from '../mutation/payload.type.js';
import { AddPartyInput, RemovePartyInput } from './agreement-party.input.js';
import { addParty, removeParty } from './agreement-party.service.js';
import { AgreementParty } from './agreement-party.type.js';

export const AgreementPartyRecords = RecordsAt(AgreementParty, {
  agreement: { by: t.agreementParties.agreementId, description: 'The agreement.' },
  organization: { by: t.agreementParties.organizationId, description: 'The organisation.' },
});

export const { Payload: AgreementPartyPayload, Mutations: AgreementPartyMutationResolver } = MutationsOf(AgreementParty, {
  addParty: { input: AddPartyInput, run: addParty, description: 'Adds an organisation as party to an agreement.' },
  removeParty: { input: RemovePartyInput, run: removeParty, description: 'Removes a party from an agreement, with its citations; an agreement keeps at least two.', revertible: true },
});
