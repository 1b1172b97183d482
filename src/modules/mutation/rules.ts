/** Domain rules that several mutations share. Each failure names the field and what would be accepted. */
import { and, eq, getTableColumns, ne, type Column } from 'drizzle-orm';
import { certainlyBefore } from '../../shared/point-in-time.js';
import { labelOf, type NodeTable } from '../../shared/node-registry.js';
import { existing } from './ids.js';
import { fail, UserErrorCode, type Row, type Writer } from '../../shared/write.js';
import { countryIdOf } from '../../shared/country-codes.js';

/** An end date may not lie wholly before its start date (partial dates compare as periods). */
export function endNotBeforeStart(start: string | null | undefined, end: string | null | undefined, endField = 'endDate'): void {
  if (start && end && certainlyBefore(end, start)) {
    fail(endField, `\`${endField}\` (${end}) is before the start date (${start}); give a date on or after ${start}.`);
  }
}

/** A stage of a lifecycle, named as the API spells it (`SIGNED`), and the date a record holds for it (null: unknown). */
export interface StageDate {
  stage: string;
  date: string | null | undefined;
}

/**
 * Why these dates go backwards, or null when they do not: the stages happen in the order given,
 * so no stage's date may lie certainly before the date of a stage before it (partial dates
 * compare as periods: `2024` and `2024-05` are never out of order). With `changed`, the index of
 * the stage a write sets, only its date is compared, nearest stages first, so the message gives
 * the tightest bound; without it, every date with those before it (data loaded in bulk).
 */
export function datesOutOfOrder(stages: readonly StageDate[], changed?: number): string | null {
  const clash = (set: StageDate, relation: 'before' | 'after', other: StageDate) =>
    `The ${set.stage} date (${set.date}) is ${relation} the ${other.stage} date (${other.date}), and the stages happen in this order: `
    + `${stages.map((s) => s.stage).join(' -> ')}. Give a date on or ${relation === 'before' ? 'after' : 'before'} ${other.date}.`;
  for (const i of changed === undefined ? stages.keys() : [changed]) {
    const set = stages[i];
    if (!set.date) continue;
    for (const earlier of stages.slice(0, i).reverse()) if (earlier.date && certainlyBefore(set.date, earlier.date)) return clash(set, 'before', earlier);
    if (changed === undefined) continue;
    for (const later of stages.slice(i + 1)) if (later.date && certainlyBefore(later.date, set.date)) return clash(set, 'after', later);
  }
  return null;
}

/** Refuses, at `field`, a date that would put the stages out of order (see datesOutOfOrder). */
export function stagesInOrder(stages: readonly StageDate[], changed: number, field: string): void {
  const problem = datesOutOfOrder(stages, changed);
  if (problem) fail(field, problem);
}

/** Refuses a value of a unique column that another row holds (merged-away rows included: their keys lead to their survivor); `exceptId` is the row being updated. */
export function keepUnique<T extends NodeTable>(writer: Writer, table: T, values: Partial<Row<T>>, exceptId?: number): void {
  for (const [key, column] of Object.entries(getTableColumns(table) as Record<string, Column>)) {
    const value = (values as Record<string, unknown>)[key];
    if (!column.isUnique || value == null) continue;
    const clash = writer.read.select({ id: table.id }).from(table as any).where(and(eq(column, value), exceptId ? ne(table.id, exceptId) : undefined)).get();
    if (clash) fail(key, `The ${key} "${value}" is taken; choose another.`, UserErrorCode.CONFLICT);
  }
}

/**
 * The row id of the parent `parentId` names in a hierarchy (null clears it): not the record
 * itself, nor one of the records below it at any depth, or the hierarchy would form a cycle.
 */
export function parentIn<T extends Extract<NodeTable, { parentId: Column }>>(writer: Writer, table: T, parentId: string | null | undefined, record?: Row<T>): number | null | undefined {
  if (parentId == null) return parentId;
  const parent = existing(writer, table, parentId, 'parentId');
  if (!record) return parent.id;
  const chain = [parent];
  for (let row: Row<T> | null = parent; row; row = row.parentId != null && chain.length <= 64 ? writer.find(table, row.parentId) : null) {
    if (row !== parent) chain.push(row);
    if (row.id === record.id) {
      const [self, above] = [labelOf(table, record), labelOf(table, parent)];
      const what = parent.id === record.id ? `"${self}" itself` : `"${above}", which is below it (${chain.map((r) => `"${labelOf(table, r)}"`).join(' < ')})`;
      fail('parentId', `The parent cannot be ${what}: the hierarchy would form a cycle. Choose a parent that is not below "${self}".`, UserErrorCode.CONFLICT);
    }
  }
  return parent.id;
}

/**
 * The id of the country an input's code names (see shared/country-codes.ts); null for null. A code
 * no country has is BAD_USER_INPUT, as in a filter: the countries are reference data, so an unknown
 * code is a value outside the vocabulary, like an unknown enum value.
 */
export function countryId(writer: Writer, code: string | null | undefined): number | null | undefined {
  if (code == null) return code;
  return countryIdOf(writer.read, code, 'input');
}

type ColumnValues<T extends NodeTable, F> = { [K in keyof F]: K extends keyof Row<T> ? Row<T>[K] | null | undefined : never };

/**
 * The fields an update was given, as a patch of the row: every field must be a column of the
 * table with the column's type (so a renamed column breaks the build here, not a write at run
 * time); a null for a column that cannot be empty is refused, and a new value of a unique column must be free.
 * Fields that are not columns (a country code, a global id) are taken out and turned into
 * columns by the service first.
 */
export function patchOf<T extends NodeTable, F extends ColumnValues<T, F>>(writer: Writer, table: T, current: Row<T>, fields: F): Partial<Row<T>> {
  for (const [key, value] of Object.entries(fields)) {
    const column = (table as unknown as Record<string, Column | undefined>)[key];
    if (value === null && column?.notNull) fail(key, `\`${key}\` cannot be cleared; give a new value or leave it out.`);
  }
  const patch = fields as unknown as Partial<Row<T>>;
  keepUnique(writer, table, patch, current.id);
  return patch;
}

/** The fields of an update input that were given (null included), without its id. */
export function given<T extends { id?: unknown }>(input: T): Partial<Omit<T, 'id'>> {
  return Object.fromEntries(Object.entries(input).filter(([key, value]) => key !== 'id' && value !== undefined)) as Partial<Omit<T, 'id'>>;
}
