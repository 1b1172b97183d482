/** The arguments of every connection of Citation items: filter, order, page. */
import { isNotNull, isNull, sql } from 'drizzle-orm';
import { Confidence } from '../../db/enums.js';
import * as t from '../../db/schema.js';
import { atLeast, inKeys } from '../../shared/filter.js';
import { filterBy, ListOf } from '../../shared/list.js';

const confidenceRank = sql`CASE ${t.citations.confidence} WHEN 'low' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END`;

export const citationList = ListOf(t.citations, {
  plural: 'citations',
  filter: {
    minConfidence: filterBy(() => Confidence, 'At least this confident.', (minimum: Confidence) =>
      inKeys(t.citations.confidence, JSON.stringify(atLeast(minimum)))),
    hasCorrection: filterBy(() => Boolean, 'When true, only citations that correct their source; when false, only those that do not.', (hasCorrection: boolean) =>
      hasCorrection ? isNotNull(t.citations.correction) : isNull(t.citations.correction)),
    source: filterBy(() => String, 'From the source with this handle.', (handle: string) =>
      handle && sql`${t.citations.sourceId} IN (SELECT ${t.sources.id} FROM ${t.sources} WHERE ${t.sources.handle} = ${handle})`),
  },
  order: {
    CONFIDENCE: ['Confidence, from low to high.', confidenceRank],
  },
});
export const CitationArgs = citationList.Args;
export type CitationArgs = InstanceType<typeof CitationArgs>;
export const citationSelection = citationList.selection;
