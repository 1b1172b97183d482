import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/client.js';
import { freePort, post, prepareDatabase, startServer, type ServerProcess } from './support/server-process.js';

const dir = mkdtempSync(join(tmpdir(), 'sportsgraph-crash-'));
const databasePath = join(dir, 'registry.db');
let server: ServerProcess | undefined;
afterAll(async () => {
  await server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

const create = `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { handle } userErrors { code } } }`;
const ROUNDS = 3;
const IN_FLIGHT = 3;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a server killed with SIGKILL while it writes', () => {
  it('keeps every write it acknowledged, with its history, in a clean database', { timeout: 60_000 }, async () => {
    const key = prepareDatabase(databasePath);
    const port = await freePort();
    const acknowledged: string[] = [];
    const perRound: number[] = [];
    let next = 0;

    for (let round = 0; round < ROUNDS; round++) {
      server = await startServer(databasePath, port);
      const { url } = server;
      const before = acknowledged.length;
      let streaming = true;
      let firstAcknowledged!: () => void;
      const warm = new Promise<void>((resolve) => (firstAcknowledged = resolve));
      const writers = Array.from({ length: IN_FLIGHT }, async () => {
        while (streaming) {
          const handle = `crash-test-${next++}`;
          try {
            const { status, body } = await post(url, key, create, { input: { handle, kind: 'OTHER', name: `Crash test ${handle}` } });
            if (status === 200 && !body.errors && body.data?.createOrganization?.userErrors?.length === 0) {
              acknowledged.push(handle);
              firstAcknowledged();
            }
          } catch {
            // The connection died with the server: not acknowledged, so nothing is promised.
          }
        }
      });
      // The random moment counts from the first acknowledged write, so each round kills a server that is writing.
      await Promise.race([warm, sleep(10_000).then(() => Promise.reject(new Error('the server acknowledged no write within 10 s')))]);
      await sleep(100 + Math.random() * 500);
      streaming = false;
      await server.kill(); // requests still in flight die with it
      await Promise.all(writers);
      perRound.push(acknowledged.length - before);
    }

    // The server starts again on the crashed file and serves what it acknowledged.
    server = await startServer(databasePath, port);
    const last = acknowledged.at(-1)!;
    const answer = await post(server.url, key, `query ($handle: String!) { organization(handle: $handle) { handle } }`, { handle: last });
    expect(answer.body.data.organization).toEqual({ handle: last });
    await server.kill();

    expect(perRound.reduce((a, b) => a + b)).toBeGreaterThan(0);
    const db = openDatabase(databasePath);
    try {
      const client = db.$client;
      const present = new Set((client.prepare("SELECT handle FROM organizations WHERE handle LIKE 'crash-test-%'").all() as { handle: string }[]).map((r) => r.handle));
      expect(acknowledged.filter((handle) => !present.has(handle))).toEqual([]);
      // The change and the row were one transaction: no organisation without its history row.
      const withoutHistory = client.prepare(`SELECT handle FROM organizations o WHERE handle LIKE 'crash-test-%' AND NOT EXISTS (
        SELECT 1 FROM changes c WHERE c.entity_type = 'Organization' AND c.entity_id = o.id AND c.operation = 'createOrganization')`).all();
      expect(withoutHistory).toEqual([]);
      expect(client.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      expect(client.pragma('foreign_key_check')).toEqual([]);
      console.info(`crash test: ${acknowledged.length} acknowledged (${perRound.join(', ')} per round); ${present.size} present (committed unacknowledged: ${present.size - acknowledged.length})`);
    } finally {
      db.$client.close();
    }
  });
});
