import { ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../../db/enums.js';
import * as t from '../../db/schema.js';
import { ColumnFields } from '../../shared/column-fields.js';
import { Connection } from '../../shared/connection.type.js';
import { Dated } from '../dated/dated.type.js';
import { Node } from '../node/node.type.js';

registerEnumType(Role, {
  name: 'Role',
  description: 'The role a person holds in an organisation.',
  valuesConfig: {
    PRESIDENT: { description: 'Heads the organisation; one holder at a time.' },
    VICE_PRESIDENT: { description: 'Deputy to the president; there may be several.' },
    SECRETARY_GENERAL: { description: 'Heads the secretariat; one holder at a time.' },
    DIRECTOR_GENERAL: { description: 'Heads the executive staff.' },
    MINISTER: { description: 'Heads a government ministry.' },
    TREASURER: { description: 'Keeps the finances.' },
    MEMBER: { description: 'A member of a board, council or commission.' },
    OTHER: { description: 'Any other role: see the label.' },
  },
});

@ObjectType({ implements: Dated, description: 'A post a person holds in an organisation (a Popolo membership with a role), dated.' })
@ColumnFields(t.posts, {
  role: 'The role, e.g. PRESIDENT.',
  label: 'The title as used, e.g. `President of the National Olympic Committee of the Republic of Kazakhstan`.',
  startDate: 'When the person took the post, as far as known.',
  endDate: 'When the person left the post; null while they hold it (or when unknown).',
})
export class Post extends Node {}

export const PostConnection = Connection(Post, 'Post');
