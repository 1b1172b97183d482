import { ObjectType } from 'type-graphql';
import * as t from '../../db/schema.js';
import { ColumnFields } from '../../shared/column-fields.js';
import { Connection } from '../../shared/connection.type.js';
import { Dated } from '../dated/dated.type.js';
import { Node } from '../node/node.type.js';

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
