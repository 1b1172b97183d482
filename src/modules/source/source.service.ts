/** Writes to sources. Each function runs inside one write (see shared/write.ts). */
import { eq } from 'drizzle-orm';
import * as t from '../../db/schema.js';
import { fail, UserErrorCode, type Writer } from '../../shared/write.js';
import { existing } from '../mutation/ids.js';
import { endNotBeforeStart, given, patchOf, uniqueHandle } from '../mutation/rules.js';
import { validateInput } from '../mutation/validate.js';
import type { CreateSourceInput, DeleteSourceInput, UpdateSourceInput } from './source.input.js';

const citationsOf = (writer: Writer, sourceId: number) =>
  writer.read.select({ id: t.citations.id, quote: t.citations.quote }).from(t.citations).where(eq(t.citations.sourceId, sourceId)).all();

export function createSource(writer: Writer, input: CreateSourceInput) {
  validateInput(input);
  uniqueHandle(writer, t.sources, input.handle);
  endNotBeforeStart(input.publishedDate, input.retrievedDate, 'retrievedDate');
  return writer.insert(t.sources, input);
}

export function updateSource(writer: Writer, input: UpdateSourceInput) {
  validateInput(input);
  const current = existing(writer, t.sources, input.id, 'id');
  const fields = given(input);
  if (!Object.keys(fields).length) return current;
  const patch = patchOf(writer, t.sources, current, fields);
  const value = <K extends keyof typeof fields & keyof t.SourceRow>(key: K) => (fields[key] !== undefined ? fields[key] : current[key]);
  endNotBeforeStart(value('publishedDate'), value('retrievedDate'), 'retrievedDate');
  if (fields.text) {
    const lost = citationsOf(writer, current.id).filter((c) => c.quote && !fields.text!.includes(c.quote));
    if (lost.length) {
      fail('text', `${lost.length} quotes cited from this source would no longer occur in the new text; keep them verbatim, or change those citations first.`, UserErrorCode.CONFLICT);
    }
  }
  return writer.update(t.sources, current.id, patch)!;
}

export function deleteSource(writer: Writer, input: DeleteSourceInput) {
  const current = existing(writer, t.sources, input.id, 'id');
  const used = citationsOf(writer, current.id).length;
  if (used) fail('id', `"${current.handle}" backs ${used} citations; delete them or move them to another source first.`, UserErrorCode.CONFLICT);
  return writer.remove(t.sources, current.id)!;
}
