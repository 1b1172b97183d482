/** Writes to sports. Each function runs inside one write (see shared/write.ts). */
import * as t from '../../db/schema.js';
import type { Writer } from '../../shared/write.js';
import { type MergeInput, mergeRecords } from '../mutation/merge.js';
import { recordWrites } from '../mutation/record-writes.js';
import { parentIn } from '../mutation/rules.js';
import { CreateSportInput } from './sport.input.js';

export const sportWrites = recordWrites(t.sports, CreateSportInput, {
  columns: { from: ['parentId'], to: (writer, { parentId }, sport) => ({ parentId: parentIn(writer, t.sports, parentId, sport) }) },
  deleteRemedy: 'move them to another sport first, or merge the sport into another.',
});

export function mergeSports(writer: Writer, input: MergeInput) {
  return mergeRecords(writer, t.sports, input);
}
