import { ObjectType, registerEnumType } from 'type-graphql';
import { NameKind } from '../../db/enums.js';
import * as t from '../../db/schema.js';
import { ColumnFields } from '../../shared/column-fields.js';
import { Connection } from '../../shared/connection.type.js';
import { Dated } from '../dated/dated.type.js';
import { Node } from '../node/node.type.js';

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

@ObjectType({ implements: Dated, description: 'A name in one language and script, with its kind and the dates it was in use.' })
@ColumnFields(t.names, {
  value: 'The name as written.',
  lang: 'The BCP-47 language tag, with a script subtag where it matters, e.g. `kk-Cyrl`.',
  kind: 'What this name is.',
  startDate: 'When the name came into use, as far as known.',
  endDate: 'When the name went out of use; null while it is in use.',
  note: "An editor's note, e.g. which source uses this spelling.",
})
export class Name extends Node {}

export const NameConnection = Connection(Name, 'Name');
