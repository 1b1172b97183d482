/**
 * Stored fields of an object type, declared once: in the drizzle table. `ColumnFields` serves the
 * columns it is given as fields of the type, their GraphQL type and nullability read from the
 * column (text: String, integer: Int, an enum column: its enum, a date column: PartialDate), so
 * an object type holds only what the table cannot say (each field's description) and the fields
 * that are more than a column (resolved relations, fields with arguments).
 */
import { getTableColumns, type Column, type Table } from 'drizzle-orm';
import { Field, Int, type ClassType } from 'type-graphql';
import { enumOf } from '../db/enums.js';
import './enum-types.js';
import { holdsPartialDate } from '../db/schema.js';
import { PartialDateScalar } from './partial-date.scalar.js';

type FieldType = () => unknown;
/** A description, or a description and the GraphQL type where the column's own would not do (a JSON list). */
type Declared = string | [description: string, type: FieldType];

/** The GraphQL type of a column's values (see the file comment); `where` names the field in the error for a column it cannot tell. */
export function graphqlTypeOf(column: Column, where: string): FieldType {
  if (column.enumValues) {
    const values = enumOf(column.enumValues);
    if (values) return () => values;
  }
  if (column.dataType === 'string') return holdsPartialDate(column) ? () => PartialDateScalar : () => String;
  if (column.dataType === 'number') return () => Int;
  if (column.dataType === 'boolean') return () => Boolean;
  throw new Error(`${where}: say the GraphQL type of a ${column.columnType} column.`);
}

/** Serves these columns of `table` as fields of the decorated object type (see the file comment). */
export function ColumnFields<T extends Table>(table: T, fields: { [K in keyof T['$inferSelect']]?: Declared }) {
  const columns = getTableColumns(table) as Record<string, Column>;
  return (type: ClassType | Function): void => {
    for (const [key, declared] of Object.entries(fields as Record<string, Declared>)) {
      const [description, declaredType] = typeof declared === 'string' ? [declared, undefined] : declared;
      const column = columns[key]!;
      const fieldType = declaredType ?? graphqlTypeOf(column, `${type.name}.${key}`);
      Field(fieldType as () => ClassType, { nullable: !column.notNull, description })(type.prototype, key);
    }
  };
}
