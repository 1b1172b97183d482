import { ObjectType } from 'type-graphql';
import * as t from '../../db/schema.js';
import { ColumnFields } from '../../shared/column-fields.js';
import { ListOf, equalTo } from '../../shared/list.js';
import { Node } from '../node/node.type.js';

@ObjectType({ description: 'An organisation that organises, hosts or supports an event.' })
@ColumnFields(t.eventOrganizers, {
  role: 'Organiser, host or supporter.',
})
export class EventOrganizer extends Node {}

export const eventOrganizerList = ListOf(EventOrganizer, {
  plural: 'organiser roles',
  filter: {
    role: equalTo(t.eventOrganizers.role, 'With this role.'),
  },
  order: {
    ROLE: ['The role, alphabetically.', t.eventOrganizers.role],
  },
});
