/**
 * Reverts one change by writing its inverse as a new change (`revertOf` points back; the
 * original stays). Refused when the object has changed since (revert the later change first),
 * when the change was reverted already, or when the inverse would touch other records.
 */
import { isDeepStrictEqual } from 'node:util';
import { and, desc, eq, getTableColumns, gt } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/sqlite-core';
import * as t from '../../db/schema.js';
import { toGlobalId } from '../../shared/global-id.js';
import { isNodeTypeName, joinTablesPointing, nodeTables, referringColumns, tagRow, type NodeTable } from '../../shared/node-registry.js';
import { fail, UserErrorCode, type Writer } from '../../shared/write.js';
import { existing } from '../mutation/ids.js';
import { restoreProblem } from '../citation/citation.rule.js';

type Values = Record<string, unknown>;

export function revertChange(writer: Writer, input: { changeId: string }): t.ChangeRow {
  const change = existing(writer, t.changes, input.changeId, 'changeId');
  const subject = `${change.entityType} ${toGlobalId(change.entityType, change.entityId)}`;
  const revert = writer.read.select().from(t.changes).where(eq(t.changes.revertOfId, change.id)).get();
  if (revert) {
    fail('changeId', `This change was reverted already by change ${toGlobalId('Change', revert.id)}; revert that change to redo it.`, UserErrorCode.NOT_ALLOWED);
  }
  if (!isNodeTypeName(change.entityType) || change.entityType === 'Change') fail('changeId', `Changes to ${change.entityType} cannot be reverted.`, UserErrorCode.NOT_ALLOWED);
  const table = nodeTables[change.entityType] as NodeTable;
  const current = writer.find(table, change.entityId);
  if (!isDeepStrictEqual(plain(current), change.after ?? null)) {
    const later = writer.read.select().from(t.changes)
      .where(and(eq(t.changes.entityType, change.entityType), eq(t.changes.entityId, change.entityId), gt(t.changes.id, change.id)))
      .orderBy(desc(t.changes.id)).get();
    const first = later
      ? `revert the later change ${toGlobalId('Change', later.id)} (${later.operation} by ${later.actor} at ${later.at}) first`
      : 'it was changed outside the API, so there is no later change to revert';
    fail('changeId', `${subject} has changed since this change; ${first}.`, UserErrorCode.CONFLICT);
  }

  const columns = columnsOf(table);
  const before = change.before ? pick(change.before, columns) : null;
  const broken = before && restoreProblem(writer.read, table, change.entityId, before);
  if (broken) fail('changeId', `${subject} cannot be restored: ${broken}`, UserErrorCode.CONFLICT);
  if (!before) {
    refuseDependents(writer, table, change.entityId, subject);
    writer.remove(table, change.entityId, change.id);
  } else if (!current) {
    guarded(subject, () => writer.insert(table, before as never, change.id));
  } else {
    const { id: _id, ...patch } = before;
    guarded(subject, () => writer.update(table, change.entityId, patch as never, change.id));
  }
  return tagRow(t.changes, writer.read.select().from(t.changes).where(eq(t.changes.revertOfId, change.id)).get()!);
}

/** A row as it was stored in the history: JSON values only. */
function plain(row: object | null): Values | null {
  return row ? JSON.parse(JSON.stringify(row)) : null;
}

/** The property names of the table's columns (a recorded row may predate a schema change). */
function columnsOf(table: NodeTable): Set<string> {
  return new Set(Object.keys(getTableColumns(table)));
}

function pick(values: Values, columns: Set<string>): Values {
  return Object.fromEntries(Object.entries(values).filter(([key]) => columns.has(key)));
}

/**
 * Deleting a row would cascade to (or null out) the rows that refer to it, unrecorded; so a
 * revert that deletes is refused while anything refers to the row.
 */
function refuseDependents(writer: Writer, target: NodeTable, id: number, subject: string): void {
  for (const { typeName, table, columns } of referringColumns(target)) {
    for (const column of columns) {
      const row = writer.read.select({ id: table.id }).from(table as any).where(eq(column, id)).get();
      if (row) {
        fail('changeId', `${subject} is referred to by ${typeName} ${toGlobalId(typeName, row.id)} (and maybe others); delete or revert those first.`, UserErrorCode.CONFLICT);
      }
    }
  }
  for (const { table, columns, others } of joinTablesPointing(target, { blockingOnly: true })) {
    for (const column of columns) {
      if (writer.read.select().from(table).where(eq(column, id)).get()) {
        fail('changeId', `${subject} is tied to ${others.join(' and ')} records (${getTableConfig(table).name}); remove those ties first.`, UserErrorCode.CONFLICT);
      }
    }
  }
}

/** Runs a restoring write; a constraint it breaks (a handle taken since, a parent deleted since) is a conflict. */
function guarded<R>(subject: string, write: () => R): R {
  try {
    return write();
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (!code.startsWith('SQLITE_CONSTRAINT')) throw error;
    const why = code === 'SQLITE_CONSTRAINT_FOREIGNKEY'
      ? 'it refers to a record that no longer exists; revert that deletion first'
      : `a stored record now clashes with it (${(error as Error).message})`;
    fail('changeId', `${subject} cannot be restored: ${why}.`, UserErrorCode.CONFLICT);
  }
}
