/**
 * `npm run network:svg -- --around HANDLE [--depth N] [--lang L] --out FILE.svg`: the network around
 * an organisation or person drawn as SVG from DATABASE_PATH (migrated, and seeded when empty, as
 * `npm start` does; `DATABASE_PATH=:memory:` draws from the seed alone), the same picture as
 * GET /network/HANDLE.svg.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isEmpty, seedDatabase } from '../../seeds/load.js';
import { databasePath } from '../config.js';
import { createContext } from '../context.js';
import { openDatabase } from '../db/client.js';
import { migrateDatabase } from '../db/migrate.js';
import { DEFAULT_DEPTH } from '../modules/graph/graph.service.js';
import { networkSvg } from '../modules/picture/network.svg.js';
import { ensureSearchIndex } from '../shared/search-index.js';
import { operationRunner } from '../shared/operation.js';
import { createApolloServer } from '../server.js';

const USAGE = 'usage: npm run network:svg -- --around HANDLE [--depth N] [--lang L] --out FILE.svg';

try {
  const { values } = parseArgs({
    options: { around: { type: 'string' }, depth: { type: 'string' }, lang: { type: 'string' }, out: { type: 'string' } },
  });
  if (!values.around || !values.out) throw new Error(`--around and --out are required; ${USAGE}`);
  const depth = Number(values.depth ?? DEFAULT_DEPTH);
  if (!Number.isInteger(depth)) throw new Error(`--depth must be a whole number; ${USAGE}`);
  const db = openDatabase(databasePath());
  const apollo = await createApolloServer({ production: true });
  try {
    migrateDatabase(db);
    if (isEmpty(db)) seedDatabase(db);
    ensureSearchIndex(db);
    await apollo.start();
    const svg = await networkSvg(operationRunner(apollo, () => createContext(db)), { handle: values.around, depth, lang: values.lang });
    if (svg === null) throw new Error(`no organisation or person has the handle "${values.around}"`);
    writeFileSync(values.out, svg);
    console.info(`wrote ${values.out}`);
  } finally {
    await apollo.stop();
    db.$client.close();
  }
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`network:svg failed: ${message.replace(/\s+/g, ' ')}`);
  process.exitCode = 1;
}
