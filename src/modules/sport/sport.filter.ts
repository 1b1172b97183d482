/** The SQL behind the filter and orderBy arguments of Sport connections. */
import { isNotNull, isNull } from 'drizzle-orm';
import * as t from '../../db/schema.js';
import { whereOf } from '../../shared/filter.js';
import { selectionOf } from '../../shared/order.js';
import type { SportArgs, SportFilter } from './sport.args.js';

export function sportWhere(filter: SportFilter | null | undefined) {
  return whereOf(filter, (f) => [
    f.topLevel != null && (f.topLevel ? isNull(t.sports.parentId) : isNotNull(t.sports.parentId)),
  ]);
}

export function sportSelection(args: SportArgs) {
  return selectionOf(args, sportWhere, {
    NAME: t.sports.name,
    CODE: t.sports.code,
  });
}
