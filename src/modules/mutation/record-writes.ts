/**
 * The create, update and delete of a record type, once for every type: the input checked by its
 * rules, unique columns kept free, the update a patch of the row type, a delete held back by what
 * still points at the record (merges: `mergeRecords`). A type's service says only what is special
 * about it: input fields that are not columns (a country code, a parent's global id) turned into
 * columns, and its domain checks on the record as the write would leave it.
 */
import { getTableColumns, getTableName } from 'drizzle-orm';
import { getMetadataStorage, type ClassType } from 'type-graphql';
import type { NodeTable } from '../../shared/node-registry.js';
import type { Row, Writer } from '../../shared/write.js';
import { existing } from './ids.js';
import { deleteRecord } from './remove-cited.js';
import { given, keepUnique, patchOf } from './rules.js';
import { validateInput } from './validate.js';

interface Rules<T extends NodeTable, Fields> {
  /**
   * The input fields that are not columns as they stand (`country: "KAZ"`, a parent's global id)
   * and the columns they give, from the fields given (`current` on an update): `{ countryId }`. A
   * column left undefined is left as it is.
   */
  columns?: {
    from: readonly (keyof Fields & string)[];
    to(writer: Writer, fields: Partial<Fields>, current?: Row<T>): Partial<Row<T>>;
  };
  /** Domain checks on the record as the write would leave it (`current`: before an update). */
  check?(writer: Writer, next: Partial<Row<T>>, current?: Row<T>): void;
}

/** How a record is deleted: the generic delete with what a refusal asks the user to do (`move them to another sport first.`), or a delete of its own. */
type DeleteRule<T extends NodeTable> = { deleteRemedy: string } | { delete(writer: Writer, input: { id: string }): Row<T> };

/**
 * The create, update and delete of a record type stored in `table`, created from `Create` (see the
 * file comment). Every field of `Create` must be a column of the table or be turned into columns
 * by `columns`: a renamed column that an input still names stops the server at start-up (and so
 * every test), rather than being dropped from the writes.
 */
export function recordWrites<T extends NodeTable, Create extends object>(table: T, Create: ClassType<Create>, rules: Rules<T, Create> & DeleteRule<T>) {
  const tableColumns = getTableColumns(table);
  const converted = new Set<string>(rules.columns?.from ?? []);
  const stray = getMetadataStorage().fields.filter((field) => field.target === Create && !(field.name in tableColumns) && !converted.has(field.name));
  if (stray.length) {
    throw new Error(`${Create.name}: ${stray.map((field) => field.name).join(', ')} is not a column of ${getTableName(table)}; rename it, or turn it into columns with \`columns\``);
  }
  /** The columns the fields given set: those that are columns as they stand, and those `columns` gives. */
  const columnsOf = (fields: Partial<Create>, writer: Writer, current?: Row<T>): Partial<Row<T>> => {
    const values = { ...Object.fromEntries(Object.entries(fields).filter(([key]) => !converted.has(key))), ...rules.columns?.to(writer, fields, current) };
    return Object.fromEntries(Object.entries(values).filter(([key, value]) => key in tableColumns && value !== undefined)) as Partial<Row<T>>;
  };

  return {
    create(writer: Writer, input: Create): Row<T> {
      validateInput(input);
      const values = columnsOf(input, writer);
      rules.check?.(writer, values);
      keepUnique(writer, table, values);
      return writer.insert(table, values as Row<T>);
    },

    update(writer: Writer, input: { id: string } & { [K in keyof Create]?: Create[K] | null }): Row<T> {
      validateInput(input);
      const current = existing(writer, table, input.id, 'id');
      const fields = given(input) as Partial<Create>;
      const changes = columnsOf(fields, writer, current);
      if (!Object.keys(changes).length) return current;
      rules.check?.(writer, { ...current, ...changes }, current);
      return writer.update(table, current.id, patchOf(writer, table, current, changes as never))!;
    },

    delete: 'delete' in rules ? rules.delete : (writer: Writer, input: { id: string }): Row<T> =>
      deleteRecord(writer, table, existing(writer, table, input.id, 'id'), rules.deleteRemedy),
  };
}
