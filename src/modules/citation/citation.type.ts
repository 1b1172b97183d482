import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Confidence } from '../../db/enums.js';
import type { CitationRow } from '../../db/schema.js';
import { Connection } from '../../shared/connection.type.js';
import { Node } from '../node/node.type.js';
import { Recorded } from '../history/recorded.type.js';

registerEnumType(Confidence, {
  name: 'Confidence',
  description: 'How far a source can be trusted on one fact.',
  valuesConfig: {
    HIGH: { description: 'Stated plainly and consistent with other sources.' },
    MEDIUM: { description: 'Reported, but not yet confirmed elsewhere, or read from an ambiguous wording.' },
    LOW: { description: 'Uncertain: one candidate reading among several, or a claim no other source confirms.' },
  },
});

@ObjectType({ implements: [Node, Recorded], description: 'A source backing one fact, with the words that support it.' })
export class Citation extends Node implements Pick<CitationRow, 'quote' | 'quoteTranslation' | 'confidence' | 'correction' | 'note'> {
  @Field(() => String, { nullable: true, description: "The supporting words, quoted exactly in the source's own language." })
  quote!: string | null;

  @Field(() => String, { nullable: true, description: 'A literal English translation of the quote, errors included.' })
  quoteTranslation!: string | null;

  @Field(() => Confidence, { description: 'How far this source can be trusted on this fact.' })
  confidence!: Confidence;

  @Field(() => String, { nullable: true, description: "What the source says wrongly and what it means, e.g. a translation error; null when it is right." })
  correction!: string | null;

  @Field(() => String, { nullable: true, description: "An editor's note on the citation." })
  note!: string | null;
}

export const CitationConnection = Connection(Citation, 'Citation');
