import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../../db/enums.js';
import type { PostRow } from '../../db/schema.js';
import { Connection } from '../../shared/connection.type.js';
import { PartialDateScalar } from '../../shared/partial-date.scalar.js';
import { Cited } from '../citation/cited.type.js';
import { Dated } from '../dated/dated.type.js';
import { Node } from '../node/node.type.js';
import { Recorded } from '../history/recorded.type.js';

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

@ObjectType({ implements: [Node, Cited, Dated, Recorded], description: 'A post a person holds in an organisation (a Popolo membership with a role), dated.' })
export class Post extends Node implements Pick<PostRow, 'role' | 'label' | 'startDate' | 'endDate'> {
  @Field(() => Role, { description: 'The role, e.g. PRESIDENT.' })
  role!: Role;

  @Field(() => String, { nullable: true, description: 'The title as used, e.g. `President of the National Olympic Committee of the Republic of Kazakhstan`.' })
  label!: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When the person took the post, as far as known.' })
  startDate!: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When the person left the post; null while they hold it (or when unknown).' })
  endDate!: string | null;
}

export const PostConnection = Connection(Post, 'Post');
