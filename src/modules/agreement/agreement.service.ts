/** Writes to agreements, and the lifecycle they move along. Each function runs inside one write (see shared/write.ts). */
import { eq, inArray, or } from 'drizzle-orm';
import { AgreementStatus, PartyRole } from '../../db/enums.js';
import * as t from '../../db/schema.js';
import { fail, UserErrorCode, UserFailure, type Writer } from '../../shared/write.js';
import { existing } from '../mutation/ids.js';
import { given, keepUnique, patchOf, stagesInOrder, type StageDate } from '../mutation/rules.js';
import { validateInput } from '../mutation/validate.js';
import type { CreateAgreementInput, TransitionAgreementInput, UpdateAgreementInput } from './agreement.input.js';
import { dateOfStage, nextStages } from './agreement.lifecycle.js';

/** The GraphQL spelling of a status (`SIGNED`), for messages. */
const stage = (status: AgreementStatus) => Object.entries(AgreementStatus).find(([, value]) => value === status)![0];

type StageColumn = 'discussedDate' | 'signedDate' | 'startDate' | 'endDate';

/** The dated stages of an agreement, in the order they happen: their dates may not go backwards. */
const stageColumns: readonly StageColumn[] = ['discussedDate', 'signedDate', 'startDate', 'endDate'];

/** An agreement's dates, stage by stage (the end is TERMINATED's date once it was terminated, else EXPIRED's). */
export function agreementStages(agreement: Pick<t.AgreementRow, 'status' | StageColumn>): StageDate[] {
  const ended = agreement.status === AgreementStatus.TERMINATED ? AgreementStatus.TERMINATED : AgreementStatus.EXPIRED;
  const stages = [AgreementStatus.DISCUSSED, AgreementStatus.SIGNED, AgreementStatus.IN_FORCE, ended];
  return stageColumns.map((column, i) => ({ stage: stage(stages[i]), date: agreement[column] }));
}

/** Refuses, at `field`, a write that would put an agreement's dates out of order; `column` is the date it sets. */
function datesInOrder(next: Pick<t.AgreementRow, 'status' | StageColumn>, column: StageColumn, field: string): void {
  stagesInOrder(agreementStages(next), stageColumns.indexOf(column), field);
}

/** Runs `check` with its user errors reported at `path`, for fields inside a list. */
function reportedAt<T>(path: string[], check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof UserFailure) for (const item of error.errors) item.field = ['input', ...path];
    throw error;
  }
}

const eventRowId = (writer: Writer, id: string | null | undefined) => (id == null ? id : existing(writer, t.events, id, 'originEventId').id);

export function createAgreement(writer: Writer, input: CreateAgreementInput) {
  validateInput(input);
  keepUnique(writer, t.agreements, { handle: input.handle });
  const organizations = input.parties.map((party, i) =>
    reportedAt(['parties', String(i), 'organizationId'], () => existing(writer, t.organizations, party.organizationId, 'organizationId')));
  if (new Set(organizations.map((o) => o.id)).size < 2) {
    fail('parties', `An agreement needs at least two different parties; ${organizations.length ? 'only one organisation was given' : 'none was given'}. Give two or more different organisations.`);
  }
  const seen = new Set<number>();
  organizations.forEach((organization, i) => {
    if (seen.has(organization.id)) fail(['parties', String(i), 'organizationId'], `"${organization.handle}" is listed twice; give each party once.`);
    seen.add(organization.id);
  });
  const { parties, originEventId, topics, ...fields } = input;
  const agreement = writer.insert(t.agreements, {
    ...fields,
    status: fields.status ?? AgreementStatus.DISCUSSED,
    topics: topics ?? [],
    originEventId: eventRowId(writer, originEventId),
  });
  parties.forEach((party, i) =>
    writer.insert(t.agreementParties, { agreementId: agreement.id, organizationId: organizations[i].id, role: party.role ?? PartyRole.PARTY }));
  return agreement;
}

export function updateAgreement(writer: Writer, input: UpdateAgreementInput) {
  validateInput(input);
  const current = existing(writer, t.agreements, input.id, 'id');
  const { originEventId, topics, ...fields } = given(input);
  if (!Object.keys(given(input)).length) return current;
  const patch = patchOf(writer, t.agreements, current, fields);
  // Only the date given is checked: a stored agreement's other dates do not block an unrelated change.
  if (patch.discussedDate) datesInOrder({ ...current, ...patch }, 'discussedDate', 'discussedDate');
  return writer.update(t.agreements, current.id, {
    ...patch,
    topics: topics === undefined ? undefined : topics ?? [],
    originEventId: eventRowId(writer, originEventId),
  })!;
}

export function deleteAgreement(writer: Writer, input: { id: string }) {
  const current = existing(writer, t.agreements, input.id, 'id');
  // Citations first, then parties, each recorded so a revert can restore them.
  const parties = writer.read.select({ id: t.agreementParties.id }).from(t.agreementParties).where(eq(t.agreementParties.agreementId, current.id)).all().map((p) => p.id);
  const citations = writer.read.select({ id: t.citations.id }).from(t.citations)
    .where(or(eq(t.citations.agreementId, current.id), inArray(t.citations.agreementPartyId, parties))).all();
  for (const { id } of citations) writer.remove(t.citations, id);
  for (const id of parties) writer.remove(t.agreementParties, id);
  return writer.remove(t.agreements, current.id)!;
}

/** Moves an agreement one stage on and records the date of the step. */
export function transitionAgreement(writer: Writer, input: TransitionAgreementInput) {
  const current = existing(writer, t.agreements, input.agreementId, 'agreementId');
  const allowed = nextStages[current.status];
  if (!allowed.includes(input.to)) {
    const next = allowed.length ? `it can move only to ${allowed.map(stage).join(' or ')}` : 'it has ended and can move no further';
    fail('to', `"${current.handle}" is ${stage(current.status)}; ${next}, not to ${stage(input.to)}. Stages cannot be skipped or undone.`, UserErrorCode.NOT_ALLOWED);
  }
  const column = dateOfStage[input.to];
  if (!column) {
    if (input.date != null) fail('date', `${stage(input.to)} has no date of its own; leave \`date\` out.`);
    return writer.update(t.agreements, current.id, { status: input.to })!;
  }
  const step = { status: input.to, [column]: input.date ?? null };
  datesInOrder({ ...current, ...step }, column, 'date');
  return writer.update(t.agreements, current.id, step)!;
}
