import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../seeds/load.js';
import { openDatabase } from '../src/db/client.js';
import { ensureSearchIndex } from '../src/shared/search-index.js';
import { toGlobalId } from '../src/shared/global-id.js';
import { freePort, post, prepareDatabase, startServer, type ServerProcess } from './support/server-process.js';

const run = promisify(execFile);
const ROOT = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'sportsgraph-cli-writers-'));
const databasePath = join(dir, 'registry.db');
let server: ServerProcess | undefined;
afterAll(async () => {
  await server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

const IN_FLIGHT = 4;
const RUNS = 2;
/**
 * Names the NOC of Kazakhstan has before the test: each addName reindexes the owner's names, so
 * with a few hundred the server holds the write lock for most of its time, as a busy server would.
 */
const EXISTING_NAMES = 400;
const addName = `mutation ($input: AddNameInput!) { addName(input: $input) { name { value } userErrors { field message code } } }`;

interface CliRun { script: string; code: number; stdout: string; stderr: string; startedAt: number; endedAt: number }

/** Runs a CLI script as its npm script does (node with tsx's loader), on the test's database file. */
async function cli(script: string, ...args: string[]): Promise<CliRun> {
  const startedAt = Date.now();
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_PATH: databasePath },
      timeout: 60_000,
    });
    return { script, code: 0, stdout, stderr, startedAt, endedAt: Date.now() };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { script, code, stdout, stderr, startedAt, endedAt: Date.now() };
  }
}

describe('CLI writers (search:reindex, db:seed, key:create) while the server takes writes', () => {
  it('all succeed: every CLI run exits 0 and every HTTP write is answered without error', { timeout: 120_000 }, async () => {
    const key = prepareDatabase(databasePath);
    const setup = openDatabase(databasePath);
    seedDatabase(setup);
    const nocId = (setup.$client.prepare("SELECT id FROM organizations WHERE handle = 'noc-kazakhstan'").get() as { id: number }).id;
    const insert = setup.$client.prepare("INSERT INTO names (organization_id, value, lang, kind) VALUES (?, ?, 'en', 'alias')");
    setup.$client.transaction(() => { for (let i = 0; i < EXISTING_NAMES; i++) insert.run(nocId, `Existing name ${i}`); })();
    setup.$client.close();
    server = await startServer(databasePath, await freePort()); // indexes the names at start-up
    const ownerId = toGlobalId('Organization', nocId);

    // A steady stream of writes over HTTP, IN_FLIGHT at a time, until the CLI runs are over.
    let stopped = false;
    let next = 0;
    const answers: { status: number; body: any; at: number }[] = [];
    const stream = Promise.all(Array.from({ length: IN_FLIGHT }, async () => {
      while (!stopped) {
        const i = next++;
        const answer = await post(server!.url, key, addName, { input: { ownerId, value: `Stream name ${i}`, lang: 'en', kind: 'ALIAS' } });
        answers.push({ ...answer, at: Date.now() });
      }
    }));

    // Two chains of CLI runs at once: each contests the write lock with the server and with the other chain.
    const runs: CliRun[] = [];
    await Promise.all([
      (async () => {
        for (let i = 0; i < RUNS; i++) runs.push(await cli('src/cli/search-reindex.ts'));
        runs.push(await cli('src/cli/key.ts', 'create', '--role', 'editor', '--name', 'cli writer'));
      })(),
      (async () => { for (let i = 0; i < RUNS; i++) runs.push(await cli('src/cli/seed.ts')); })(),
    ]);
    stopped = true;
    await stream;
    await server.kill();

    expect(runs.map((r) => ({ script: r.script, code: r.code, stderr: r.stderr }))).toEqual(
      runs.map((r) => ({ script: r.script, code: 0, stderr: '' })),
    );
    expect(runs.filter((r) => r.script.endsWith('search-reindex.ts')).map((r) => r.stdout)).toEqual(Array(RUNS).fill(expect.stringMatching(/^reindexed .*: \d+ search rows/)));
    expect(runs.filter((r) => r.script.endsWith('seed.ts')).map((r) => r.stdout)).toEqual(Array(RUNS).fill(expect.stringMatching(/^seeded .*: 0 rows inserted, 0 updated/)));
    expect(runs.find((r) => r.script.endsWith('key.ts'))?.stdout).toMatch(/^Created the editor key "cli writer"/);
    expect(answers.filter((a) => a.status !== 200 || a.body.errors || a.body.data?.addName?.userErrors?.length)).toEqual([]);
    // The server was writing while each CLI ran: this was a real contest for the write lock.
    for (const r of runs) expect(answers.filter((a) => a.at > r.startedAt && a.at < r.endedAt).length, r.script).toBeGreaterThan(0);

    const db = openDatabase(databasePath);
    try {
      const values = (db.$client.prepare('SELECT value FROM names WHERE organization_id = ?').all(nocId) as { value: string }[]).map((r) => r.value);
      for (let i = 0; i < answers.length; i++) expect(values).toContain(`Stream name ${i}`);
      // No reindex dropped a write the server made meanwhile: the index is what the data gives.
      expect(ensureSearchIndex(db).rebuilt).toBe(false);
      expect(db.$client.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      console.info(`cli writers test: ${answers.length} HTTP writes during ${runs.length} CLI runs (${runs.map((r) => `${r.script.replace(/^.*\//, "")} ${r.endedAt - r.startedAt} ms`).join(", ")})`);
    } finally {
      db.$client.close();
    }
  });
});
