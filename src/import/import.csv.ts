/**
 * Reads a CSV export's folder: meta.csv, one file per record kind and citations.csv. A file of a
 * kind may be missing (no records of it); its header must name the export's columns, no others.
 * An empty cell is empty (null); a list (an agreement's topics) is JSON, as the export writes it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Column } from 'drizzle-orm';
import { parse } from 'csv-parse/sync';
import { citationColumns } from '../export/export.csv.js';
import { citationKind, recordKinds, type RecordKind } from '../export/export.records.js';
import { problemAt, whereIn, type ImportFile } from './import.file.js';

export function readCsvFolder(folder: string): ImportFile {
  const result: ImportFile = { meta: null, metaWhere: whereIn('meta.csv', 1), records: [], problems: [] };
  const metaRows = rowsOf(folder, 'meta.csv', ['key', 'value'], result.problems);
  if (metaRows) result.meta = Object.fromEntries(metaRows.map(({ values }) => [values.key, values.value]));
  for (const kind of [...recordKinds, citationKind]) {
    const file = `${kind.file}.csv`;
    const columns = kind === citationKind ? [...citationColumns] : ['id', ...Object.keys(kind.columns)];
    for (const { values, line } of rowsOf(folder, file, columns, result.problems) ?? []) {
      const where = whereIn(file, line);
      const parsed = Object.fromEntries(Object.entries(values).map(([name, text]) => [name, cell(kind, name, text, (message) => result.problems.push(problemAt(where, name, message)))]));
      result.records.push({ type: kind.type, values: parsed, where });
    }
  }
  return result;
}

/** A cell's value: empty is null; a JSON column's cell is parsed. */
function cell(kind: RecordKind, name: string, text: string, problem: (message: string) => void): unknown {
  if (text === '') return null;
  const column = kind.columns[name];
  if (!(column instanceof Column) || column.dataType !== 'json') return text;
  try {
    return JSON.parse(text);
  } catch {
    problem(`${JSON.stringify(text)} is not a JSON list`);
    return null;
  }
}

/** A file's rows by column name with the line each starts on; null when it is missing (a problem for meta.csv only) or unreadable. */
function rowsOf(folder: string, file: string, columns: string[], problems: string[]): { values: Record<string, string>; line: number }[] | null {
  const path = join(folder, file);
  if (!existsSync(path)) {
    if (file === 'meta.csv') problems.push(problemAt(whereIn(file, 1), null, 'missing: a CSV export has meta.csv (registry, version, migration)'));
    return null;
  }
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(readFileSync(path, 'utf8'), { info: true, bom: true, relax_column_count: true }) as unknown as typeof parsed;
  } catch (error) {
    const { lines, message } = error as { lines?: number; message: string };
    problems.push(problemAt(whereIn(file, lines ?? 1), null, `malformed CSV: ${message}`));
    return null;
  }
  const [header, ...rows] = parsed;
  if (!header) {
    problems.push(problemAt(whereIn(file, 1), null, `no header row: the first line names the columns (${columns.join(', ')})`));
    return null;
  }
  const unknown = header.record.filter((name) => !columns.includes(name));
  const missing = columns.filter((name) => !header.record.includes(name));
  if (unknown.length || missing.length) {
    const said = [unknown.length && `unknown columns ${unknown.join(', ')}`, missing.length && `missing columns ${missing.join(', ')}`].filter(Boolean).join('; ');
    problems.push(problemAt(whereIn(file, 1), null, `${said}; the header of ${file} is ${columns.join(',')}`));
    return null;
  }
  // A record starts on the line after the one the previous record ended on.
  const read = rows.map(({ record }, i) => ({ record, line: (i === 0 ? header.info.lines : rows[i - 1]!.info.lines) + 1 }));
  const uneven = read.filter(({ record }) => record.length !== header.record.length);
  for (const { record, line } of uneven) problems.push(problemAt(whereIn(file, line), null, `${record.length} cells, where the header names ${header.record.length} columns`));
  if (uneven.length) return null;
  return read.map(({ record, line }) => ({ values: Object.fromEntries(header.record.map((name, j) => [name, record[j]!])), line }));
}
