import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { NameKind } from '../../db/enums.js';
import type { NameRow } from '../../db/schema.js';
import { Connection } from '../../shared/connection.type.js';
import { PartialDateScalar } from '../../shared/partial-date.scalar.js';
import { Cited } from '../citation/cited.type.js';
import { Dated } from '../dated/dated.type.js';
import { Node } from '../node/node.type.js';
import { Recorded } from '../history/recorded.type.js';

registerEnumType(NameKind, {
  name: 'NameKind',
  description: 'What a name is to the thing it names.',
  valuesConfig: {
    OFFICIAL: { description: 'The official name in that language.' },
    SHORT: { description: 'A short name or acronym, e.g. `NOC RK`.' },
    ALIAS: { description: 'Another name in use, including how a source spells it.' },
    FORMER: { description: 'A name no longer in use (see the dates), e.g. `FINA`.' },
    TRANSLITERATION: { description: 'The name written in another script by transliteration.' },
  },
});

@ObjectType({ implements: [Node, Cited, Dated, Recorded], description: 'A name in one language and script, with its kind and the dates it was in use.' })
export class Name extends Node implements Pick<NameRow, 'value' | 'lang' | 'kind' | 'startDate' | 'endDate' | 'note'> {
  @Field(() => String, { description: 'The name as written.' })
  value!: string;

  @Field(() => String, { description: 'The BCP-47 language tag, with a script subtag where it matters, e.g. `kk-Cyrl`.' })
  lang!: string;

  @Field(() => NameKind, { description: 'What this name is.' })
  kind!: NameKind;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When the name came into use, as far as known.' })
  startDate!: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When the name went out of use; null while it is in use.' })
  endDate!: string | null;

  @Field(() => String, { nullable: true, description: "An editor's note, e.g. which source uses this spelling." })
  note!: string | null;
}

export const NameConnection = Connection(Name, 'Name');
