import { ObjectType } from 'type-graphql';
import * as t from '../../db/schema.js';
import { ColumnFields } from '../../shared/column-fields.js';
import { ListOf, equalTo, inLanguage } from '../../shared/list.js';
import { sortable } from '../../shared/order.js';
import { Node } from '../node/node.type.js';

@ObjectType({ description: 'A document the registry learned facts from: an article, a release, a reference work.' })
@ColumnFields(t.sources, {
  handle: 'A stable human-readable key, e.g. `astana-article`.',
  kind: 'What kind of document this is.',
  title: 'The title, in the language of the source.',
  publisher: 'Who published it, when known.',
  url: 'Where it can be read, when it is online.',
  lang: 'The BCP-47 language tag of the text, e.g. `ar`.',
  publishedDate: 'When it was published, as far as known.',
  retrievedDate: 'When the registry retrieved it.',
  text: 'The full text, as retrieved.',
  note: "An editor's note on the source: its reliability, its history.",
})
export class Source extends Node {}

export const sourceList = ListOf(Source, {
  plural: 'sources',
  filter: {
    kind: equalTo(t.sources.kind, 'Of this kind.'),
    lang: inLanguage(t.sources.lang, 'In this language, a BCP 47 tag: `ar` matches `ar` and `ar-*`.'),
  },
  order: {
    PUBLISHED_DATE: ['When published; unknown first when ascending.', sortable(t.sources.publishedDate)],
    TITLE: ['The title.', t.sources.title],
  },
});
