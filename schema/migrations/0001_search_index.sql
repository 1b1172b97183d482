-- Full-text search (issue 4). Custom migration: drizzle's table builders cannot express an FTS5
-- virtual table, so these tables are not in src/db/schema.ts and drizzle-kit never manages them.
-- The rows are written from TypeScript (src/modules/search/search.index.ts), which normalises
-- the text (Arabic letter variants, Kazakh letters, Cyrillic transliteration) before storing it.
-- One row per searchable string of an entity; `display` keeps the name as stored, `text` holds
-- what is matched. The rowid encodes (entity type, entity id, n) so one entity's rows form a range.
CREATE VIRTUAL TABLE `search_index` USING fts5(
  entity_type UNINDEXED,
  entity_id UNINDEXED,
  field UNINDEXED,
  lang UNINDEXED,
  display UNINDEXED,
  text,
  tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
-- What the index was built from (a hash of its rows), so start-up can tell a stale index.
CREATE TABLE `search_index_state` (
  `key` text PRIMARY KEY NOT NULL,
  `value` text NOT NULL
);
