/** The SQL behind the filter and orderBy arguments of Post connections. */
import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { Role } from '../../db/enums.js';
import * as t from '../../db/schema.js';
import { dateWithin, inEffect, inKeys, whereOf } from '../../shared/filter.js';
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

/** The roles that lead an organisation, in the order `leaders` lists them. */
const leaderRoles = [Role.PRESIDENT, Role.MINISTER, Role.SECRETARY_GENERAL, Role.DIRECTOR_GENERAL];

/** Posts that lead their organisation and may have been held at `asOf`, heads first. */
export function leaderSelection(asOf: string) {
  const rank = sql`CASE ${t.posts.role} ${sql.join(leaderRoles.map((role, i) => sql`WHEN ${role} THEN ${i}`), sql` `)} END`;
  return {
    where: and(inKeys(t.posts.role, JSON.stringify(leaderRoles)), inEffect(t.posts.startDate, t.posts.endDate, asOf)),
    order: { key: 'LEADERS', keys: [{ expr: rank, desc: false }] },
    key: ['leaders', asOf],
  };
}
