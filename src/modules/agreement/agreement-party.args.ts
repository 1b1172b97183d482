/** The arguments of every connection of AgreementParty items: filter, order, page. */
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { Confidence, PartyRole } from '../../db/enums.js';
import { ConnectionArgs } from '../../shared/connection.type.js';
import { OrderInput } from '../../shared/order.js';

@InputType({ description: 'Conditions on parties; every field given must hold.' })
export class AgreementPartyFilter {
  @Field(() => PartyRole, { nullable: true, description: 'With this role.' })
  role?: PartyRole | null;

  @Field(() => Boolean, { nullable: true, description: 'When true, only parties a source is cited for; when false, only those with none.' })
  hasSource?: boolean | null;

  @Field(() => Confidence, { nullable: true, description: 'Only parties cited at least this confidently.' })
  minConfidence?: Confidence | null;

  @Field(() => [AgreementPartyFilter], { nullable: true, description: 'Each of these filters must hold too.' })
  and?: AgreementPartyFilter[] | null;

  @Field(() => [AgreementPartyFilter], { nullable: true, description: 'At least one of these filters must hold too.' })
  or?: AgreementPartyFilter[] | null;
}

export enum AgreementPartyOrderField {
  ROLE = 'ROLE',
}
registerEnumType(AgreementPartyOrderField, {
  name: 'AgreementPartyOrderField',
  description: 'What parties can be ordered by.',
  valuesConfig: {
    ROLE: { description: 'The role, alphabetically.' },
  },
});
export const AgreementPartyOrder = OrderInput('AgreementParty', AgreementPartyOrderField);

@ArgsType()
export class AgreementPartyArgs extends ConnectionArgs(AgreementPartyFilter, AgreementPartyOrder) {}
