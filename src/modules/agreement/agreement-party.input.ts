/** Inputs of the mutations on the parties to an agreement. */
import { ID, InputType } from 'type-graphql';
import { PartyRole } from '../../db/enums.js';
import { Input } from '../mutation/fields.js';
import { IdInput } from '../mutation/input.js';

@InputType({ description: 'An organisation to add as party to an agreement.' })
export class AddPartyInput {
  @Input(ID, 'The agreement.')
  agreementId!: string;

  @Input(ID, 'The organisation; it may be party to an agreement once.')
  organizationId!: string;

  @Input(PartyRole, 'Its part in the agreement; PARTY when left out.', { optional: true })
  role?: PartyRole | null;
}

export const RemovePartyInput = IdInput('RemovePartyInput', 'A party to remove from an agreement.', 'The AgreementParty to remove; its citations go with it. An agreement keeps at least two parties.');
