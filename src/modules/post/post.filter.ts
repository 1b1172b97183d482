import { eq, isNotNull, isNull } from 'drizzle-orm';
import { posts } from '../../db/schema.js';
import { filterOf } from '../../shared/filter.js';
import type { PostsArgs } from './post.type.js';

export function postFilter(args: PostsArgs) {
  return filterOf({ ...args }, [
    args.role && eq(posts.role, args.role),
    args.current != null && (args.current ? isNull(posts.endDate) : isNotNull(posts.endDate)),
  ]);
}
