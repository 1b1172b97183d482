/** Inputs of the event mutations, with their field rules. */
import { ID, InputType } from 'type-graphql';
import { EventKind, EventStatus } from '../../db/enums.js';
import type { EventRow } from '../../db/schema.js';
import { Input } from '../mutation/fields.js';
import { IdInput, UpdateInputOf } from '../mutation/input.js';

@InputType({ description: 'A new event.' })
export class CreateEventInput implements Partial<Pick<EventRow, 'handle' | 'name' | 'kind' | 'status' | 'startDate' | 'endDate' | 'city' | 'description'>> {
  @Input.handle('A unique, stable key for URLs: lowercase words joined by hyphens, e.g. `astana-meeting-2025`.', 80)
  handle!: string;

  @Input(String, 'The English name (1 to 300 characters).', { length: [1, 300] })
  name!: string;

  @Input(EventKind, 'What kind of gathering it is.')
  kind!: EventKind;

  @Input(EventStatus, 'Whether it has taken place.')
  status!: EventStatus;

  @Input.date('When it began, as far as known.', { optional: true })
  startDate?: string | null;

  @Input.date('When it ended; not before `startDate`.', { optional: true })
  endDate?: string | null;

  @Input(String, 'The city, in English.', { optional: true, length: [1, 120] })
  city?: string | null;

  @Input.countryCode('The country it is held in', { optional: true })
  country?: string | null;

  @Input(ID, 'The larger event it is part of, e.g. a tour.', { optional: true })
  parentId?: string | null;

  @Input(String, 'What happened or is planned, in English.', { optional: true, length: [1, 2000] })
  description?: string | null;
}

export const UpdateEventInput = UpdateInputOf(CreateEventInput, {
  name: 'UpdateEventInput',
  description: 'Changes to an event: fields left out stay as they are; null clears an optional field.',
  id: 'The event to change.',
  descriptions: { parentId: 'A new larger event: neither the event itself nor one of its sub-events. Null clears it.' },
});

export const DeleteEventInput = IdInput('DeleteEventInput', 'An event to delete.', 'The event to delete. No agreement may have arisen at it and it may have no sub-events; its organisers, participants, names and citations go with it.');
