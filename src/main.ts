/** `npm start`: serves the registry with settings from the environment (see README). */
import 'reflect-metadata';
import { startApp } from './app.js';
import { databasePath, host, httpLimits, isProduction, port, shutdownGraceMs } from './config.js';
import { createLogger } from './logger.js';

const logger = createLogger();
try {
  const app = await startApp({ databasePath: databasePath(), port: port(), host: host(), production: isProduction(), logger, http: httpLimits(), shutdownGraceMs: shutdownGraceMs() });
  logger.info({ url: app.url, databasePath: databasePath(), ide: !isProduction() }, `sportsgraph is serving ${app.url}`);
  // Stop accepting, answer the requests in flight (SHUTDOWN_GRACE_MS at most), close the database, exit 0.
  // `once`: a second signal while that runs ends the process at once, as node does by default.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'shutting down: finishing the requests in flight');
      app.close().then(
        () => {
          logger.info('stopped');
          process.exit(0);
        },
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
} catch (error) {
  logger.fatal({ err: error }, 'sportsgraph could not start');
  process.exit(1);
}
