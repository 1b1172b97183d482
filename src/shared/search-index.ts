/**
 * Keeps the FTS5 table `search_index` (schema/migrations/0001_search_index.sql) in step with the
 * entities. Normalisation happens here, in TypeScript, so each entity becomes one row per string
 * it can be found by: its name or title, short name, handle or codes, every stored name, and the Latin
 * transliterations of its Cyrillic names. A row's text holds its Arabic words with and without
 * their article and proclitics (see normalize.ts). A row's rowid encodes (type, entity id, n), so one
 * entity's rows are a rowid range that `indexEntities` replaces without scanning the table.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Column } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { NameKind } from '../db/enums.js';
import { quotedTableName, rawStatement } from '../db/rows.js';
import * as t from '../db/schema.js';
import { projectFile } from '../paths.js';
import { declarationOf, entities, nodeRowShape, nodeTypeNames, ownerColumn, propertyOf, type SearchableName } from './node-registry.js';
import { hasCyrillic, normalizeForSearch, transliterationVariants, withArabicStems } from './normalize.js';

/** The entity types search covers (declared `search` in the registry), by their GraphQL enum name; the values are the type names stored in `entity_type`. */
const searchable = nodeTypeNames.filter((name): name is SearchableName => declarationOf(name).search !== undefined);
export const SearchableType = Object.fromEntries(searchable.map((name) => [name.toUpperCase(), name])) as { [N in SearchableName as Uppercase<N>]: N };
export type SearchableType = SearchableName;

/** Which of an entity's strings a row holds. */
export enum SearchField {
  NAME = 'NAME',
  TITLE = 'TITLE',
  SHORT_NAME = 'SHORT_NAME',
  HANDLE = 'HANDLE',
  CODE = 'CODE',
  OTHER_NAME = 'OTHER_NAME',
  TRANSLITERATION = 'TRANSLITERATION',
}

export const searchableTables = Object.fromEntries(searchable.map((name) => [name, entities[name].table])) as { [N in SearchableName]: (typeof entities)[N]['table'] };

const ROWS_PER_ENTITY = 4096;
const firstRowid = (type: SearchableType, id: number) => (entities[type].search * 2 ** 36 + id) * ROWS_PER_ENTITY;

export interface IndexRow {
  rowid: number;
  entityType: SearchableType;
  entityId: number;
  field: SearchField;
  lang: string | null;
  display: string;
  text: string;
}
type Doc = Omit<IndexRow, 'rowid' | 'entityType' | 'entityId'>;
interface Entity {
  id: number;
  handle?: string;
  name?: string;
  title?: string;
  shortName?: string | null;
  officialName?: string | null;
  /** Codes: a sport's, a country's IOC and ISO codes. */
  code?: string;
  iocCode?: string | null;
  iso3?: string | null;
  iso2?: string | null;
}

/** An entity's strings, main name first; a stored name written exactly as one already indexed adds nothing. */
function documents(entity: Entity, names: t.NameRow[]): Doc[] {
  // The first stored name with a value gives that value's language.
  const langByValue = new Map<string, string>();
  for (const n of names) if (!langByValue.has(n.value)) langByValue.set(n.value, n.lang);
  const langOf = (value: string) => langByValue.get(value) ?? null;
  const docs: Doc[] = [];
  const seen = new Map<string, Set<string>>(); // text -> the displays indexed with it
  const add = (field: SearchField, display: string, lang: string | null, words = normalizeForSearch(display)) => {
    const text = withArabicStems(words);
    if (!text) return;
    const displays = seen.get(text);
    if (displays?.has(display)) return;
    if (displays) displays.add(display);
    else seen.set(text, new Set([display]));
    docs.push({ field, lang, display, text });
  };
  // Acronyms and handles are also indexed unsplit: `NOC RK` is found by `nocrk`, `noc-kazakhstan` by `nockazakhstan`.
  const withJoined = (value: string) => [...new Set([normalizeForSearch(value), normalizeForSearch(value).replaceAll(' ', '')])].join(' ');
  if (entity.title) add(SearchField.TITLE, entity.title, langOf(entity.title));
  if (entity.name) add(SearchField.NAME, entity.name, langOf(entity.name));
  if (entity.officialName) add(SearchField.NAME, entity.officialName, langOf(entity.officialName));
  if (entity.shortName) add(SearchField.SHORT_NAME, entity.shortName, langOf(entity.shortName), withJoined(entity.shortName));
  if (entity.handle) add(SearchField.HANDLE, entity.handle, null, withJoined(entity.handle));
  for (const code of [entity.code, entity.iocCode, entity.iso3, entity.iso2]) if (code) add(SearchField.CODE, code, null, withJoined(code));
  for (const n of names) add(SearchField.OTHER_NAME, n.value, n.lang, n.kind === NameKind.SHORT ? withJoined(n.value) : undefined);
  for (const n of names.filter((name) => hasCyrillic(name.value))) {
    add(SearchField.TRANSLITERATION, n.value, n.lang, transliterationVariants(n.value).join(' '));
  }
  return docs.slice(0, ROWS_PER_ENTITY);
}

