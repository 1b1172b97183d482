/** Writes to sports. Each function runs inside one write (see shared/write.ts). */
import { and, eq, ne } from 'drizzle-orm';
import * as t from '../../db/schema.js';
import { fail, UserErrorCode, type Writer } from '../../shared/write.js';
import { mergeRecords } from '../mutation/merge.js';
import { existing } from '../mutation/ids.js';
import { deleteRecord } from '../mutation/remove-cited.js';
import { given, patchOf } from '../mutation/rules.js';
import { validateInput } from '../mutation/validate.js';
import type { CreateSportInput, DeleteSportInput, MergeSportsInput, UpdateSportInput } from './sport.input.js';

/** Codes are unique, merged-away sports' included (their codes lead to their survivor); `exceptId` is the sport being changed. */
function uniqueCode(writer: Writer, code: string, exceptId?: number): void {
  const clash = writer.read.select().from(t.sports).where(and(eq(t.sports.code, code), exceptId ? ne(t.sports.id, exceptId) : undefined)).get();
  if (clash) fail('code', `The code "${code}" is taken by the sport "${clash.name}"; choose another.`, UserErrorCode.CONFLICT);
}

/**
 * The row id of the parent `parentId` names (null clears it): not the sport itself, nor one of
 * its disciplines at any depth, or the hierarchy would form a cycle.
 */
function parentOf(writer: Writer, parentId: string | null | undefined, sport?: t.SportRow): number | null | undefined {
  if (parentId == null) return parentId;
  const parent = existing(writer, t.sports, parentId, 'parentId');
  if (!sport) return parent.id;
  const chain = [parent];
  for (let row: t.SportRow | null = parent; row; row = row.parentId != null && chain.length <= 64 ? writer.find(t.sports, row.parentId) : null) {
    if (row !== parent) chain.push(row);
    if (row.id === sport.id) {
      const path = chain.map((r) => `"${r.code}"`).join(' < ');
      fail('parentId', `"${sport.code}" cannot be a discipline of "${parent.code}": that sport is ${parent.id === sport.id ? 'the sport itself' : `already below it (${path})`}, so the hierarchy would form a cycle. Choose another parent.`, UserErrorCode.CONFLICT);
    }
  }
  return parent.id;
}

export function createSport(writer: Writer, input: CreateSportInput) {
  validateInput(input);
  uniqueCode(writer, input.code);
  const { parentId, ...fields } = input;
  return writer.insert(t.sports, { ...fields, parentId: parentOf(writer, parentId) });
}

export function updateSport(writer: Writer, input: UpdateSportInput) {
  validateInput(input);
  const current = existing(writer, t.sports, input.id, 'id');
  const { parentId, ...fields } = given(input);
  const patch = patchOf(writer, t.sports, current, fields);
  if (patch.code) uniqueCode(writer, patch.code, current.id);
  return writer.update(t.sports, current.id, { ...patch, parentId: parentOf(writer, parentId, current) })!;
}

export function deleteSport(writer: Writer, input: DeleteSportInput) {
  const current = existing(writer, t.sports, input.id, 'id');
  return deleteRecord(writer, t.sports, current, 'move them to another sport first, or merge the sport into another.');
}

export function mergeSports(writer: Writer, input: MergeSportsInput) {
  return mergeRecords(writer, t.sports, input);
}
