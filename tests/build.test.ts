/**
 * `npm run build` bundles the server into dist/, which `npm start` runs: the built server must
 * answer exactly as the sources do, on every path the bundle could break (files found from the
 * project root, the heavy-query worker thread, writes and the search index, the offline IDE).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, post, prepareDatabase, startServer, type ServerProcess } from './support/server-process.js';

const ROOT = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'sportsgraph-build-'));
const servers: Record<'sources' | 'build', { process: ServerProcess; key: string }> = {} as never;

beforeAll(async () => {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'pipe' });
  for (const [name, entry, env] of [
    ['sources', 'src/main.ts', {}],
    // Every query above cost 1 goes to the worker thread: the bundled worker answers them all.
    ['build', 'dist/main.js', { HEAVY_QUERY_COST: '1' }],
  ] as const) {
    const databasePath = join(dir, `${name}.db`);
    const key = prepareDatabase(databasePath);
    servers[name] = { process: await startServer(databasePath, await freePort(), 30_000, env, entry), key };
  }
}, 120_000);

afterAll(async () => {
  for (const server of Object.values(servers)) await server.process.kill();
  rmSync(dir, { recursive: true, force: true });
});

const ask = (name: keyof typeof servers, query: string, variables: Record<string, unknown> = {}) =>
  post(servers[name].process.url, servers[name].key, query, variables);

describe('the built server (dist/main.js)', () => {
  it.each([
    ['a nested list', '{ organizations(first: 5) { totalCount edges { cursor node { id handle name kind country { iocCode name } } } } }', {}],
    ['a lookup with names, posts and holders', '{ organization(handle: "noc-kazakhstan") { name names(first: 5) { nodes { value lang } } posts(first: 5) { nodes { role person { name } } } } }', {}],
    ['an Arabic search', 'query ($q: String!) { search(query: $q) { totalCount edges { matchedText node { __typename } } } }', { q: 'اللجنة الأولمبية' }],
    ['a mistake', '{ organizations(first: 5) { nodes { nam } } }', {}],
    ['the names of the types in its schema', '{ __schema { types { name } } }', {}],
  ])('answers %s as the sources do, from its worker thread', async (name, query, variables) => {
    const [fromSources, fromBuild] = [await ask('sources', query, variables), await ask('build', query, variables)];
    if (name !== 'a mistake') expect(fromSources.body.errors).toBeUndefined();
    expect(fromBuild.status).toBe(fromSources.status);
    expect(fromBuild.body).toEqual(fromSources.body);
  });

  it('writes through the audited path and finds the new name at once', async () => {
    const add = `mutation ($input: AddNameInput!) { addName(input: $input) { name { value } userErrors { code } } }`;
    const { body: org } = await ask('build', '{ organization(handle: "noc-qatar") { id } }');
    const { body } = await ask('build', add, { input: { ownerId: org.data.organization.id, value: 'Zanzibarite Committee', lang: 'en', kind: 'ALIAS' } });
    expect(body.data.addName).toEqual({ name: { value: 'Zanzibarite Committee' }, userErrors: [] });
    const found = await ask('build', '{ search(query: "Zanzibarite") { edges { node { ... on Organization { handle } } } } }');
    expect(found.body.data.search.edges).toEqual([{ node: { handle: 'noc-qatar' } }]);
  });

  it('serves the offline IDE pages and their bundled assets, Monaco\'s workers included', async () => {
    const base = servers.build.process.url.replace(/\/graphql$/, '');
    const assets: string[] = [];
    for (const [path, bundle] of [['/graphql', 'graphiql'], ['/voyager', 'voyager']]) {
      const page = await fetch(`${base}${path}`, { headers: { accept: 'text/html' } });
      expect(page.status, path).toBe(200);
      const html = await page.text();
      const linked = [...html.matchAll(/(?:src|href)="(\/ide\/assets\/[^"]+)"/g)].map((m) => m[1]);
      expect(linked.map((asset) => asset.split('/').at(-1)), path).toEqual([`${bundle}.css`, `${bundle}.js`]);
      assets.push(...linked);
    }
    const folder = assets[0].slice(0, assets[0].lastIndexOf('/') + 1);
    assets.push(...['editor.worker.js', 'json.worker.js', 'graphql.worker.js'].map((worker) => `${folder}${worker}`));
    for (const asset of assets) expect((await fetch(`${base}${asset}`)).status, asset).toBe(200);
  });
});
