import { ObjectType } from 'type-graphql';
import * as t from '../../db/schema.js';
import { ColumnFields } from '../../shared/column-fields.js';
import { Connection } from '../../shared/connection.type.js';
import { Dated } from '../dated/dated.type.js';
import { Node } from '../node/node.type.js';

@ObjectType({ implements: Dated, description: 'A post a person holds in an organisation (a Popolo membership with a role), dated.' })
@ColumnFields(t.posts, {
  role: 'The role, e.g. PRESIDENT.',
  label: 'The title as used, e.g. `President of the National Olympic Committee of the Republic of Kazakhstan`.',
  startDate: 'When the person took the post, as far as known.',
  endDate: 'When the person left the post; null while they hold it (or when unknown).',
})
export class Post extends Node {}

export const PostConnection = Connection(Post, 'Post');
