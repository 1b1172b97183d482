/** Global ids in mutation inputs: malformed ones are request errors, unknown ones user errors. */
import { InvalidIdError } from '../../shared/errors.js';
import { fromGlobalId, toGlobalId } from '../../shared/global-id.js';
import { typeNameOf, type NodeTable } from '../../shared/node-registry.js';
import { fail, UserErrorCode, type Row, type Writer } from '../../shared/write.js';

/**
 * The row an input id names, inside the write; a NOT_FOUND user error when it names no such
 * row. A record merged into another is refused (reads follow it to the survivor, but a write
 * there would be lost from view) unless `allowMerged`, for the merge itself.
 */
export function existing<T extends NodeTable>(writer: Writer, table: T, globalId: string, field: string, options: { allowMerged?: boolean } = {}): Row<T> {
  const parsed = fromGlobalId(globalId);
  if (!parsed) throw new InvalidIdError(globalId, field);
  const type = typeNameOf(table);
  const row = parsed.type === type ? writer.find(table, parsed.id) : null;
  if (!row) fail(field, `No ${type} has the id "${globalId}".`, UserErrorCode.NOT_FOUND);
  const mergedInto = (row as { mergedIntoId?: number | null }).mergedIntoId;
  if (mergedInto != null && !options.allowMerged) {
    fail(field, `"${globalId}" was merged into ${type} "${toGlobalId(type, mergedInto)}"; use that id.`, UserErrorCode.NOT_ALLOWED);
  }
  return row;
}
