import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, type Context } from '../src/context.js';
import { openDatabase, type Db } from '../src/db/client.js';
import { ensureSearchIndex } from '../src/shared/search-index.js';
import { createApolloServer } from '../src/server.js';
import { runCli } from './support/cli.js';

const directory = mkdtempSync(join(tmpdir(), 'sportsgraph-keys-'));
const databasePath = join(directory, 'keys.db');

/** Runs the CLI as `npm run key:<command>` would, on the test's database. */
const cli = (...args: string[]) => runCli('key.ts', databasePath, ...args);

let db: Db;
let server: ApolloServer<Context>;
async function createAs(key: string, handle: string) {
  const response = await server.executeOperation(
    { query: `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { handle } userErrors { message } } }`, variables: { input: { handle, kind: 'OTHER', name: handle } } },
    { contextValue: createContext(db, { authorization: `Bearer ${key}` }) },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult;
}

beforeAll(async () => {
  server = await createApolloServer({ production: false });
  await server.start();
});
afterAll(async () => {
  await server.stop();
  db?.$client.close();
  rmSync(directory, { recursive: true, force: true });
});

describe('the key CLI', () => {
  it('creates a key shown once that authorises mutations, lists it without secrets, and revokes it', async () => {
    const created = await cli('create', '--role', 'editor', '--name', 'Jane Editor');
    expect(created.code).toBe(0);
    const key = /\bsg_[A-Za-z0-9_-]{32}\b/.exec(created.stdout)?.[0];
    expect(key).toBeDefined();
    expect(created.stdout).toContain('will not be shown again');
    expect(created.stdout).toContain(`Authorization: Bearer ${key}`);

    db = openDatabase(databasePath);
    ensureSearchIndex(db);
    const allowed = await createAs(key!, 'made-with-a-cli-key');
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data).toEqual({ createOrganization: { organization: { handle: 'made-with-a-cli-key' }, userErrors: [] } });
    const actor = db.$client.prepare("SELECT actor FROM changes WHERE operation = 'createOrganization'").get() as { actor: string };
    expect(actor.actor).toBe('Jane Editor');

    const listed = await cli('list');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^NAME +ROLE +CREATED +REVOKED$/m);
    expect(listed.stdout).toMatch(/^Jane Editor +editor +\d{4}-\d\d-\d\dT[\d:.]+Z +-$/m);
    expect(listed.stdout).not.toContain(key);
    expect(listed.stdout).not.toContain(createHash('sha256').update(key!).digest('hex'));

    const revoked = await cli('revoke', '--name', 'Jane Editor');
    expect(revoked).toMatchObject({ code: 0, stdout: expect.stringContaining('Revoked the editor key "Jane Editor"') });
    const refused = await createAs(key!, 'too-late');
    expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(db.$client.prepare("SELECT count(*) AS n FROM organizations WHERE handle = 'too-late'").get()).toEqual({ n: 0 });
  });

  it('reports mistakes in one line on stderr with exit code 1', async () => {
    const [role, duplicate, unknown] = await Promise.all([
      cli('create', '--role', 'owner', '--name', 'Someone'),
      cli('create', '--role', 'admin', '--name', 'Jane Editor'),
      cli('revoke', '--name', 'Nobody'),
    ]);
    expect(role).toMatchObject({ code: 1, stdout: '', stderr: 'key: --role must be one of editor, admin; got "owner".\n' });
    expect(duplicate).toMatchObject({ code: 1, stdout: '', stderr: 'key: A key named "Jane Editor" exists already.\n' });
    expect(unknown).toMatchObject({ code: 1, stdout: '', stderr: 'key: No key is named "Nobody"; npm run key:list shows the names.\n' });
  });
});
