/** Reads an NDJSON export: a `meta` line, then one record a line with its citations nested; problems name the line. */
import { recordKinds } from '../export/export.records.js';
import { problemAt, whereIn, type ImportFile } from './import.file.js';
import { citationRecords } from './import.citations.js';

export function readNdjson(text: string, file: string): ImportFile {
  const result: ImportFile = { meta: null, metaWhere: whereIn(file, 1), records: [], problems: [] };
  const types = ['meta', ...recordKinds.map((kind) => kind.type)];
  text.split('\n').forEach((line, i) => {
    const where = whereIn(file, i + 1);
    if (!line.trim()) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      result.problems.push(problemAt(where, null, `malformed JSON: ${(error as Error).message}`));
      return;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      result.problems.push(problemAt(where, null, 'not a JSON object: each line is one record'));
      return;
    }
    const { type, citations, ...values } = parsed as Record<string, unknown>;
    if (type === 'meta') {
      result.meta = values;
      result.metaWhere = where;
      return;
    }
    const kind = recordKinds.find((k) => k.type === type);
    if (!kind) {
      result.problems.push(problemAt(where, 'type', `unknown type ${JSON.stringify(type)}; one of ${types.join(', ')}`));
      return;
    }
    result.records.push({ type: kind.type, values, where });
    if (!kind.cited) {
      if (citations !== undefined) result.problems.push(problemAt(where, 'citations', `a ${kind.type} has no citations`));
      return;
    }
    result.records.push(...citationRecords(kind, values, citations, (j) => ({ ...where, field: (column) => citationField(j, column, kind.key ?? 'id') }), result.problems, where));
  });
  return result;
}

/** A nested citation's field; its target is the record it is nested in. */
const citationField = (index: number, column: string, key: string) => (column === 'target' || column === 'target_type' ? key : `citations[${index}].${column}`);

