/**
 * A second writer on the same database file as a running server, for the concurrency test:
 * `node --import tsx tests/support/writer-cli.ts <database> <owner id> <count> <prefix>` with the
 * key in SPORTSGRAPH_KEY. It prints `ready`, waits for a line on stdin, then adds `count` names
 * to the owner through the same service layer the API uses (one `runWrite` each), and prints a
 * JSON summary. Any error (a SQLITE_BUSY included) ends it with exit code 1.
 */
import 'reflect-metadata';
import { once } from 'node:events';
import { createContext } from '../../src/context.js';
import { openDatabase } from '../../src/db/client.js';
import { NameKind } from '../../src/db/enums.js';
import { AddNameInput } from '../../src/modules/name/name.input.js';
import { addName } from '../../src/modules/name/name.service.js';
import { runWrite } from '../../src/shared/write.js';

const [databasePath, ownerId, count, prefix] = process.argv.slice(2);
const db = openDatabase(databasePath);
const ctx = createContext(db, { authorization: `Bearer ${process.env.SPORTSGRAPH_KEY}` });
process.stdout.write('ready\n');
await once(process.stdin, 'data');

const startedAt = Date.now();
try {
  for (let i = 0; i < Number(count); i++) {
    const input = Object.assign(new AddNameInput(), { ownerId, value: `${prefix} ${i}`, lang: 'en', kind: NameKind.ALIAS });
    const written = runWrite(ctx, 'addName', (writer) => addName(writer, input));
    if (written.userErrors.length) throw new Error(`name ${i} was refused: ${JSON.stringify(written.userErrors)}`);
    // Yield now and then, as a real script reading its input would; the server gets its turns too.
    if (i % 10 === 9) await new Promise((resolve) => setTimeout(resolve, 1));
  }
} catch (error) {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
}
process.stdout.write(`${JSON.stringify({ written: Number(count), startedAt, endedAt: Date.now() })}\n`);
db.$client.close();
process.exit(0);
