/**
 * The create, update and delete of a record type, once for every type: the input checked by its
 * rules, unique columns kept free, the update a patch of the row type, a delete held back by what
 * still points at the record (merges: `mergeRecords`). A type's service says only what is special
 * about it: input fields that are not columns (a country code, a parent's global id) turned into
 * columns, and its domain checks on the record as the write would leave it.
 */
import { getTableColumns } from 'drizzle-orm';
import type { NodeTable } from '../../shared/node-registry.js';
import type { Row, Writer } from '../../shared/write.js';
import { existing } from './ids.js';
import { deleteRecord } from './remove-cited.js';
import { given, keepUnique, patchOf } from './rules.js';
import { validateInput } from './validate.js';

interface Rules<T extends NodeTable, Fields> {
  /**
   * Columns for the input fields that are not columns, from the fields given (`current` on an
   * update): `{ countryId }` for `country: "KAZ"`. A column left undefined is left as it is.
   */
  columns?(writer: Writer, fields: Partial<Fields>, current?: Row<T>): Partial<Row<T>>;
  /** Domain checks on the record as the write would leave it (`current`: before an update). */
  check?(writer: Writer, next: Partial<Row<T>>, current?: Row<T>): void;
}

/** How a record is deleted: the generic delete with what a refusal asks the user to do (`move them to another sport first.`), or a delete of its own. */
type DeleteRule<T extends NodeTable> = { deleteRemedy: string } | { delete(writer: Writer, input: { id: string }): Row<T> };

/** Only the columns of `table` among `values`, without those left undefined. */
function columnsOf<T extends NodeTable>(table: T, values: object): Partial<Row<T>> {
  const columns = getTableColumns(table);
  return Object.fromEntries(Object.entries(values).filter(([key, value]) => key in columns && value !== undefined)) as Partial<Row<T>>;
}

/** The create, update and delete of a record type stored in `table` (see the file comment). */
export function recordWrites<T extends NodeTable, Create extends object>(table: T, rules: Rules<T, Create> & DeleteRule<T>) {
  return {
    create(writer: Writer, input: Create): Row<T> {
      validateInput(input);
      const values = columnsOf(table, { ...input, ...rules.columns?.(writer, input) });
      rules.check?.(writer, values);
      keepUnique(writer, table, values);
      return writer.insert(table, values as Row<T>);
    },

    update(writer: Writer, input: { id: string } & { [K in keyof Create]?: Create[K] | null }): Row<T> {
      validateInput(input);
      const current = existing(writer, table, input.id, 'id');
      const fields = given(input) as Partial<Create>;
      const changes = columnsOf(table, { ...fields, ...rules.columns?.(writer, fields, current) });
      if (!Object.keys(changes).length) return current;
      rules.check?.(writer, { ...current, ...changes }, current);
      return writer.update(table, current.id, patchOf(writer, table, current, changes as never))!;
    },

    delete: 'delete' in rules ? rules.delete : (writer: Writer, input: { id: string }): Row<T> =>
      deleteRecord(writer, table, existing(writer, table, input.id, 'id'), rules.deleteRemedy),
  };
}
