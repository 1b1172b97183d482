/** The arguments of every connection of Name items: filter, order, point in time, page. */
import { eq, or, sql } from 'drizzle-orm';
import { NameKind } from '../../db/enums.js';
import * as t from '../../db/schema.js';
import { filterBy, ListOf } from '../../shared/list.js';
import { sortable } from '../../shared/order.js';

/** Names in this language: the tag itself or any of its subtags (`kk` matches `kk-Cyrl`). */
function inLanguage(lang: string) {
  const tag = lang.trim().toLowerCase();
  return or(sql`lower(${t.names.lang}) = ${tag}`, sql`lower(${t.names.lang}) LIKE ${`${tag}-%`}`);
}

export const nameList = ListOf(t.names, {
  plural: 'names',
  filter: {
    lang: filterBy(() => String, 'In this language: `ar` matches `ar` and `ar-*`.', (lang: string) => lang && inLanguage(lang)),
    kind: filterBy(() => NameKind, 'Of this kind.', (kind: NameKind) => eq(t.names.kind, kind)),
  },
  order: {
    VALUE: ['The name itself.', t.names.value],
    LANG: ['The language tag.', t.names.lang],
    START_DATE: ['When it came into use; unknown first when ascending.', sortable(t.names.startDate)],
  },
  asOf: {
    description: 'Only names that may have been in effect at this date (see the README for partial dates). All of history when omitted.',
    start: t.names.startDate,
    end: t.names.endDate,
  },
});
export const NameArgs = nameList.Args;
export type NameArgs = InstanceType<typeof NameArgs>;
export const nameSelection = nameList.selection;
