/**
 * `npm run key:create -- --role editor --name "Jane Editor"`, `npm run key:list`,
 * `npm run key:revoke -- --name "Jane Editor"`: API keys of DATABASE_PATH. A new key is printed
 * once; only its hash is stored. Errors are one line on stderr and exit code 1.
 */
import { parseArgs } from 'node:util';
import { createKey, listKeys, revokeKey } from '../auth/keys.js';
import { databasePath } from '../config.js';
import { openDatabase, type Db } from '../db/client.js';
import { ApiRole, values } from '../db/enums.js';
import { migrateDatabase } from '../db/migrate.js';

const USAGE = 'usage: key create --role editor|admin --name "<name>" | key list | key revoke --name "<name>"';

/** A mistake the user can fix: printed as one line, without a stack trace. */
class UsageError extends Error {}

function requiredName(name: string | undefined): string {
  if (!name?.trim()) throw new UsageError('Give the key a name with --name "<name>", e.g. --name "Jane Editor".');
  return name.trim();
}

function create(db: Db, options: { role?: string; name?: string }): string {
  const roles = values(ApiRole) as string[];
  if (!options.role || !roles.includes(options.role)) {
    throw new UsageError(`--role must be one of ${roles.join(', ')}; got ${options.role ? `"${options.role}"` : 'none'}.`);
  }
  const name = requiredName(options.name);
  const { key, row } = createKey(db, name, options.role as ApiRole);
  return [
    `Created the ${row.role} key "${row.name}":`,
    '',
    `  ${key}`,
    '',
    'This key will not be shown again: store it now (only its hash is kept).',
    `Send it with each mutation as the header  Authorization: Bearer ${key}`,
  ].join('\n');
}

function list(db: Db): string {
  const rows = listKeys(db).map((k) => [k.name, k.role, k.createdAt, k.revokedAt ?? '-']);
  if (rows.length === 0) return 'No API keys yet; create one with npm run key:create -- --role editor --name "<name>".';
  const table = [['NAME', 'ROLE', 'CREATED', 'REVOKED'], ...rows];
  const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
  return table.map((row) => row.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}

function revoke(db: Db, options: { name?: string }): string {
  const name = requiredName(options.name);
  const current = listKeys(db).find((k) => k.name === name);
  if (!current) throw new UsageError(`No key is named "${name}"; npm run key:list shows the names.`);
  if (current.revokedAt) throw new UsageError(`The key "${name}" was revoked already, at ${current.revokedAt}.`);
  const row = revokeKey(db, name)!;
  return `Revoked the ${row.role} key "${row.name}"; requests with it are refused from now on.`;
}

function run(argv: string[]): string {
  const { positionals, values: options } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { role: { type: 'string' }, name: { type: 'string' } },
  });
  const [command, ...extra] = positionals;
  if (extra.length) throw new UsageError(`Unexpected argument "${extra[0]}" (quote a name with spaces). ${USAGE}`);
  if (command !== 'create' && command !== 'list' && command !== 'revoke') throw new UsageError(USAGE);
  const db = openDatabase(databasePath());
  try {
    migrateDatabase(db);
    if (command === 'list') return list(db);
    // Create and revoke read, then write: BEGIN IMMEDIATE, as the server's writes do, so the write
    // lock is awaited (busy_timeout) before the read instead of failing after it while the server writes.
    const write = command === 'create' ? () => create(db, options) : () => revoke(db, options);
    return db.$client.transaction(write).immediate();
  } finally {
    db.$client.close();
  }
}

try {
  console.info(run(process.argv.slice(2)));
} catch (error) {
  // parseArgs and createKey report mistakes as plain errors with readable messages.
  const message = error instanceof Error ? error.message : String(error);
  console.error(`key: ${message.replace(/\s+/g, ' ')}`);
  process.exitCode = 1;
}