/**
 * The statements that read what an entity is indexed from, prepared once per connection: the
 * entities of one type and the names of their owners, with the ids bound as one JSON array, or
 * all of them. Their SELECT lists and conditions come from the drizzle tables.
 */
function sourceTexts(type: SearchableType, all: boolean): { entities: string; names: string | null } {
  const table = searchableTables[type];
  const ids = (column: Column) => (all ? `r."${column.name}" IS NOT NULL` : `r."${column.name}" IN (SELECT value FROM json_each(?))`);
  // A merged-away record is found through its survivor, which holds its names.
  const unmerged = 'mergedIntoId' in table ? ` AND r."${table.mergedIntoId.name}" IS NULL` : '';
  const owner = ownerColumn(t.names, type);
  return {
    entities: `SELECT ${nodeRowShape(table, 'r').selectList} FROM ${quotedTableName(table)} AS r WHERE ${ids(table.id)}${unmerged} ORDER BY r."id"`,
    names: owner ? `SELECT ${nodeRowShape(t.names, 'r').selectList} FROM ${quotedTableName(t.names)} AS r WHERE ${ids(owner)} ORDER BY r."id"` : null,
  };
}

/** The index rows of the entities with these ids (all of them when ids is 'all'), in rowid order. */
export function indexRows(db: Db, type: SearchableType, ids: readonly number[] | 'all'): IndexRow[] {
  const table = searchableTables[type];
  const texts = sourceTexts(type, ids === 'all');
  const params = ids === 'all' ? [] : [JSON.stringify(ids)];
  const entityShape = nodeRowShape(table, 'r');
  const entities = rawStatement(db.$client, texts.entities).all(...params).map((values) => entityShape.build(values) as Entity);
  const namesByOwner = new Map<number, t.NameRow[]>();
  const owner = ownerColumn(t.names, type);
  if (texts.names && owner) {
    const ownerKey = propertyOf(t.names, owner) as keyof t.NameRow;
    const nameShape = nodeRowShape(t.names, 'r');
    for (const values of rawStatement(db.$client, texts.names).all(...params)) {
      const n = nameShape.build(values) as t.NameRow;
      const ownerId = n[ownerKey] as number;
      const owned = namesByOwner.get(ownerId);
      if (owned) owned.push(n);
      else namesByOwner.set(ownerId, [n]);
    }
  }
  return entities.flatMap((entity) =>
    documents(entity, namesByOwner.get(entity.id) ?? []).map((doc, n) => ({
      rowid: firstRowid(type, entity.id) + n, entityType: type, entityId: entity.id, ...doc,
    })),
  );
}

const INSERT_ROW = 'INSERT INTO search_index (rowid, entity_type, entity_id, field, lang, display, text) VALUES (?, ?, ?, ?, ?, ?, ?)';
// FTS5 scans the whole table for a rowid range; its content table (search_index_content, where
// FTS5 keeps the column values, keyed by rowid) finds the range through its primary key.
const STORED_RANGE = `SELECT rowid, entity_type, entity_id, field, lang, display, text FROM search_index
  WHERE rowid IN (SELECT id FROM search_index_content WHERE id >= ? AND id < ?)`;
const DELETE_ROW = 'DELETE FROM search_index WHERE rowid = ?';

function writeRows(db: Db, rows: IndexRow[]): void {
  const insert = rawStatement(db.$client, INSERT_ROW);
  for (const r of rows) insert.run(r.rowid, r.entityType, r.entityId, r.field, r.lang, r.display, r.text);
}

/** The entities just reindexed are no longer pending (see schema/migrations/0003_search_index_pending.sql). */
const DONE_PENDING = 'DELETE FROM search_index_pending WHERE entity_type = ? AND entity_id IN (SELECT value FROM json_each(?))';

/**
 * Reindexes these entities of one type: their rows become what `indexRows` makes of them now,
 * and the rows of ids that no longer exist are removed. Only the rows that differ are deleted
 * and written (FTS5 tokenises every row it writes or deletes), so adding one name to an owner
 * with thousands writes one row, plus the rows that move up one place behind it.
 */
