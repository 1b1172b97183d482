/** The SQL behind the filter and orderBy arguments of Source connections. */
import { eq } from 'drizzle-orm';
import * as t from '../../db/schema.js';
import { whereOf } from '../../shared/filter.js';
import { selectionOf, sortable } from '../../shared/order.js';
import type { SourceArgs, SourceFilter } from './source.args.js';

export function sourceWhere(filter: SourceFilter | null | undefined) {
  return whereOf(filter, (f) => [
    f.kind && eq(t.sources.kind, f.kind),
    f.lang && eq(t.sources.lang, f.lang),
  ]);
}

export function sourceSelection(args: SourceArgs) {
  return selectionOf(args, sourceWhere, {
    PUBLISHED_DATE: sortable(t.sources.publishedDate),
    TITLE: t.sources.title,
  });
}
