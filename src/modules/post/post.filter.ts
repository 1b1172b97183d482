/** The SQL behind the filter and orderBy arguments of Post connections. */
import { eq, isNotNull, isNull } from 'drizzle-orm';
import * as t from '../../db/schema.js';
import { dateWithin, inEffect, whereOf } from '../../shared/filter.js';
import { selectionOf, sortable } from '../../shared/order.js';
import { sourceConditions } from '../citation/citation.targets.js';
import type { PostArgs, PostFilter } from './post.args.js';

export function postWhere(filter: PostFilter | null | undefined) {
  return whereOf(filter, (f) => [
    f.role && eq(t.posts.role, f.role),
    f.current != null && (f.current ? isNull(t.posts.endDate) : isNotNull(t.posts.endDate)),
    dateWithin(t.posts.startDate, f.started),
    ...sourceConditions('Post', t.posts.id, f),
  ]);
}

export function postSelection(args: PostArgs) {
  return selectionOf(args, postWhere, {
    START_DATE: sortable(t.posts.startDate),
    END_DATE: sortable(t.posts.endDate),
    ROLE: t.posts.role,
  }, { where: inEffect(t.posts.startDate, t.posts.endDate, args.asOf), key: args.asOf ?? null });
}
