import { and, isNotNull, isNull, sql } from 'drizzle-orm';
import { ObjectType } from 'type-graphql';
import { Role } from '../../db/enums.js';
import * as t from '../../db/schema.js';
import { ColumnFields } from '../../shared/column-fields.js';
import { DateRange } from '../../shared/date-range.input.js';
import { dateWithin, inEffect, inKeys } from '../../shared/filter.js';
import { ListOf, equalTo, filterBy } from '../../shared/list.js';
import { sortable } from '../../shared/order.js';
import { Node } from '../node/node.type.js';

@ObjectType({ description: 'A post a person holds in an organisation (a Popolo membership with a role), dated.' })
@ColumnFields(t.posts, {
  role: 'The role, e.g. PRESIDENT.',
  label: 'The title as used, e.g. `President of the National Olympic Committee of the Republic of Kazakhstan`.',
  startDate: 'When the person took the post, as far as known.',
  endDate: 'When the person left the post; null while they hold it (or when unknown).',
})
export class Post extends Node {}

export const postList = ListOf(Post, {
  plural: 'posts',
  filter: {
    role: equalTo(t.posts.role, 'With this role.'),
    current: filterBy(() => Boolean, 'When true, only posts with no end date; when false, only ended ones.', (current: boolean) =>
      current ? isNull(t.posts.endDate) : isNotNull(t.posts.endDate)),
    started: filterBy(() => DateRange, 'Taken up within this range.', (range: DateRange) => dateWithin(t.posts.startDate, range)),
  },
  order: {
    START_DATE: ['When the post was taken up; unknown first when ascending.', sortable(t.posts.startDate)],
    END_DATE: ['When the post was left; open posts first when ascending.', sortable(t.posts.endDate)],
    ROLE: ['The role, alphabetically.', t.posts.role],
  },
});

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
