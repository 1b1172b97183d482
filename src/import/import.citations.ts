/** Citations nested in a record (NDJSON, Popolo) as records of their own, naming the record they are nested in as their target. */
import type { RecordKind } from '../export/export.records.js';
import { problemAt, type ImportRecord, type Where } from './import.file.js';

export function citationRecords(kind: RecordKind, values: Record<string, unknown>, citations: unknown, whereOf: (index: number, citation: object) => Where, problems: string[], where: Where): ImportRecord[] {
  if (!Array.isArray(citations)) {
    problems.push(problemAt(where, 'citations', 'missing or not a list: every record that can be cited lists its citations (empty for none)'));
    return [];
  }
  return citations.flatMap((citation, i) => {
    if (typeof citation !== 'object' || citation === null || Array.isArray(citation)) {
      problems.push(problemAt(whereOf(i, {}), null, 'a citation must be a JSON object'));
      return [];
    }
    // The source's address is the export's convenience (Popolo's `sources`); the citation names its source by handle.
    const { source_url: _, ...fields } = citation as Record<string, unknown>;
    return [{ type: 'citation', values: { ...fields, target_type: kind.type, target: values[kind.key ?? 'id'] }, where: whereOf(i, citation) }];
  });
}
