/**
 * `npm run import -- --in PATH [--format popolo|ndjson|csv] [--dry-run]`: reads an export (a
 * Popolo JSON file, an NDJSON file, or a CSV export's folder) into DATABASE_PATH's registry in one
 * transaction (see src/import/import.ts). The format is read from the path when plain (a folder:
 * csv; `.ndjson`/`.jsonl`: ndjson; `.json`: popolo), else --format names it. Counts per record
 * kind go to stdout; a refusal lists its problems on stderr and exits 1, having written nothing.
 */
import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { databasePath } from '../config.js';
import { openDatabase } from '../db/client.js';
import { migrationStatus } from '../db/migrate.js';
import { exportFormats, type ExportFormat } from '../export/export.js';
import { ImportRefused, importRecords, inferFormat, readImport, type ImportReport } from '../import/import.js';
import { progressBar } from './progress.js';

const USAGE = 'usage: import --in PATH [--format popolo|ndjson|csv] [--dry-run]';

class UsageError extends Error {}

function describe(report: ImportReport): string {
  const lines = report.kinds.map((k) => `${k.file}: ${k.inserted} inserted, ${k.updated} updated, ${k.unchanged} unchanged`);
  if (report.dryRun) {
    lines.unshift('dry run: nothing was written; an import would make these changes');
    for (const k of report.kinds) for (const change of k.changes) lines.push(`  ${change}`);
  }
  return lines.join('\n');
}

function run(argv: string[]): string {
  const { values: options, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: 'string' }, in: { type: 'string' }, 'dry-run': { type: 'boolean' } },
  });
  if (positionals.length) throw new UsageError(`Unexpected argument "${positionals[0]}". ${USAGE}`);
  if (!options.in) throw new UsageError(`Give the export to read with --in PATH (a file, or a CSV export's folder). ${USAGE}`);
  if (!existsSync(options.in)) throw new UsageError(`Nothing at ${options.in}. ${USAGE}`);
  const format = (options.format ?? inferFormat(options.in)) as ExportFormat | undefined;
  if (!format || !exportFormats.includes(format)) {
    throw new UsageError(`--format must be one of ${exportFormats.join(', ')}${options.format ? `; got "${options.format}"` : ` (it cannot be told from ${options.in})`}. ${USAGE}`);
  }

  const path = databasePath();
  if (!existsSync(path)) throw new UsageError(`No database at ${path}: npm run db:migrate creates one (DATABASE_PATH names another).`);
  const db = openDatabase(path);
  try {
    const { pending } = migrationStatus(db);
    if (pending > 0) throw new UsageError(`${path} lacks ${pending} migrations: run npm run db:migrate first.`);
    const file = readImport(format, options.in);
    const bar = progressBar(`import ${format}`);
    try {
      return describe(importRecords(db, file, { dryRun: options['dry-run'], progress: bar.progress }));
    } finally {
      bar.done();
    }
  } finally {
    db.$client.close();
  }
}

try {
  console.log(run(process.argv.slice(2)));
} catch (error) {
  if (error instanceof ImportRefused) {
    console.error(`import: refused, nothing was written (${error.problems.length} problems):\n${error.message}`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`import: ${message.replace(/\s+/g, ' ')}`);
  }
  process.exitCode = 1;
}
