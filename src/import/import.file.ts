/**
 * What every format's reader gives the import: the file's `meta`, and its records in one shape,
 * `{ type, values }` with values by the export's column names (citations as records of their own,
 * naming what they support by `target_type` and `target`, as citations.csv does), each with where
 * it stands in the file so a refusal can name the file, the line and the field.
 */

/** Where a record stands: its file and line, and how the file names each of its columns (a CSV column, an NDJSON key, a Popolo JSON path). */
export interface Where {
  file: string;
  line: number;
  field(column: string): string;
}

export interface ImportRecord {
  /** A record kind's `type` (`organization`), or `citation`. */
  type: string;
  values: Record<string, unknown>;
  where: Where;
}

export interface ImportFile {
  meta: Record<string, unknown> | null;
  /** Where the meta record is (or should be). */
  metaWhere: Where;
  records: ImportRecord[];
  /** What made the file unreadable (malformed JSON or CSV, an unknown `type`, a missing header). */
  problems: string[];
}

/** `organizations.csv:12: kind: "foo" is not one of ...`; without a column, the record as a whole. */
export function problemAt(where: Where, column: string | null, message: string): string {
  return `${where.file}:${where.line}: ${column === null ? '' : `${where.field(column)}: `}${message}`;
}

/** A place in a file whose columns are named as they are (CSV, NDJSON) or under a prefix (nested citations: `citations[0].quote`). */
export const whereIn = (file: string, line: number, prefix = ''): Where => ({ file, line, field: (column) => `${prefix}${column}` });
