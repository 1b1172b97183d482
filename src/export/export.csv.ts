/**
 * CSV: one file per record kind (`organizations.csv`, `posts.csv`, ...), `citations.csv` for the
 * citations of every exported record, and `meta.csv` (date, version, licence). UTF-8 without a
 * byte order mark, a header row of stable column names, lists (an agreement's topics) as JSON.
 */
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import type { Db } from '../db/client.js';
import type { ExportMeta } from './export.meta.js';
import { citationsOf, countKindRows, readRows, type Citation } from './export.read.js';
import { recordKinds, type RecordKind } from './export.records.js';
import type { Scope } from './export.scope.js';
import { put } from './export.stream.js';

/** Every file of a CSV export, without `.csv`. */
export const csvFiles = [...recordKinds.map((kind) => kind.file), 'citations', 'meta'] as const;

const citedKinds = recordKinds.filter((kind) => kind.cited);
export const citationColumns = ['id', 'source', 'target_type', 'target', 'quote', 'quote_translation', 'confidence', 'kind', 'correction', 'note'] as const;

const line = (cells: unknown[]) => stringify([cells.map((cell) => (typeof cell === 'object' && cell !== null ? JSON.stringify(cell) : cell))]);

/** The rows each file reads, for progress: a kind's own rows, or for citations the rows of every cited kind. */
export function csvRowsToRead(db: Db, file: string, scope: Scope): number {
  const kinds = file === 'citations' ? citedKinds : recordKinds.filter((kind) => kind.file === file);
  return kinds.reduce((total, kind) => total + countKindRows(db, kind, scope), 0);
}

export async function writeCsv(db: Db, scope: Scope, meta: ExportMeta, file: string, out: Writable, tick: () => void): Promise<void> {
  if (file === 'meta') {
    await put(out, line(['key', 'value']) + Object.entries(meta).map(([key, value]) => line([key, value])).join(''));
    return;
  }
  if (file === 'citations') return writeCitations(db, scope, out, tick);
  const kind = recordKinds.find((k) => k.file === file)!;
  await put(out, line(['id', ...Object.keys(kind.columns)]));
  for (const { row } of readRows(db, kind, scope)) {
    await put(out, line(Object.values(row)));
    tick();
  }
}

/** A citation names what it supports by its kind (`target_type`) and its natural key, or its id for a fact. */
async function writeCitations(db: Db, scope: Scope, out: Writable, tick: () => void): Promise<void> {
  await put(out, line([...citationColumns]));
  for (const kind of citedKinds) {
    const citations = citationsOf(db, kind);
    for (const { rowId, row } of readRows(db, kind, scope)) {
      for (const citation of citations(rowId)) await put(out, line(citationCells(kind, row, citation)));
      tick();
    }
  }
}

const citationCells = (kind: RecordKind, row: Record<string, unknown>, c: Citation) =>
  [c.id, c.source, kind.type, row[kind.key ?? 'id'], c.quote, c.quote_translation, c.confidence, c.kind, c.correction, c.note];
