/** The SQL behind the filter and orderBy arguments of Name connections. */
import { eq, or, sql } from 'drizzle-orm';
import * as t from '../../db/schema.js';
import { inEffect, whereOf } from '../../shared/filter.js';
import { selectionOf, sortable } from '../../shared/order.js';
import { sourceConditions } from '../citation/citation.targets.js';
import type { NameArgs, NameFilter } from './name.args.js';

/** Names in this language: the tag itself or any of its subtags (`kk` matches `kk-Cyrl`). */
function inLanguage(lang: string) {
  const tag = lang.trim().toLowerCase();
  return or(sql`lower(${t.names.lang}) = ${tag}`, sql`lower(${t.names.lang}) LIKE ${`${tag}-%`}`);
}

export function nameWhere(filter: NameFilter | null | undefined) {
  return whereOf(filter, (f) => [
    f.lang && inLanguage(f.lang),
    f.kind && eq(t.names.kind, f.kind),
    ...sourceConditions('Name', t.names.id, f),
  ]);
}

export function nameSelection(args: NameArgs) {
  return selectionOf(args, nameWhere, {
    VALUE: t.names.value,
    LANG: t.names.lang,
    START_DATE: sortable(t.names.startDate),
  }, { where: inEffect(t.names.startDate, t.names.endDate, args.asOf), key: args.asOf ?? null });
}