export function indexEntities(db: Db, type: SearchableType, ids: readonly number[]): void {
  const reindex = () => {
    const wanted = new Map<number, IndexRow>(indexRows(db, type, ids).map((row) => [row.rowid, row]));
    const stored = rawStatement(db.$client, STORED_RANGE);
    const remove = rawStatement(db.$client, DELETE_ROW);
    for (const id of new Set(ids)) {
      for (const [rowid, entityType, entityId, field, lang, display, text] of stored.all(firstRowid(type, id), firstRowid(type, id) + ROWS_PER_ENTITY)) {
        const row = wanted.get(rowid as number);
        if (row && row.entityType === entityType && row.entityId === entityId && row.field === field && row.lang === lang && row.display === display && row.text === text) {
          wanted.delete(row.rowid);
        } else {
          remove.run(rowid);
        }
      }
    }
    writeRows(db, [...wanted.values()]);
    rawStatement(db.$client, DONE_PENDING).run(type, JSON.stringify(ids));
  };
  // Inside a write's transaction, this is part of it; alone, it takes the write lock first (see rebuildSearchIndex).
  if (db.$client.inTransaction) reindex();
  else db.$client.transaction(reindex).immediate();
}

/** Reindexes one entity (or removes it from the index when it no longer exists). */
export function indexEntity(db: Db, type: SearchableType, id: number): void {
  indexEntities(db, type, [id]);
}

function allRows(db: Db): IndexRow[] {
  return Object.values(SearchableType).flatMap((type) => indexRows(db, type, 'all'));
}

/**
 * Empties the index and indexes every searchable entity, in one BEGIN IMMEDIATE transaction.
 * Returns the row count. The rows are read inside the transaction, holding the write lock, so a
 * write committed by another process (the server) meanwhile cannot be left out of the index; and
 * the lock is taken before the first read, so waiting for it honours busy_timeout. (A deferred
 * transaction would read, then fail with "database is locked" at once if another connection
 * wrote in between: SQLite cannot upgrade a read snapshot that is no longer the latest.)
 */
export function rebuildSearchIndex(db: Db): number {
  return db.$client.transaction(() => {
    const rows = allRows(db);
    db.$client.prepare('DELETE FROM search_index').run();
    db.$client.prepare('DELETE FROM search_index_pending').run();
    writeRows(db, rows);
    db.$client.prepare("INSERT INTO search_index_state (key, value) VALUES ('code', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(committedIndexCode());
    return rows.length;
  }).immediate();
}

/** Where the hash of the indexing code is committed, from the project root. */
export const INDEX_CODE_FILE = 'schema/search-index.sha256';

/**
 * What the index's rows are made by: a hash of this file and the normalisation, as source text.
 * `npm run schema:print` writes it to schema/search-index.sha256 (the drift test checks it is
 * current), so the build reads the same value as the sources. Stored with the index; an index
 * built by other code is stale whatever the data says.
 */
let indexCode: string | undefined;
function committedIndexCode(): string {
  return (indexCode ??= readFileSync(projectFile(INDEX_CODE_FILE), 'utf8').trim());
}

/** The hash schema/search-index.sha256 must hold, from the sources. */
export function indexCodeHash(): string {
  const sources = ['src/shared/search-index.ts', 'src/shared/normalize.ts'];
  return createHash('sha256').update(sources.map((file) => readFileSync(projectFile(file), 'utf8')).join('\n')).digest('hex');
}

/**
 * Reindexes every entity written since the index last saw it: the triggers of
 * schema/migrations/0003_search_index_pending.sql record each entity a write touches (by the
 * server or by hand), so a write's transaction ends with this, and start-up begins with it.
 * Returns how many entities were pending; cheap when none were: one read of an empty table.
 */
export function indexPending(db: Db): number {
  const reindex = () => {
    const pending = rawStatement(db.$client, 'SELECT entity_type, entity_id FROM search_index_pending').all() as [string, number][];
    for (const type of Object.values(SearchableType)) {
      const ids = pending.filter(([t]) => t === type).map(([, id]) => id);
      if (ids.length > 0) indexEntities(db, type, ids);
    }
    // Anything left names no searchable type: nothing to index.
    if (pending.length > 0) rawStatement(db.$client, 'DELETE FROM search_index_pending').run();
    return pending.length;
  };
  if (db.$client.inTransaction) return reindex();
  // Alone (at start-up): the write lock only when there is something to do.
  if (!rawStatement(db.$client, 'SELECT 1 FROM search_index_pending LIMIT 1').get()) return 0;
  return db.$client.transaction(reindex).immediate();
}

/**
 * Brings the index up to date at start: rebuilt when it was made by other code (a changed
 * normalisation); otherwise only the entities written since it last saw them (see indexPending).
 */
export function ensureSearchIndex(db: Db): { rebuilt: true; rows: number } | { rebuilt: false; reindexed: number } {
  const code = db.$client.prepare("SELECT value FROM search_index_state WHERE key = 'code'").pluck().get();
  if (code !== committedIndexCode()) return { rebuilt: true, rows: rebuildSearchIndex(db) };
  return { rebuilt: false, reindexed: indexPending(db) };
}
