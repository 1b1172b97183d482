/** Inputs of the name mutations, with their field rules. */
import { ID, InputType } from 'type-graphql';
import { NameKind } from '../../db/enums.js';
import { names, type NameRow } from '../../db/schema.js';
import { ownerTypesIn } from '../../shared/node-registry.js';
import { Input } from '../mutation/fields.js';
import { IdInput, UpdateInputOf } from '../mutation/input.js';

@InputType({ description: 'A new name of an organisation, a person, an event, a country or a sport.' })
export class AddNameInput implements Partial<NameRow> {
  @Input(ID, `Whose name it is: the id of ${ownerTypesIn(names)}.`)
  ownerId!: string;

  @Input(String, 'The name as written, in its own script (1 to 300 characters).', { length: [1, 300] })
  value!: string;

  @Input.languageTag('Its BCP-47 language tag, with a script subtag where it matters, e.g. `ar`, `kk-Cyrl`.')
  lang!: string;

  @Input(NameKind, 'What the name is to its owner.')
  kind!: NameKind;

  @Input.date('When the name came into use.', { optional: true })
  startDate?: string | null;

  @Input.date('When the name went out of use; not before `startDate`.', { optional: true })
  endDate?: string | null;

  @Input(String, "An editor's note, e.g. which source uses this spelling.", { optional: true, length: [1, 1000] })
  note?: string | null;
}

export const UpdateNameInput = UpdateInputOf(AddNameInput, {
  name: 'UpdateNameInput',
  description: 'Changes to a name: fields left out stay as they are; null clears an optional field. The owner cannot change.',
  id: 'The name to change.',
  omit: ['ownerId'],
});
export type UpdateNameInput = InstanceType<typeof UpdateNameInput>;

export const DeleteNameInput = IdInput('DeleteNameInput', 'A name to delete.', 'The name to delete; its citations go with it.');
