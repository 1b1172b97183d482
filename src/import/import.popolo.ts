/**
 * Reads a Popolo JSON export back into records: each class's fields by `popoloFields` (the table
 * the export writes them by), the other columns from `x-sportsgraph`, names and identifiers from
 * the objects they are listed in, the records Popolo has no class for from the top-level
 * `x-sportsgraph`. What Popolo derives (`posts`, an organisation's `parent_id`, a membership's
 * `post_id`, `sources`) is not read. Each record names the line its object starts on and the JSON
 * path of its fields.
 */
import { recordKinds, type RecordKind } from '../export/export.records.js';
import { identifierOwners, nameOwners, popoloFields, type PopoloClass } from '../export/export.popolo.js';
import { problemAt, type ImportFile, type ImportRecord, type Where } from './import.file.js';
import { citationRecords } from './import.citations.js';
import { ImportSyntaxError, parseJsonWithLines } from './import.json.js';

const X = 'x-sportsgraph';
type JsonObject = Record<string, unknown>;
const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const kind = (type: string) => recordKinds.find((k) => k.type === type)!;

/** The Popolo collections and, for each, what its objects are; `posts` (one per organisation and role) is derived from the memberships. */
const collections = { areas: 'country', organizations: 'organization', persons: 'person', events: 'event', memberships: 'membership' } as const;
const extensionFiles = ['sources', 'sports', 'agreements', 'parties', 'organizers', 'participations'];
/** Fields the export derives or spells for readers, which an import does not read. */
const derived: Record<string, string[]> = {
  country: ['identifier', 'classification'], organization: ['parent_id', 'links'], post: ['post_id'], tie: ['member'],
};

