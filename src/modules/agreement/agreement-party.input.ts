/** Inputs of the mutations on the parties to an agreement. */
import { Field, ID, InputType } from 'type-graphql';
import { PartyRole } from '../../db/enums.js';
import { IdInput } from '../mutation/input.js';

@InputType({ description: 'An organisation to add as party to an agreement.' })
export class AddPartyInput {
  @Field(() => ID, { description: 'The agreement.' })
  agreementId!: string;

  @Field(() => ID, { description: 'The organisation; it may be party to an agreement once.' })
  organizationId!: string;

  @Field(() => PartyRole, { nullable: true, description: 'Its part in the agreement; PARTY when left out.' })
  role?: PartyRole | null;
}

export const RemovePartyInput = IdInput('RemovePartyInput', 'A party to remove from an agreement.', 'The AgreementParty to remove; its citations go with it. An agreement keeps at least two parties.');
export type RemovePartyInput = InstanceType<typeof RemovePartyInput>;
