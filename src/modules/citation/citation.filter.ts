/** The SQL behind the filter and orderBy arguments of Citation connections. */
import { isNotNull, isNull, sql } from 'drizzle-orm';
import * as t from '../../db/schema.js';
import { atLeast, inKeys, whereOf } from '../../shared/filter.js';
import { selectionOf } from '../../shared/order.js';
import type { CitationArgs, CitationFilter } from './citation.args.js';

const confidenceRank = sql`CASE ${t.citations.confidence} WHEN 'low' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END`;

export function citationWhere(filter: CitationFilter | null | undefined) {
  return whereOf(filter, (f) => [
    f.minConfidence && inKeys(t.citations.confidence, JSON.stringify(atLeast(f.minConfidence))),
    f.hasCorrection != null && (f.hasCorrection ? isNotNull(t.citations.correction) : isNull(t.citations.correction)),
    f.source && sql`${t.citations.sourceId} IN (SELECT ${t.sources.id} FROM ${t.sources} WHERE ${t.sources.handle} = ${f.source})`,
  ]);
}

export function citationSelection(args: CitationArgs) {
  return selectionOf(args, citationWhere, {
    CONFIDENCE: confidenceRank,
  });
}
