/** Inputs of the agreement mutations, with their field rules. */
import { ArrayMaxSize, IsOptional, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { AgreementKind, AgreementStatus, PartyRole } from '../../db/enums.js';
import type { AgreementRow } from '../../db/schema.js';
import { PartialDateScalar } from '../../shared/partial-date.scalar.js';
import { IsHandle } from '../mutation/validate.js';
import { IdInput } from '../mutation/input.js';

@InputType({ description: 'An organisation party to a new agreement.' })
export class AgreementPartyInput {
  @Field(() => ID, { description: 'The organisation.' })
  organizationId!: string;

  // No `defaultValue`: type-graphql would hand the enum key (`PARTY`), not its stored value, to the resolver.
  @Field(() => PartyRole, { nullable: true, description: 'Its part in the agreement; PARTY when left out.' })
  role?: PartyRole | null;
}

@InputType({ description: 'A new agreement, with at least two parties.' })
export class CreateAgreementInput implements Partial<Pick<AgreementRow, 'handle' | 'title' | 'kind' | 'status' | 'scope' | 'topics' | 'discussedDate'>> {
  @IsHandle()
  @Length(2, 80)
  @Field(() => String, { description: 'A unique, stable key for URLs: lowercase words joined by hyphens, e.g. `noc-kazakhstan-qatar-cooperation`.' })
  handle!: string;

  @Length(1, 300)
  @Field(() => String, { description: 'A descriptive English title (1 to 300 characters).' })
  title!: string;

  @Field(() => AgreementKind, { description: 'The form it takes.' })
  kind!: AgreementKind;

  @Field(() => AgreementStatus, {
    nullable: true,
    description: 'Where it is in its lifecycle when recorded; DISCUSSED when left out. Afterwards it moves only through `transitionAgreement`.',
  })
  status?: AgreementStatus;

  @IsOptional()
  @Length(1, 2000)
  @Field(() => String, { nullable: true, description: 'What it covers, in English.' })
  scope?: string | null;

  @IsOptional()
  @ArrayMaxSize(30)
  @Length(1, 200, { each: true })
  @Field(() => [String], { nullable: true, description: 'Topics it covers, e.g. `training methods` (at most 30, each 1 to 200 characters).' })
  topics?: string[];

  @Field(() => PartialDateScalar, { nullable: true, description: 'When it was first discussed, as far as known.' })
  discussedDate?: string | null;

  @Field(() => ID, { nullable: true, description: 'The event where it arose.' })
  originEventId?: string | null;

  @Field(() => [AgreementPartyInput], { description: 'The organisations party to it: at least two different ones.' })
  parties!: AgreementPartyInput[];
}

@InputType({
  description: 'Changes to an agreement: fields left out stay as they are; null clears an optional field. '
    + 'The status and the signing, start and end dates are not changed here: they move only through `transitionAgreement`.',
})
export class UpdateAgreementInput {
  @Field(() => ID, { description: 'The agreement to change. Its status changes only through `transitionAgreement`.' })
  id!: string;

  @IsOptional()
  @IsHandle()
  @Length(2, 80)
  @Field(() => String, { nullable: true, description: 'A new handle.' })
  handle?: string;

  @IsOptional()
  @Length(1, 300)
  @Field(() => String, { nullable: true, description: 'A new title.' })
  title?: string;

  @Field(() => AgreementKind, { nullable: true, description: 'A new kind.' })
  kind?: AgreementKind;

  @IsOptional()
  @Length(1, 2000)
  @Field(() => String, { nullable: true, description: 'A new scope; null clears it.' })
  scope?: string | null;

  @IsOptional()
  @ArrayMaxSize(30)
  @Length(1, 200, { each: true })
  @Field(() => [String], { nullable: true, description: 'The new list of topics, replacing the old one; null or `[]` empties it.' })
  topics?: string[] | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'A new date of first discussion; null clears it. Later dates are set by `transitionAgreement`.' })
  discussedDate?: string | null;

  @Field(() => ID, { nullable: true, description: 'A new event where it arose; null clears it.' })
  originEventId?: string | null;
}

export const DeleteAgreementInput = IdInput('DeleteAgreementInput', 'An agreement to delete.', 'The agreement to delete; its parties and citations go with it.');
export type DeleteAgreementInput = InstanceType<typeof DeleteAgreementInput>;

@InputType({ description: 'A step in an agreement\'s lifecycle: DISCUSSED -> AGREED_IN_PRINCIPLE -> SIGNED -> IN_FORCE -> EXPIRED, or TERMINATED from SIGNED or IN_FORCE.' })
export class TransitionAgreementInput {
  @Field(() => ID, { description: 'The agreement.' })
  agreementId!: string;

  @Field(() => AgreementStatus, { description: 'The next stage. Skipping a stage or going back is refused (NOT_ALLOWED).' })
  to!: AgreementStatus;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: 'When the step happened, as far as known: the signing date for SIGNED, the start date for IN_FORCE, the end date for EXPIRED and TERMINATED (not before the start). '
      + 'AGREED_IN_PRINCIPLE has no date of its own: leave it out. Left out otherwise, the date stays unknown.',
  })
  date?: string | null;
}
