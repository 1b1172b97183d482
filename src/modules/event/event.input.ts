/** Inputs of the event mutations, with their field rules. */
import { IsOptional, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { EventKind, EventStatus } from '../../db/enums.js';
import type { EventRow } from '../../db/schema.js';
import { PartialDateScalar } from '../../shared/partial-date.scalar.js';
import { IsCountryCode, IsHandle } from '../mutation/validate.js';
import { IdInput, UpdateInputOf } from '../mutation/input.js';

@InputType({ description: 'A new event.' })
export class CreateEventInput implements Partial<Pick<EventRow, 'handle' | 'name' | 'kind' | 'status' | 'startDate' | 'endDate' | 'city' | 'description'>> {
  @IsHandle()
  @Length(2, 80)
  @Field(() => String, { description: 'A unique, stable key for URLs: lowercase words joined by hyphens, e.g. `astana-meeting-2025`.' })
  handle!: string;

  @Length(1, 300)
  @Field(() => String, { description: 'The English name (1 to 300 characters).' })
  name!: string;

  @Field(() => EventKind, { description: 'What kind of gathering it is.' })
  kind!: EventKind;

  @Field(() => EventStatus, { description: 'Whether it has taken place.' })
  status!: EventStatus;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When it began, as far as known.' })
  startDate?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When it ended; not before `startDate`.' })
  endDate?: string | null;

  @IsOptional()
  @Length(1, 120)
  @Field(() => String, { nullable: true, description: 'The city, in English.' })
  city?: string | null;

  @IsOptional()
  @IsCountryCode()
  @Field(() => String, { nullable: true, description: 'The country it is held in, by IOC or ISO code.' })
  country?: string | null;

  @Field(() => ID, { nullable: true, description: 'The larger event it is part of, e.g. a tour.' })
  parentId?: string | null;

  @IsOptional()
  @Length(1, 2000)
  @Field(() => String, { nullable: true, description: 'What happened or is planned, in English.' })
  description?: string | null;
}

export const UpdateEventInput = UpdateInputOf(CreateEventInput, {
  name: 'UpdateEventInput',
  description: 'Changes to an event: fields left out stay as they are; null clears an optional field.',
  id: 'The event to change.',
  descriptions: { parentId: 'A new larger event: neither the event itself nor one of its sub-events. Null clears it.' },
});
export type UpdateEventInput = InstanceType<typeof UpdateEventInput>;

export const DeleteEventInput = IdInput('DeleteEventInput', 'An event to delete.', 'The event to delete. No agreement may have arisen at it and it may have no sub-events; its organisers, participants, names and citations go with it.');
export type DeleteEventInput = InstanceType<typeof DeleteEventInput>;
