/** Writes to events. Each function runs inside one write (see shared/write.ts). */
import { eq, inArray, or } from 'drizzle-orm';
import * as t from '../../db/schema.js';
import { fail, UserErrorCode, type Writer } from '../../shared/write.js';
import { existing } from '../mutation/ids.js';
import { countryId, endNotBeforeStart, given, patchOf, uniqueHandle } from '../mutation/rules.js';
import { validateInput } from '../mutation/validate.js';
import type { CreateEventInput, DeleteEventInput, UpdateEventInput } from './event.input.js';

/** The parent's row id; refuses a parent that is the event itself or lies below it (a cycle). */
function parentRowId(writer: Writer, parentId: string | null | undefined, eventId?: number): number | null | undefined {
  if (parentId == null) return parentId;
  const parent = existing(writer, t.events, parentId, 'parentId');
  for (let at: t.EventRow | null = parent; at; at = at.parentId ? writer.find(t.events, at.parentId) : null) {
    if (at.id === eventId) {
      const what = parent.id === eventId ? 'the event itself' : `"${parent.handle}", one of its sub-events`;
      fail('parentId', `The parent cannot be ${what}: events would form a cycle. Choose an event that is not part of this one.`);
    }
  }
  return parent.id;
}

export function createEvent(writer: Writer, input: CreateEventInput) {
  validateInput(input);
  uniqueHandle(writer, t.events, input.handle);
  endNotBeforeStart(input.startDate, input.endDate);
  const { country, parentId, ...fields } = input;
  return writer.insert(t.events, { ...fields, countryId: countryId(writer, country), parentId: parentRowId(writer, parentId) });
}

export function updateEvent(writer: Writer, input: UpdateEventInput) {
  validateInput(input);
  const current = existing(writer, t.events, input.id, 'id');
  const { country, parentId, ...fields } = given(input);
  if (!Object.keys(given(input)).length) return current;
  const patch = patchOf(writer, t.events, current, fields);
  endNotBeforeStart(patch.startDate !== undefined ? patch.startDate : current.startDate, patch.endDate !== undefined ? patch.endDate : current.endDate);
  return writer.update(t.events, current.id, { ...patch, countryId: countryId(writer, country), parentId: parentRowId(writer, parentId, current.id) })!;
}

const ids = (rows: { id: number }[]) => rows.map((row) => row.id);

export function deleteEvent(writer: Writer, input: DeleteEventInput) {
  const current = existing(writer, t.events, input.id, 'id');
  const agreements = writer.read.select({ id: t.agreements.id }).from(t.agreements).where(eq(t.agreements.originEventId, current.id)).all();
  const subEvents = writer.read.select({ id: t.events.id }).from(t.events).where(eq(t.events.parentId, current.id)).all();
  if (agreements.length || subEvents.length) {
    const list = [agreements.length && `${agreements.length} agreements that arose at it`, subEvents.length && `${subEvents.length} sub-events`].filter(Boolean).join(' and ');
    fail('id', `"${current.handle}" still has ${list}; delete them or point them at another event first.`, UserErrorCode.CONFLICT);
  }
  // Its own facts go with it, each recorded so a revert can restore them: citations first, then
  // the rows they cite (the database would otherwise cascade them away unrecorded).
  const organizers = ids(writer.read.select({ id: t.eventOrganizers.id }).from(t.eventOrganizers).where(eq(t.eventOrganizers.eventId, current.id)).all());
  const participations = ids(writer.read.select({ id: t.participations.id }).from(t.participations).where(eq(t.participations.eventId, current.id)).all());
  const names = ids(writer.read.select({ id: t.names.id }).from(t.names).where(eq(t.names.eventId, current.id)).all());
  const citations = writer.read.select({ id: t.citations.id }).from(t.citations).where(or(
    eq(t.citations.eventId, current.id),
    inArray(t.citations.eventOrganizerId, organizers),
    inArray(t.citations.participationId, participations),
    inArray(t.citations.nameId, names),
  )).all();
  for (const id of ids(citations)) writer.remove(t.citations, id);
  for (const id of organizers) writer.remove(t.eventOrganizers, id);
  for (const id of participations) writer.remove(t.participations, id);
  for (const id of names) writer.remove(t.names, id);
  return writer.remove(t.events, current.id)!;
}
