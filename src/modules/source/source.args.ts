/** The arguments of every connection of Source items: filter, order, page. */
import { eq } from 'drizzle-orm';
import { SourceKind } from '../../db/enums.js';
import * as t from '../../db/schema.js';
import { filterBy, ListOf } from '../../shared/list.js';
import { sortable } from '../../shared/order.js';

export const sourceList = ListOf(t.sources, {
  plural: 'sources',
  filter: {
    kind: filterBy(() => SourceKind, 'Of this kind.', (kind: SourceKind) => eq(t.sources.kind, kind)),
    lang: filterBy(() => String, 'In this language (BCP-47 tag).', (lang: string) => lang && eq(t.sources.lang, lang)),
  },
  order: {
    PUBLISHED_DATE: ['When published; unknown first when ascending.', sortable(t.sources.publishedDate)],
    TITLE: ['The title.', t.sources.title],
  },
});
export const SourceArgs = sourceList.Args;
export type SourceArgs = InstanceType<typeof SourceArgs>;
export const sourceSelection = sourceList.selection;
