/** Writes to who attended events. Each function runs inside one write (see shared/write.ts). */
import { and, eq, isNull, ne } from 'drizzle-orm';
import * as t from '../../db/schema.js';
import { fail, UserErrorCode, UserFailure, type Writer } from '../../shared/write.js';
import { existing } from '../mutation/ids.js';
import { given } from '../mutation/rules.js';
import { validateInput } from '../mutation/validate.js';
import type { AddParticipantInput, UpdateParticipantInput } from './participation.input.js';

type Attendee = { eventId: number; personId: number | null; organizationId: number | null };

/** A participation names someone, and names them once per event. */
function checkAttendee(writer: Writer, attendee: Attendee, exceptId?: number): void {
  if (attendee.personId == null && attendee.organizationId == null) {
    const message = 'An attendance needs a person, an organisation, or both: give `personId` or `organizationId`.';
    throw new UserFailure(['personId', 'organizationId'].map((field) => ({ field: ['input', field], message, code: UserErrorCode.INVALID })));
  }
  const same = (column: typeof t.participations.personId | typeof t.participations.organizationId, value: number | null) => (value == null ? isNull(column) : eq(column, value));
  const clash = writer.read.select({ id: t.participations.id }).from(t.participations).where(and(
    eq(t.participations.eventId, attendee.eventId),
    same(t.participations.personId, attendee.personId),
    same(t.participations.organizationId, attendee.organizationId),
    exceptId ? ne(t.participations.id, exceptId) : undefined,
  )).get();
  if (clash) fail(attendee.personId != null ? 'personId' : 'organizationId', 'This attendance is already recorded for the event; change the existing one instead.', UserErrorCode.CONFLICT);
}

const rowId = (writer: Writer, table: typeof t.people | typeof t.organizations, id: string | null | undefined, field: string) =>
  id == null ? id : existing(writer, table, id, field).id;

export function addParticipant(writer: Writer, input: AddParticipantInput) {
  validateInput(input);
  const event = existing(writer, t.events, input.eventId, 'eventId');
  const attendee = {
    eventId: event.id,
    personId: rowId(writer, t.people, input.personId, 'personId') ?? null,
    organizationId: rowId(writer, t.organizations, input.organizationId, 'organizationId') ?? null,
  };
  checkAttendee(writer, attendee);
  return writer.insert(t.participations, { ...attendee, capacity: input.capacity ?? null });
}

export function updateParticipant(writer: Writer, input: UpdateParticipantInput) {
  validateInput(input);
  const current = existing(writer, t.participations, input.id, 'id');
  const { personId, organizationId, capacity } = given(input);
  const patch = {
    personId: rowId(writer, t.people, personId, 'personId'),
    organizationId: rowId(writer, t.organizations, organizationId, 'organizationId'),
    capacity,
  };
  if (Object.values(patch).every((value) => value === undefined)) return current;
  checkAttendee(writer, {
    eventId: current.eventId,
    personId: patch.personId === undefined ? current.personId : patch.personId,
    organizationId: patch.organizationId === undefined ? current.organizationId : patch.organizationId,
  }, current.id);
  return writer.update(t.participations, current.id, patch)!;
}

export function removeParticipant(writer: Writer, input: { id: string }) {
  const current = existing(writer, t.participations, input.id, 'id');
  for (const { id } of writer.read.select({ id: t.citations.id }).from(t.citations).where(eq(t.citations.participationId, current.id)).all()) {
    writer.remove(t.citations, id);
  }
  return writer.remove(t.participations, current.id)!;
}
