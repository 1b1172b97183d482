/** The whole app on a seeded in-memory database, over loopback HTTP, with a logger whose lines a test can read. */
import { vi } from 'vitest';
import { startApp, type App } from '../../src/app.js';
import { capturingLogger, type LogLine } from './http-layer.js';

export interface TestApp {
  /** The server's origin, e.g. http://127.0.0.1:40123. */
  url: string;
  app: App;
  /** Each log line parsed, and as written. */
  logs: LogLine[];
  lines: string[];
  close(): Promise<void>;
}

/** `env` is set while the app starts (CORS_ORIGINS, CACHE_MAX_AGE, ...), as `npm start` would read it. */
export async function startTestApp({ production = false, env = {} as Record<string, string> } = {}): Promise<TestApp> {
  const { logger, logs, lines } = capturingLogger();
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  try {
    const app = await startApp({ databasePath: ':memory:', port: 0, production, logger });
    return { url: new URL(app.url).origin, app, logs, lines, close: () => app.close() };
  } finally {
    vi.unstubAllEnvs();
  }
}

/** A response whose JSON body is typed loosely: the tests assert its shape themselves. */
export type JsonResponse = Omit<Response, 'json'> & { json(): Promise<any> };
/** fetch(), answering a JsonResponse. */
export const fetchJson = fetch as (...args: Parameters<typeof fetch>) => Promise<JsonResponse>;
