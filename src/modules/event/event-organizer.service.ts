/** Writes to the organisers of events. Each function runs inside one write (see shared/write.ts). */
import { and, eq } from 'drizzle-orm';
import * as t from '../../db/schema.js';
import { fail, UserErrorCode, type Writer } from '../../shared/write.js';
import { existing } from '../mutation/ids.js';
import type { AddOrganizerInput } from './event-organizer.input.js';

export function addOrganizer(writer: Writer, input: AddOrganizerInput) {
  const event = existing(writer, t.events, input.eventId, 'eventId');
  const organization = existing(writer, t.organizations, input.organizationId, 'organizationId');
  const clash = writer.read.select({ id: t.eventOrganizers.id }).from(t.eventOrganizers).where(and(
    eq(t.eventOrganizers.eventId, event.id), eq(t.eventOrganizers.organizationId, organization.id), eq(t.eventOrganizers.role, input.role),
  )).get();
  if (clash) fail('role', `"${organization.handle}" already has this role at "${event.handle}"; choose another role.`, UserErrorCode.CONFLICT);
  return writer.insert(t.eventOrganizers, { eventId: event.id, organizationId: organization.id, role: input.role });
}

export function removeOrganizer(writer: Writer, input: { id: string }) {
  const current = existing(writer, t.eventOrganizers, input.id, 'id');
  // Its citations go with it, recorded, rather than cascading away unrecorded.
  for (const { id } of writer.read.select({ id: t.citations.id }).from(t.citations).where(eq(t.citations.eventOrganizerId, current.id)).all()) {
    writer.remove(t.citations, id);
  }
  return writer.remove(t.eventOrganizers, current.id)!;
}
