import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { SourceKind } from '../../db/enums.js';
import type { SourceRow } from '../../db/schema.js';
import { Connection } from '../../shared/connection.type.js';
import { PartialDateScalar } from '../../shared/partial-date.scalar.js';
import { Node } from '../node/node.type.js';
import { Recorded } from '../history/recorded.type.js';

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

@ObjectType({ implements: [Node, Recorded], description: 'A document the registry learned facts from: an article, a release, a reference work.' })
export class Source extends Node
  implements Pick<SourceRow, 'handle' | 'kind' | 'title' | 'publisher' | 'url' | 'lang' | 'publishedDate' | 'retrievedDate' | 'text' | 'note'> {
  @Field(() => String, { description: 'A stable human-readable key, e.g. `astana-article`.' })
  handle!: string;

  @Field(() => SourceKind, { description: 'What kind of document this is.' })
  kind!: SourceKind;

  @Field(() => String, { description: 'The title, in the language of the source.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Who published it, when known.' })
  publisher!: string | null;

  @Field(() => String, { nullable: true, description: 'Where it can be read, when it is online.' })
  url!: string | null;

  @Field(() => String, { description: 'The BCP-47 language tag of the text, e.g. `ar`.' })
  lang!: string;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When it was published, as far as known.' })
  publishedDate!: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When the registry retrieved it.' })
  retrievedDate!: string | null;

  @Field(() => String, { nullable: true, description: 'The full text, as retrieved.' })
  text!: string | null;

  @Field(() => String, { nullable: true, description: "An editor's note on the source: its reliability, its history." })
  note!: string | null;
}

export const SourceConnection = Connection(Source, 'Source');
