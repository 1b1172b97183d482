/** Assembles the running service: database (migrated, seeded when empty), Apollo, HTTP. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { Logger } from 'pino';
import { isEmpty, seedDatabase } from '../seeds/load.js';
import { corsOrigins, DEFAULT_SHUTDOWN_GRACE_MS, gatewayTraceToken, type HttpLimits } from './config.js';
import { createContext } from './context.js';
import { openDatabase, type Db } from './db/client.js';
import { migrateDatabase, migrationStatus } from './db/migrate.js';
import { collectGarbage, releaseWhenIdle } from './http/idle-memory.js';
import { exportRoute } from './export/export.http.js';
import { createHttpServer } from './http/server.js';
import { ensureSearchIndex } from './shared/search-index.js';
import { createApolloServers } from './server.js';

export interface AppOptions {
  databasePath: string;
  port: number;
  host?: string;
  production: boolean;
  logger: Logger;
  /** Timeouts and the connection cap of the HTTP server; the documented defaults for any not given. */
  http?: Partial<HttpLimits>;
  /** How long close() lets requests in flight finish before it cuts their connections. */
  shutdownGraceMs?: number;
}

export interface App {
  /** The public API, for clients. */
  url: string;
  /** The federation subgraph (`_entities`, `_service`), for gateways. */
  subgraphUrl: string;
  server: Server;
  db: Db;
  /** Stops accepting connections, lets requests in flight finish (within the grace period), then closes the database. */
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
  const apollo = await createApolloServers({ production: options.production, logger, gatewayTraceToken: gatewayTraceToken(), databasePath: options.databasePath }, ['public', 'subgraph']);
  // Idle: SQLite's page cache and V8's garbage go back to the system (see idle-memory.ts).
  const idle = releaseWhenIdle(() => {
    db.$client.pragma('shrink_memory');
    collectGarbage();
  });
  const server = createHttpServer({
    apollo: apollo.public,
    subgraph: apollo.subgraph,
    context: (request, notes) => createContext(db, { acceptLanguage: request.headers['accept-language'], authorization: request.headers.authorization, notes }),
    ready: () => readiness(db),
    logger,
    ide: !options.production,
    limits: options.http,
    idle,
    corsOrigins: corsOrigins(),
    // Each download reads on a connection of its own, which an in-memory database cannot have.
    exports: options.databasePath === ':memory:' ? undefined : exportRoute(options.databasePath),
  });
  // Stopping the public server first drains HTTP for both: no new connections, requests in flight answered.
  apollo.public.addPlugin(ApolloServerPluginDrainHttpServer({ httpServer: server, stopGracePeriodMillis: options.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS }));
  await Promise.all([apollo.public.start(), apollo.subgraph.start()]);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', resolve);
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}/graphql`,
    subgraphUrl: `http://${host}:${port}/subgraph`,
    server,
    db,
    async close() {
      idle.stop();
      await apollo.public.stop();
      await apollo.subgraph.stop();
      db.$client.close();
    },
  };
}
