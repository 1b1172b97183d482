/** The arguments of every connection of EventOrganizer items: filter, order, page. */
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { Confidence, OrganizerRole } from '../../db/enums.js';
import { ConnectionArgs } from '../../shared/connection.type.js';
import { OrderInput } from '../../shared/order.js';

@InputType({ description: 'Conditions on organiser roles; every field given must hold.' })
export class EventOrganizerFilter {
  @Field(() => OrganizerRole, { nullable: true, description: 'With this role.' })
  role?: OrganizerRole | null;

  @Field(() => Boolean, { nullable: true, description: 'When true, only organiser roles a source is cited for; when false, only those with none.' })
  hasSource?: boolean | null;

  @Field(() => Confidence, { nullable: true, description: 'Only organiser roles cited at least this confidently.' })
  minConfidence?: Confidence | null;

  @Field(() => [EventOrganizerFilter], { nullable: true, description: 'Each of these filters must hold too.' })
  and?: EventOrganizerFilter[] | null;

  @Field(() => [EventOrganizerFilter], { nullable: true, description: 'At least one of these filters must hold too.' })
  or?: EventOrganizerFilter[] | null;
}

export enum EventOrganizerOrderField {
  ROLE = 'ROLE',
}
registerEnumType(EventOrganizerOrderField, {
  name: 'EventOrganizerOrderField',
  description: 'What organiser roles can be ordered by.',
  valuesConfig: {
    ROLE: { description: 'The role, alphabetically.' },
  },
});
export const EventOrganizerOrder = OrderInput('EventOrganizer', EventOrganizerOrderField);

@ArgsType()
export class EventOrganizerArgs extends ConnectionArgs(EventOrganizerFilter, EventOrganizerOrder) {}
