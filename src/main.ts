/** `npm start`: serves the registry with settings from the environment (see README). */
import 'reflect-metadata';
import { startApp } from './app.js';
import { databasePath, host, httpLimits, isProduction, port } from './config.js';
import { createLogger } from './logger.js';

const logger = createLogger();
try {
  const app = await startApp({ databasePath: databasePath(), port: port(), host: host(), production: isProduction(), logger, http: httpLimits() });
  logger.info({ url: app.url, databasePath: databasePath(), ide: !isProduction() }, `sportsgraph is serving ${app.url}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'shutting down');
      void app.close().then(() => process.exit(0));
    });
  }
} catch (error) {
  logger.fatal({ err: error }, 'sportsgraph could not start');
  process.exit(1);
}
