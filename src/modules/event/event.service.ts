/** Writes to events. Each function runs inside one write (see shared/write.ts). */
import { eq, inArray, or } from 'drizzle-orm';
import * as t from '../../db/schema.js';
import { fail, UserErrorCode, type Writer } from '../../shared/write.js';
import { existing } from '../mutation/ids.js';
import { recordWrites } from '../mutation/record-writes.js';
import { countryId, endNotBeforeStart, parentIn } from '../mutation/rules.js';
import { CreateEventInput } from './event.input.js';

export const eventWrites = recordWrites(t.events, CreateEventInput, {
  columns: {
    from: ['country', 'parentId'],
    to: (writer, { country, parentId }, event) => ({ countryId: countryId(writer, country), parentId: parentIn(writer, t.events, parentId, event) }),
  },
  check: (_, next) => endNotBeforeStart(next.startDate, next.endDate),
  delete: deleteEvent,
});

const ids = (rows: { id: number }[]) => rows.map((row) => row.id);

/** An event is deleted with the facts of its own (organisers, attendances, names, their citations), once no agreement or sub-event points at it. */
function deleteEvent(writer: Writer, input: { id: string }) {
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
