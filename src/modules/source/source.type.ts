import { ObjectType, registerEnumType } from 'type-graphql';
import { SourceKind } from '../../db/enums.js';
import * as t from '../../db/schema.js';
import { ColumnFields } from '../../shared/column-fields.js';
import { Connection } from '../../shared/connection.type.js';
import { Node } from '../node/node.type.js';

registerEnumType(SourceKind, {
  name: 'SourceKind',
  description: 'What kind of document a source is.',
  valuesConfig: {
    NEWS_ARTICLE: { description: 'A news article or wire report.' },
    PRESS_RELEASE: { description: 'A press release from the organisation itself.' },
    OFFICIAL_WEBSITE: { description: "A page of the organisation's own website." },
    REFERENCE: { description: 'A reference work, e.g. Wikidata.' },
    RESEARCH_NOTE: { description: "The registry editors' own research notes." },
  },
});

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

export const SourceConnection = Connection(Source, 'Source');
