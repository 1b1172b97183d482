/** The real server as a child process on a database file, for the durability tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { createKey } from '../../src/auth/keys.js';
import { openDatabase } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { ApiRole } from '../../src/db/enums.js';

const ROOT = new URL('../..', import.meta.url).pathname;

/** A port that was free a moment ago: bind to port 0, read the port, let it go. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Migrates the file and creates an editor key on it, before any server runs. */
export function prepareDatabase(path: string): string {
  const db = openDatabase(path);
  migrateDatabase(db);
  const { key } = createKey(db, 'durability editor', ApiRole.EDITOR);
  db.$client.close();
  return key;
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** What the process wrote so far. */
  output(): { stdout: string; stderr: string };
  /** SIGKILL: no shutdown code runs, as in a crash. Resolves once the process is gone. */
  kill(): Promise<void>;
}

/**
 * Starts the server on the file and waits until /readyz answers 200: from the sources
 * (`src/main.ts`), or from the build (`dist/main.js`, made by `npm run build`).
 */
export async function startServer(databasePath: string, port: number, timeoutMs = 20_000, env: Record<string, string> = {}, entry: 'src/main.ts' | 'dist/main.js' = 'src/main.ts'): Promise<ServerProcess> {
  // node itself (with tsx's loader for the sources), not the tsx CLI or npm: they run the server
  // in a second process that a SIGKILL to them would leave running.
  const child = spawn(process.execPath, entry.endsWith('.ts') ? ['--import', 'tsx', entry] : [entry], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_PATH: databasePath, PORT: String(port), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk)); // read, or a full pipe would stall the server
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = once(child, 'exit');
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}: ${stderr}`);
    try {
      if ((await fetch(`${base}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server was not ready within ${timeoutMs} ms: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url: `${base}/graphql`,
    child,
    output: () => ({ stdout, stderr }),
    async kill() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
}

/** One GraphQL request over HTTP with an API key. */
export async function post(url: string, key: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: unknown[] } };
}
