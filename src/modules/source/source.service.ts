/** Writes to sources. Each function runs inside one write (see shared/write.ts). */
import { eq } from 'drizzle-orm';
import * as t from '../../db/schema.js';
import { fail, UserErrorCode, type Writer } from '../../shared/write.js';
import { existing } from '../mutation/ids.js';
import { recordWrites } from '../mutation/record-writes.js';
import { CreateSourceInput } from './source.input.js';
import { endNotBeforeStart } from '../mutation/rules.js';
import { textChangeProblem } from '../citation/citation.rule.js';

const citationsOf = (writer: Writer, sourceId: number) =>
  writer.read.select({ id: t.citations.id }).from(t.citations).where(eq(t.citations.sourceId, sourceId)).all();

/** A source is deleted only once nothing cites it (its citations are not its own: they belong to the facts they back). */
function deleteSource(writer: Writer, input: { id: string }) {
  const current = existing(writer, t.sources, input.id, 'id');
  const used = citationsOf(writer, current.id).length;
  if (used) fail('id', `"${current.handle}" backs ${used} citations; delete them or move them to another source first.`, UserErrorCode.CONFLICT);
  return writer.remove(t.sources, current.id)!;
}

export const sourceWrites = recordWrites(t.sources, CreateSourceInput, {
  check(writer, next, current) {
    endNotBeforeStart(next.publishedDate, next.retrievedDate, 'retrievedDate');
    if (current && next.text !== current.text) {
      const problem = textChangeProblem(writer.read, current, next.text ?? null);
      if (problem) fail('text', problem, UserErrorCode.CONFLICT);
    }
  },
  delete: deleteSource,
});