export function readPopolo(text: string, file: string): ImportFile {
  const result: ImportFile = { meta: null, metaWhere: { file, line: 1, field: (column) => `meta.${column}` }, records: [], problems: [] };
  let document: ReturnType<typeof parseJsonWithLines>;
  try {
    document = parseJsonWithLines(text);
  } catch (error) {
    if (!(error instanceof ImportSyntaxError)) throw error;
    result.problems.push(problemAt({ file, line: error.line, field: String }, null, error.message));
    return result;
  }
  const root = document.value;
  const at = (object: unknown, path: string, prefix = path): Where =>
    ({ file, line: (isObject(object) && document.lineOf(object)) || 1, field: (column) => `${prefix}.${column}` });
  const problem = (where: Where, column: string | null, message: string) => result.problems.push(problemAt(where, column, message));
  if (!isObject(root)) {
    problem(at(root, '$'), null, 'not a Popolo document: a JSON object with meta, areas, organizations, persons, events, memberships');
    return result;
  }
  if (isObject(root.meta)) {
    result.meta = root.meta;
    result.metaWhere = at(root.meta, 'meta');
  }
  const push = (record: ImportRecord) => result.records.push(record);

  /** The record of `type` an object of a Popolo class holds: its mapped fields read back, its other columns from x-sportsgraph. */
  const fromClass = (type: PopoloClass & string, object: JsonObject, path: string, extra: JsonObject = {}): JsonObject => {
    const fields = popoloFields[type] as Record<string, string>;
    const x = isObject(object[X]) ? object[X] : {};
    const where = at(object, path);
    const allowed = new Set([...Object.keys(fields), ...(derived[type] ?? []), 'sources', 'other_names', 'identifiers', X]);
    for (const key of Object.keys(object)) if (!allowed.has(key)) problem(where, key, 'unknown field');
    const { citations: _c, other_names: _n, identifiers: _i, ...rest } = x;
    const values: JsonObject = { ...rest, ...extra };
    for (const [field, column] of Object.entries(fields)) values[column] = object[field] ?? null;
    return values;
  };
  /** Where each column of a class's record is in the file: its Popolo field, or under x-sportsgraph. */
  const classWhere = (type: PopoloClass & string, object: JsonObject, path: string): Where => {
    const byColumn = Object.fromEntries(Object.entries(popoloFields[type] as Record<string, string>).map(([field, column]) => [column, field]));
    return { ...at(object, path), field: (column) => `${path}.${byColumn[column] ?? `${X}.${column}`}` };
  };
  /** A record and its citations, listed at `citationsPath` (a Popolo object's are under x-sportsgraph). */
  const withCitations = (k: RecordKind, values: JsonObject, citations: unknown, where: Where, citationsPath: string) => {
    push({ type: k.type, values, where });
    if (k.cited) {
      for (const record of citationRecords(k, values, citations, (i, c) => at(c, `${citationsPath}[${i}]`), result.problems, where)) push(record);
    }
  };
  const xOf = (object: JsonObject) => (isObject(object[X]) ? object[X] : {});
  /** Names listed in an object (`other_names`), owned by the record it holds. */
  const names = (list: unknown, owner: [string, unknown], path: string) => {
    for (const [i, name] of arrayOf(list, path).entries()) {
      const namePath = `${path}[${i}]`;
      const values = { ...Object.fromEntries(nameOwners.map((o) => [o, null])), ...fromClass('name', name, namePath), [owner[0]]: owner[1] };
      withCitations(kind('name'), values, xOf(name).citations, classWhere('name', name, namePath), `${namePath}.${X}.citations`);
    }
  };
  const identifiers = (list: unknown, owner: [string, unknown], path: string) => {
    for (const [i, identifier] of arrayOf(list, path).entries()) {
      const idPath = `${path}[${i}]`;
      const values = { ...Object.fromEntries(identifierOwners.map((o) => [o, null])), ...fromClass('identifier', identifier, idPath), [owner[0]]: owner[1] };
      push({ type: 'identifier', values, where: classWhere('identifier', identifier, idPath) });
    }
  };
  const arrayOf = (list: unknown, path: string): JsonObject[] => {
    if (list === undefined || list === null) return [];
    if (!Array.isArray(list)) {
      problem(at(root, path, path), null, `${path} must be a list`);
      return [];
    }
    return list.filter((item, i) => isObject(item) || (problem(at(item, `${path}[${i}]`), null, 'must be a JSON object'), false)) as JsonObject[];
  };

  for (const key of Object.keys(root)) {
    if (!['meta', 'posts', X, ...Object.keys(collections)].includes(key)) problem(at(root, '$'), key, 'unknown collection');
  }
  for (const [collection, type] of Object.entries(collections)) {
    for (const [i, object] of arrayOf(root[collection], collection).entries()) {
      const path = `${collection}[${i}]`;
      const x = xOf(object);
      if (type === 'membership') {
        const tie = isObject(object.member);
        const values = tie ? fromClass('tie', object, path, { organization: (object.member as JsonObject).id ?? null }) : fromClass('post', object, path);
        withCitations(kind(tie ? 'tie' : 'post'), values, x.citations, classWhere(tie ? 'tie' : 'post', object, path), `${path}.${X}.citations`);
        continue;
      }
      const extra = type === 'organization' ? { website: (arrayOf(object.links, `${path}.links`).find((link) => link.note === 'website')?.url as string | undefined) ?? null } : {};
      const values = fromClass(type, object, path, extra);
      withCitations(kind(type), values, x.citations, classWhere(type, object, path), `${path}.${X}.citations`);
      const owner: [string, unknown] = [type, values[kind(type).key!]];
      const listed = type === 'country' || type === 'event' ? x : object;
      names(listed.other_names, owner, `${path}${listed === x ? `.${X}` : ''}.other_names`);
      if (type !== 'event') identifiers(listed.identifiers, owner, `${path}${listed === x ? `.${X}` : ''}.identifiers`);
    }
  }
  const extension = isObject(root[X]) ? root[X] : {};
  for (const key of Object.keys(extension)) if (!extensionFiles.includes(key)) problem(at(extension, X), key, 'unknown collection');
  for (const file of extensionFiles) {
    const k = recordKinds.find((r) => r.file === file)!;
    for (const [i, object] of arrayOf(extension[file], `${X}.${file}`).entries()) {
      const path = `${X}.${file}[${i}]`;
      const { citations, names: sportNames, ...values } = object;
      withCitations(k, values, citations, at(object, path), `${path}.citations`);
      if (k.type !== 'sport') continue;
      for (const [j, name] of arrayOf(sportNames, `${path}.names`).entries()) {
        const { citations: nameCitations, ...nameValues } = name;
        withCitations(kind('name'), nameValues, nameCitations, at(name, `${path}.names[${j}]`), `${path}.names[${j}].citations`);
      }
    }
  }
  return result;
}

