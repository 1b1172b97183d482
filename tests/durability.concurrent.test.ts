import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/client.js';
import { toGlobalId } from '../src/shared/global-id.js';
import { freePort, post, prepareDatabase, startServer, type ServerProcess } from './support/server-process.js';

const dir = mkdtempSync(join(tmpdir(), 'sportsgraph-concurrent-'));
const databasePath = join(dir, 'registry.db');
let server: ServerProcess | undefined;
let cli: ChildProcess | undefined;
afterAll(async () => {
  if (cli && cli.exitCode === null && cli.signalCode === null) cli.kill('SIGKILL');
  await server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

const PER_SIDE = 100;
const IN_FLIGHT = 4;
const addName = `mutation ($input: AddNameInput!) { addName(input: $input) { name { value } userErrors { field message code } } }`;

/** Runs the CLI writer; resolves with its summary once it exits. */
function startCli(key: string, ownerId: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/writer-cli.ts', databasePath, ownerId, String(PER_SIDE), 'CLI name'], {
    cwd: new URL('..', import.meta.url).pathname,
    env: { ...process.env, SPORTSGRAPH_KEY: key },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', () => stdout.includes('ready\n') && resolve());
    child.once('exit', (code) => reject(new Error(`the CLI exited (${code}) before it was ready: ${stderr}`)));
  });
  const done = once(child, 'exit').then(([code]) => ({ code: code as number | null, stdout, stderr }));
  return { child, ready, done };
}

describe('the server and a CLI script writing to one database file at once', () => {
  it('lose no write and let no SQLITE_BUSY reach either side', { timeout: 60_000 }, async () => {
    const key = prepareDatabase(databasePath);
    server = await startServer(databasePath, await freePort());
    const peek = openDatabase(databasePath);
    const nocId = (peek.$client.prepare("SELECT id FROM organizations WHERE handle = 'noc-kazakhstan'").get() as { id: number }).id;
    const namesBefore = (peek.$client.prepare('SELECT count(*) AS n FROM names WHERE organization_id = ?').get(nocId) as { n: number }).n;
    peek.$client.close();
    const ownerId = toGlobalId('Organization', nocId);

    const writer = startCli(key, ownerId);
    cli = writer.child;
    await writer.ready;
    // Both sides start together: the CLI on a line from us, the HTTP stream right after.
    writer.child.stdin!.write('go\n');
    const answers: { status: number; body: any }[] = [];
    let next = 0;
    const httpStartedAt = Date.now();
    await Promise.all(Array.from({ length: IN_FLIGHT }, async () => {
      while (next < PER_SIDE) {
        const i = next++;
        answers.push(await post(server!.url, key, addName, { input: { ownerId, value: `API name ${i}`, lang: 'en', kind: 'ALIAS' } }));
      }
    }));
    const httpEndedAt = Date.now();
    const cliResult = await writer.done;

    expect(cliResult.stderr).not.toMatch(/SQLITE_BUSY/);
    expect(cliResult.code).toBe(0);
    const summary = JSON.parse(cliResult.stdout.trim().split('\n').at(-1)!);
    expect(summary.written).toBe(PER_SIDE);
    expect(answers.filter((a) => a.status !== 200 || a.body.errors || a.body.data?.addName?.userErrors?.length)).toEqual([]);
    expect(answers).toHaveLength(PER_SIDE);
    // The two streams of writes overlapped in time: this was a real contest for the write lock.
    expect(summary.startedAt).toBeLessThan(httpEndedAt);
    expect(httpStartedAt).toBeLessThan(summary.endedAt);
    await server.kill();

    const db = openDatabase(databasePath);
    try {
      const client = db.$client;
      const values = (client.prepare('SELECT value FROM names WHERE organization_id = ?').all(nocId) as { value: string }[]).map((r) => r.value);
      expect(values).toHaveLength(namesBefore + 2 * PER_SIDE);
      for (let i = 0; i < PER_SIDE; i++) {
        expect(values).toContain(`API name ${i}`);
        expect(values).toContain(`CLI name ${i}`);
      }
      const recorded = client.prepare("SELECT count(*) AS n FROM changes WHERE operation = 'addName' AND entity_type = 'Name'").get() as { n: number };
      expect(recorded.n).toBe(2 * PER_SIDE);
      expect(client.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      expect(client.pragma('foreign_key_check')).toEqual([]);
      console.info(`concurrent test: HTTP ${httpEndedAt - httpStartedAt} ms, CLI ${summary.endedAt - summary.startedAt} ms, ${values.length - namesBefore} names added`);
    } finally {
      db.$client.close();
    }
  });
});
