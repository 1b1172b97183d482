/**
 * One export, in any format: the filters are resolved first (a bad one fails before a byte is
 * written), then every record is read in one read transaction, so the export is one snapshot of
 * the registry while writes go on, and written as it is read.
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Db } from '../db/client.js';
import * as schema from '../db/schema.js';
import { csvFiles, csvRowsToRead, writeCsv } from './export.csv.js';
import { exportMeta } from './export.meta.js';
import { writeNdjson } from './export.ndjson.js';
import { popoloRowsToRead, writePopolo } from './export.popolo.js';
import { countKindRows } from './export.read.js';
import { recordKinds } from './export.records.js';
import { resolveScope, type ExportFilter, type Scope } from './export.scope.js';

export const exportFormats = ['popolo', 'ndjson', 'csv'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** Told after each record: how many are written, of how many. */
export type Progress = (done: number, total: number) => void;

/** A read-only connection of its own for one export: its open read neither blocks nor is blocked by the server's writes (WAL). */
export function openExportReader(path: string): Db {
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  sqlite.pragma('busy_timeout = 5000');
  return drizzle({ client: sqlite, schema }) as Db;
}

/** Checks the filters and answers the scope they choose (ExportFilterError when one names nothing). */
export const exportScope = (db: Db, filter: ExportFilter): Scope => resolveScope(db, filter);

/** Reads in one transaction (one snapshot); the connection is the export's own, or idle while it runs. */
async function inSnapshot<T>(db: Db, run: () => Promise<T>): Promise<T> {
  const own = !db.$client.inTransaction;
  if (own) db.$client.exec('BEGIN');
  try {
    return await run();
  } finally {
    if (own && db.$client.inTransaction) db.$client.exec('COMMIT');
  }
}

function counter(total: number, progress?: Progress): () => void {
  let done = 0;
  return progress ? () => progress(Math.min(++done, total), total) : () => {};
}

/** Writes the Popolo document, the NDJSON lines, or one CSV file (`csv` with `file`, e.g. `organizations`) to `out`, and ends it. */
export async function exportToStream(db: Db, options: { format: ExportFormat; filter: ExportFilter; scope?: Scope; file?: string; progress?: Progress }, out: Writable): Promise<void> {
  const scope = options.scope ?? resolveScope(db, options.filter);
  const meta = exportMeta(options.filter);
  await inSnapshot(db, async () => {
    if (options.format === 'popolo') await writePopolo(db, scope, meta, out, counter(popoloRowsToRead(db, scope), options.progress));
    else if (options.format === 'ndjson') {
      const total = recordKinds.reduce((sum, kind) => sum + countKindRows(db, kind, scope), 0);
      await writeNdjson(db, scope, meta, out, counter(total, options.progress));
    } else await writeCsv(db, scope, meta, options.file!, out, counter(csvRowsToRead(db, options.file!, scope), options.progress));
  });
  out.end();
  await finished(out);
}

/** Writes every CSV file into `folder` (made if missing): one per record kind, citations.csv and meta.csv. */
export async function exportCsvFolder(db: Db, options: { filter: ExportFilter; progress?: Progress }, folder: string): Promise<string[]> {
  const scope = resolveScope(db, options.filter);
  const meta = exportMeta(options.filter);
  await mkdir(folder, { recursive: true });
  const total = csvFiles.reduce((sum, file) => sum + csvRowsToRead(db, file, scope), 0);
  const tick = counter(total, options.progress);
  await inSnapshot(db, async () => {
    for (const file of csvFiles) {
      const out = createWriteStream(join(folder, `${file}.csv`));
      await writeCsv(db, scope, meta, file, out, tick);
      out.end();
      await finished(out);
    }
  });
  return csvFiles.map((file) => `${file}.csv`);
}
