import { createUnionType } from 'type-graphql';
import { rowType, type TaggedRow } from '../../shared/node-registry.js';
import { Affiliation } from '../affiliation/affiliation.type.js';
import { AgreementParty } from '../agreement/agreement-party.type.js';
import { Agreement } from '../agreement/agreement.type.js';
import { EventOrganizer } from '../event/event-organizer.type.js';
import { Event } from '../event/event.type.js';
import { Participation } from '../event/participation.type.js';
import { Name } from '../name/name.type.js';
import { Organization } from '../organization/organization.type.js';
import { Person } from '../person/person.type.js';
import { Post } from '../post/post.type.js';

export const CitedFact = createUnionType({
  name: 'CitedFact',
  description: 'Any fact a citation can support.',
  types: () => [Organization, Person, Name, Affiliation, Post, Event, EventOrganizer, Participation, Agreement, AgreementParty] as const,
  resolveType: (row) => (row as unknown as TaggedRow)[rowType],
});
