/** Inputs of the sport mutations, with their field rules. */
import { ID, InputType } from 'type-graphql';
import type { SportRow } from '../../db/schema.js';
import { Input } from '../mutation/fields.js';
import { IdInput, MergeInputOf, UpdateInputOf } from '../mutation/input.js';

@InputType({ description: 'A new sport or discipline.' })
export class CreateSportInput implements Partial<Omit<SportRow, 'parentId'>> {
  @Input.handle('A unique, stable lowercase code: words joined by hyphens, e.g. `water-polo`.', 60)
  code!: string;

  @Input(String, 'The English name (1 to 200 characters).', { length: [1, 200] })
  name!: string;

  @Input(ID, 'The sport it is a discipline of (`aquatics` for swimming); none for a top-level sport. Not the sport itself, nor one of its disciplines.', { optional: true })
  parentId?: string | null;
}

export const UpdateSportInput = UpdateInputOf(CreateSportInput, {
  name: 'UpdateSportInput',
  description: 'Changes to a sport: fields left out stay as they are; null clears an optional field (`parentId: null` makes it top-level).',
  id: 'The sport to change.',
});

export const DeleteSportInput = IdInput(
  'DeleteSportInput',
  'A sport to delete.',
  'The sport to delete. It may have no disciplines and no organisations left: move them or merge the sport into another first.',
);

export const MergeSportsInput = MergeInputOf('MergeSportsInput', 'Two records of the same sport: everything of the second moves to the first.', {
  survivor: 'The sport that stays; it keeps its code and fields.',
  merged: 'The duplicate. Its disciplines, organisations, names and citations move to the survivor; its id and code then lead to the survivor.',
});
