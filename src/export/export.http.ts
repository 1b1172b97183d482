/**
 * The export as HTTP downloads: `GET /export/popolo`, `/export/ndjson`, and one CSV file per kind
 * at `/export/csv/<file>.csv` (`GET /export/csv` lists them), filtered by the query parameters
 * `country`, `kind` and `around`. Each download reads on a read-only connection of its own and is
 * streamed with backpressure; a bad filter is a 400 with a stable code before anything is sent.
 */
import type { ServerResponse } from 'node:http';
import { HttpError } from '../http/exchange.js';
import type { ExportRoute } from '../http/server.js';
import { csvFiles } from './export.csv.js';
import { exportToStream, openExportReader, type ExportFormat } from './export.js';
import { ExportFilterError, resolveScope, type ExportFilter } from './export.scope.js';
import { ExportAbortedError } from './export.stream.js';

const FILTERS = ['country', 'kind', 'around'] as const;
const CONTENT_TYPES: Record<ExportFormat, string> = {
  popolo: 'application/json; charset=utf-8',
  ndjson: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
};
const EXTENSIONS: Record<ExportFormat, string> = { popolo: 'popolo.json', ndjson: 'ndjson', csv: 'csv' };

function filterOf(search: string): ExportFilter {
  const filter: ExportFilter = {};
  for (const [key, value] of new URLSearchParams(search)) {
    if (!(FILTERS as readonly string[]).includes(key)) throw new HttpError(400, 'BAD_USER_INPUT', `Unknown query parameter "${key.slice(0, 40)}": the filters are ${FILTERS.join(', ')}.`);
    if (filter[key as keyof ExportFilter] !== undefined) throw new HttpError(400, 'BAD_USER_INPUT', `Give the filter "${key}" once.`);
    filter[key as keyof ExportFilter] = value;
  }
  return filter;
}

/** What a path asks for, or undefined when it names no download. */
function download(path: string): { format: ExportFormat; file?: string } | undefined {
  const whole = /^\/export\/(popolo|ndjson)$/.exec(path);
  if (whole) return { format: whole[1] as ExportFormat };
  const csv = /^\/export\/csv\/([a-z]+)\.csv$/.exec(path);
  if (csv && (csvFiles as readonly string[]).includes(csv[1]!)) return { format: 'csv', file: csv[1] };
  return undefined;
}

export function exportRoute(databasePath: string): ExportRoute {
  return async (path, search, res) => {
    if (path === '/export/csv') return sendCsvIndex(res, search);
    const asked = download(path);
    if (!asked) throw new HttpError(404, 'NOT_FOUND', 'Not found: the downloads are /export/popolo, /export/ndjson and /export/csv/<file>.csv (listed at /export/csv).');
    const filter = filterOf(search);
    const db = openExportReader(databasePath);
    try {
      let scope;
      try {
        scope = resolveScope(db, filter);
      } catch (error) {
        if (error instanceof ExportFilterError) throw new HttpError(400, error.code, error.message);
        throw error;
      }
      const name = `sportsgraph-${new Date().toISOString().slice(0, 10)}${asked.file ? `-${asked.file}` : ''}.${EXTENSIONS[asked.format]}`;
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[asked.format],
        'content-disposition': `attachment; filename="${name}"`,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      });
      await exportToStream(db, { ...asked, filter, scope }, res);
    } catch (error) {
      // A client that went away mid-download: nothing to answer, and nothing went wrong here.
      if (!(error instanceof ExportAbortedError) && !res.destroyed) throw error;
    } finally {
      db.$client.close();
    }
  };
}

function sendCsvIndex(res: ServerResponse, search: string): void {
  const query = search.startsWith('?') ? search : search ? `?${search}` : '';
  const body = JSON.stringify({ files: csvFiles.map((file) => `/export/csv/${file}.csv${query}`) });
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(body);
}
