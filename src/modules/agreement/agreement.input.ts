/** Inputs of the agreement mutations, with their field rules. */
import { ID, InputType } from 'type-graphql';
import { AgreementKind, AgreementStatus, PartyRole } from '../../db/enums.js';
import type { AgreementRow } from '../../db/schema.js';
import { Input } from '../mutation/fields.js';
import { IdInput } from '../mutation/input.js';

@InputType({ description: 'An organisation party to a new agreement.' })
export class AgreementPartyInput {
  @Input(ID, 'The organisation.')
  organizationId!: string;

  // No `defaultValue`: type-graphql would hand the enum key (`PARTY`), not its stored value, to the resolver.
  @Input(PartyRole, 'Its part in the agreement; PARTY when left out.', { optional: true })
  role?: PartyRole | null;
}

@InputType({ description: 'A new agreement, with at least two parties.' })
export class CreateAgreementInput implements Partial<Pick<AgreementRow, 'handle' | 'title' | 'kind' | 'status' | 'scope' | 'topics' | 'discussedDate'>> {
  @Input.handle('A unique, stable key for URLs: lowercase words joined by hyphens, e.g. `noc-kazakhstan-qatar-cooperation`.', 80)
  handle!: string;

  @Input(String, 'A descriptive English title (1 to 300 characters).', { length: [1, 300] })
  title!: string;

  @Input(AgreementKind, 'The form it takes.')
  kind!: AgreementKind;

  @Input(AgreementStatus, 'Where it is in its lifecycle when recorded; DISCUSSED when left out. Afterwards it moves only through `transitionAgreement`.', { optional: true })
  status?: AgreementStatus;

  @Input(String, 'What it covers, in English.', { optional: true, length: [1, 2000] })
  scope?: string | null;

  @Input([String], 'Topics it covers, e.g. `training methods` (at most 30, each 1 to 200 characters).', { optional: true, length: [1, 200], maxItems: 30 })
  topics?: string[];

  @Input.date('When it was first discussed, as far as known.', { optional: true })
  discussedDate?: string | null;

  @Input(ID, 'The event where it arose.', { optional: true })
  originEventId?: string | null;

  @Input([AgreementPartyInput], 'The organisations party to it: at least two different ones.', { nested: true })
  parties!: AgreementPartyInput[];
}

@InputType({
  description: 'Changes to an agreement: fields left out stay as they are; null clears an optional field. '
    + 'The status and the signing, start and end dates are not changed here: they move only through `transitionAgreement`.',
})
export class UpdateAgreementInput {
  @Input(ID, 'The agreement to change. Its status changes only through `transitionAgreement`.')
  id!: string;

  @Input.handle('A new handle.', 80, { optional: true })
  handle?: string;

  @Input(String, 'A new title.', { optional: true, length: [1, 300] })
  title?: string;

  @Input(AgreementKind, 'A new kind.', { optional: true })
  kind?: AgreementKind;

  @Input(String, 'A new scope; null clears it.', { optional: true, length: [1, 2000] })
  scope?: string | null;

  @Input([String], 'The new list of topics, replacing the old one; null or `[]` empties it.', { optional: true, length: [1, 200], maxItems: 30 })
  topics?: string[] | null;

  @Input.date('A new date of first discussion, not after the date of a later stage; null clears it. Later dates are set by `transitionAgreement`.', { optional: true })
  discussedDate?: string | null;

  @Input(ID, 'A new event where it arose; null clears it.', { optional: true })
  originEventId?: string | null;
}

export const DeleteAgreementInput = IdInput('DeleteAgreementInput', 'An agreement to delete.', 'The agreement to delete; its parties and citations go with it.');

@InputType({ description: 'A step in an agreement\'s lifecycle: DISCUSSED -> AGREED_IN_PRINCIPLE -> SIGNED -> IN_FORCE -> EXPIRED, or TERMINATED from SIGNED or IN_FORCE.' })
export class TransitionAgreementInput {
  @Input(ID, 'The agreement.')
  agreementId!: string;

  @Input(AgreementStatus, 'The next stage. Skipping a stage or going back is refused (NOT_ALLOWED).')
  to!: AgreementStatus;

  @Input.date(
    'When the step happened, as far as known: the signing date for SIGNED, the start date for IN_FORCE, the end date for EXPIRED and TERMINATED; never before the date of an earlier stage. '
      + 'AGREED_IN_PRINCIPLE has no date of its own: leave it out. Left out otherwise, the date stays unknown.',
    { optional: true },
  )
  date?: string | null;
}
