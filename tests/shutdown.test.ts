/**
 * SIGTERM (an orchestrator stopping the container) or SIGINT (Ctrl-C): the server stops accepting,
 * answers the requests in flight within SHUTDOWN_GRACE_MS, closes the database and exits 0. Run
 * as in production: the built server, NODE_ENV=production (Apollo behaves differently under
 * NODE_ENV=test, which vitest sets), and once through `npm start`.
 */
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, prepareDatabase, startServer, type ServerProcess } from './support/server-process.js';

const ROOT = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'sportsgraph-shutdown-'));
const started: ServerProcess[] = [];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(() => {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'pipe' });
}, 120_000);

afterAll(async () => {
  for (const server of started) await server.kill();
  rmSync(dir, { recursive: true, force: true });
});

async function startBuilt(name: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const databasePath = join(dir, `${name}.db`);
  prepareDatabase(databasePath);
  const server = await startServer(databasePath, await freePort(), 60_000, { NODE_ENV: 'production', ...env }, 'dist/main.js');
  started.push(server);
  return server;
}

/** Resolves once a new connection to the port is refused: the server has stopped listening. */
async function refusedWithin(port: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(false)));
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
    });
    if (refused) return true;
    await sleep(25);
  }
  return false;
}

/**
 * A POST whose body is sent in two halves: the first once the server has taken the request in
 * (it answers `Expect: 100-continue` when its handler has the request), the second when told.
 * `answer` resolves with the answer, or rejects when the connection is cut.
 */
function uploadInTwoHalves(url: string, query: string) {
  const body = Buffer.from(JSON.stringify({ query }));
  const request = http.request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': String(body.length), expect: '100-continue' },
  });
  const answer = new Promise<{ status: number; body: any }>((resolve, reject) => {
    request.once('error', reject);
    request.once('response', (response) => {
      let text = '';
      response.setEncoding('utf8').on('data', (chunk) => (text += chunk));
      response.once('end', () => resolve({ status: response.statusCode!, body: JSON.parse(text) }));
      response.once('error', reject);
    });
  });
  answer.catch(() => {}); // observed by the test when it awaits it
  const halfSent = new Promise<void>((resolve) => request.once('continue', () => request.write(body.subarray(0, body.length >> 1), () => resolve())));
  request.flushHeaders();
  return { answer, halfSent, finish: () => request.end(body.subarray(body.length >> 1)) };
}

const exitOf = (server: ServerProcess) => once(server.child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;

describe('on SIGTERM', () => {
  it('answers a request whose body is still uploading, refuses new connections, and exits 0', async () => {
    const server = await startBuilt('in-flight');
    const port = Number(new URL(server.url).port);
    const upload = uploadInTwoHalves(server.url, '{ organization(handle: "noc-kazakhstan") { name } }');
    await upload.halfSent;
    await sleep(100); // and half the body has arrived
    const exited = exitOf(server);
    server.child.kill('SIGTERM');
    expect(await refusedWithin(port, 5_000)).toBe(true);
    upload.finish();
    expect(await upload.answer).toMatchObject({ status: 200, body: { data: { organization: { name: 'National Olympic Committee of the Republic of Kazakhstan' } } } });
    expect(await exited).toEqual([0, null]);
  });

  it('cuts a request still unfinished after SHUTDOWN_GRACE_MS, and exits 0', async () => {
    const server = await startBuilt('grace', { SHUTDOWN_GRACE_MS: '700' });
    const upload = uploadInTwoHalves(server.url, '{ organizations { totalCount } }');
    await upload.halfSent;
    const exited = exitOf(server);
    const signalled = Date.now();
    server.child.kill('SIGTERM');
    await expect(upload.answer).rejects.toThrow(/socket hang up|ECONNRESET/);
    expect(await exited).toEqual([0, null]);
    const waited = Date.now() - signalled;
    expect(waited).toBeGreaterThanOrEqual(650);
    expect(waited).toBeLessThan(10_000); // not the default 10 s grace, nor the 30 s request timeout
  });
});

/** The environment of the running `node dist/main.js` that serves `databasePath`, read from /proc. */
function serverEnvironment(databasePath: string): Record<string, string> | undefined {
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes('dist/main.js')) continue;
      const env = Object.fromEntries(readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').map((pair) => pair.split(/=(.*)/s).slice(0, 2)));
      if (env.DATABASE_PATH === databasePath) return env;
    } catch {
      // the process ended meanwhile
    }
  }
  return undefined;
}

describe('`npm start`', () => {
  it('runs the server with glibc malloc arenas capped (MALLOC_ARENA_MAX=2), then passes SIGTERM to it: npm exits 0 and leaves no server running', async () => {
    const databasePath = join(dir, 'npm-start.db');
    prepareDatabase(databasePath);
    const port = await freePort();
    const { MALLOC_ARENA_MAX: _, ...inherited } = process.env; // the script's default, not this shell's
    const npm = spawn('npm', ['start', '--silent'], {
      cwd: ROOT,
      env: { ...inherited, NODE_ENV: 'production', DATABASE_PATH: databasePath, PORT: String(port), LOG_LEVEL: 'warn' },
      stdio: 'ignore',
    });
    const exited = once(npm, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    const deadline = Date.now() + 60_000;
    while (!(await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false))) {
      if (Date.now() > deadline || npm.exitCode !== null) throw new Error('npm start did not serve within 60 s');
      await sleep(100);
    }
    expect(serverEnvironment(databasePath)?.MALLOC_ARENA_MAX).toBe('2');
    npm.kill('SIGTERM');
    expect(await exited).toEqual([0, null]);
    expect(await refusedWithin(port, 1_000)).toBe(true); // nothing left listening: no orphaned server
  });
});
