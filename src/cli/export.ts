/**
 * `npm run export -- --format popolo|ndjson|csv --out PATH [--country CODE] [--kind KIND] [--around HANDLE]`:
 * writes DATABASE_PATH's registry, or the part the filters choose, as one Popolo JSON file, one
 * NDJSON file (`--out -`: standard output) or a folder of CSV files. It reads on a read-only
 * connection, so a running server goes on writing. A percentage shows on stderr when it is a
 * terminal; errors are one line on stderr and exit code 1.
 */
import { createWriteStream, existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { databasePath } from '../config.js';
import { migrationStatus } from '../db/migrate.js';
import { exportCsvFolder, exportFormats, exportToStream, openExportReader, type ExportFormat } from '../export/export.js';
import type { ExportFilter } from '../export/export.scope.js';
import { progressBar } from './progress.js';

const USAGE = 'usage: export --format popolo|ndjson|csv --out PATH [--country CODE] [--kind KIND] [--around HANDLE]';

class UsageError extends Error {}

async function run(argv: string[]): Promise<string> {
  const { values: options, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: 'string' }, out: { type: 'string' }, country: { type: 'string' }, kind: { type: 'string' }, around: { type: 'string' } },
  });
  if (positionals.length) throw new UsageError(`Unexpected argument "${positionals[0]}". ${USAGE}`);
  const format = options.format as ExportFormat;
  if (!exportFormats.includes(format)) throw new UsageError(`--format must be one of ${exportFormats.join(', ')}; got ${options.format ? `"${options.format}"` : 'none'}. ${USAGE}`);
  if (!options.out) throw new UsageError(`Give the output with --out PATH (a file, or a folder for csv${format === 'csv' ? '' : '; - for standard output'}). ${USAGE}`);
  const filter: ExportFilter = { country: options.country, kind: options.kind, around: options.around };
  for (const key of Object.keys(filter) as (keyof ExportFilter)[]) if (filter[key] === undefined) delete filter[key];

  const path = databasePath();
  if (!existsSync(path)) throw new UsageError(`No database at ${path}: npm start or npm run db:seed creates one (DATABASE_PATH names another).`);
  const db = openExportReader(path);
  try {
    const { pending } = migrationStatus(db);
    if (pending > 0) throw new UsageError(`${path} lacks ${pending} migrations: run npm run db:migrate first.`);
    const bar = progressBar(`export ${format}`);
    try {
      if (format === 'csv') {
        const files = await exportCsvFolder(db, { filter, progress: bar.progress }, options.out);
        return `exported ${files.length} CSV files to ${options.out}`;
      }
      const out = options.out === '-' ? process.stdout : createWriteStream(options.out);
      await exportToStream(db, { format, filter, progress: bar.progress }, out);
      return options.out === '-' ? '' : `exported ${format} to ${options.out}`;
    } finally {
      bar.done();
    }
  } finally {
    db.$client.close();
  }
}

try {
  const message = await run(process.argv.slice(2));
  if (message) console.error(message);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`export: ${message.replace(/\s+/g, ' ')}`);
  process.exitCode = 1;
}
