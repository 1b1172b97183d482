import { ObjectType } from 'type-graphql';
import * as t from '../../db/schema.js';
import { ColumnFields } from '../../shared/column-fields.js';
import { Connection } from '../../shared/connection.type.js';
import { Node } from '../node/node.type.js';

@ObjectType({ description: 'A source backing one fact, with the words that support it.' })
@ColumnFields(t.citations, {
  quote: "The supporting words, quoted exactly in the source's own language.",
  quoteTranslation: 'A literal English translation of the quote, errors included.',
  confidence: 'How far this source can be trusted on this fact.',
  correction: "What the source says wrongly and what it means, e.g. a translation error; null when it is right.",
  note: "An editor's note on the citation.",
})
export class Citation extends Node {}

export const CitationConnection = Connection(Citation, 'Citation');
