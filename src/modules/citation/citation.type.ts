import { isNotNull, isNull, sql } from 'drizzle-orm';
import { ObjectType } from 'type-graphql';
import { Confidence } from '../../db/enums.js';
import * as t from '../../db/schema.js';
import { ColumnFields } from '../../shared/column-fields.js';
import { atLeast, inKeys } from '../../shared/filter.js';
import { equalTo, filterBy, ListOf } from '../../shared/list.js';
import { Node } from '../node/node.type.js';

@ObjectType({ description: 'A source backing one fact, with the words that support it.' })
@ColumnFields(t.citations, {
  quote: "The supporting words, quoted exactly in the source's own language.",
  quoteTranslation: 'A literal English translation of the quote, errors included.',
  confidence: 'How far this source can be trusted on this fact. HIGH only for a statement whose quote occurs in the source\'s stored text.',
  kind: 'STATED when the source says the fact; INFERRED when the editors concluded it, with the reasoning in `note`.',
  correction: "What the source says wrongly and what it means, e.g. a translation error; null when it is right.",
  note: "An editor's note on the citation; for an inference, the reasoning.",
})
export class Citation extends Node {}

const confidenceRank = sql`CASE ${t.citations.confidence} WHEN 'low' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END`;

export const citationList = ListOf(Citation, {
  plural: 'citations',
  filter: {
    minConfidence: filterBy(() => Confidence, 'At least this confident.', (minimum: Confidence) =>
      inKeys(t.citations.confidence, JSON.stringify(atLeast(minimum)))),
    hasCorrection: filterBy(() => Boolean, 'When true, only citations that correct their source; when false, only those that do not.', (hasCorrection: boolean) =>
      hasCorrection ? isNotNull(t.citations.correction) : isNull(t.citations.correction)),
    kind: equalTo(t.citations.kind, 'Only citations of this kind: STATED or INFERRED.'),
    source: filterBy(() => String, 'From the source with this handle.', (handle: string) =>
      handle && sql`${t.citations.sourceId} IN (SELECT ${t.sources.id} FROM ${t.sources} WHERE ${t.sources.handle} = ${handle})`),
  },
  order: {
    CONFIDENCE: ['Confidence, from low to high.', confidenceRank],
  },
});
export type CitationArgs = InstanceType<typeof citationList.Args>;
