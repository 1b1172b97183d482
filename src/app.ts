/** Assembles the running service: database (migrated, seeded when empty), Apollo, HTTP. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { isEmpty, seedDatabase } from '../seeds/load.js';
import { corsOrigins, gatewayTraceToken, type HttpLimits } from './config.js';
import { createContext } from './context.js';
import { openDatabase, type Db } from './db/client.js';
import { migrateDatabase, migrationStatus } from './db/migrate.js';
import { collectGarbage, releaseWhenIdle } from './http/idle-memory.js';
import { createHttpServer } from './http/server.js';
import { ensureSearchIndex } from './shared/search-index.js';
import { createApolloServer } from './server.js';

export interface AppOptions {
  databasePath: string;
  port: number;
  host?: string;
  production: boolean;
  logger: Logger;
  /** Timeouts and the connection cap of the HTTP server; the documented defaults for any not given. */
  http?: Partial<HttpLimits>;
}

export interface App {
  url: string;
  server: Server;
  db: Db;
  close(): Promise<void>;
}

/** Ready when the database answers and has every committed migration. */
export function readiness(db: Db) {
  const { applied, pending } = migrationStatus(db);
  return { ok: pending === 0, detail: { migrationsApplied: applied, migrationsPending: pending } };
}

export async function startApp(options: AppOptions): Promise<App> {
  const { logger } = options;
  const db = openDatabase(options.databasePath);
  migrateDatabase(db);
  if (isEmpty(db)) {
    const { inserted } = seedDatabase(db);
    logger.info({ inserted }, 'seeded an empty database with the Astana article');
  }
  const search = ensureSearchIndex(db);
  if (search.rebuilt) logger.info({ rows: search.rows }, 'rebuilt the search index');
  else if (search.reindexed > 0) logger.info({ entities: search.reindexed }, 'reindexed the entities written outside the server');
  const apollo = await createApolloServer({ production: options.production, logger, gatewayTraceToken: gatewayTraceToken(), databasePath: options.databasePath });
  await apollo.start();
  // Idle: SQLite's page cache and V8's garbage go back to the system (see idle-memory.ts).
  const idle = releaseWhenIdle(() => {
    db.$client.pragma('shrink_memory');
    collectGarbage();
  });
  const server = createHttpServer({
    apollo,
    context: (request, notes) => createContext(db, { acceptLanguage: request.headers['accept-language'], authorization: request.headers.authorization, notes }),
    ready: () => readiness(db),
    logger,
    ide: !options.production,
    limits: options.http,
    idle,
    corsOrigins: corsOrigins(),
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', resolve);
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}/graphql`,
    server,
    db,
    async close() {
      idle.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      db.$client.close();
    },
  };
}
