import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startServer, type ServerProcess } from './support/server-process.js';

// Cost: 50 organisations, each with up to 20 posts and their holders: about 2,000 objects.
const heavy = `{ organizations(first: 50) { nodes { handle name posts { nodes { role person { name } } } } } }`;
const light = `{ organization(handle: "noc-kazakhstan") { handle name } }`;

async function ask(server: ServerProcess, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as any };
}

let dir: string;
let pooled: ServerProcess;
let inline: ServerProcess;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sportsgraph-heavy-'));
  // The same seeded file for both: one sends heavy queries to a worker thread, one runs them itself.
  inline = await startServer(join(dir, 'registry.db'), await freePort(), 30_000, { HEAVY_QUERY_THREADS: '0' });
  pooled = await startServer(join(dir, 'registry.db'), await freePort(), 30_000, { HEAVY_QUERY_THREADS: '1', HEAVY_QUERY_COST: '500' });
}, 90_000);
afterAll(async () => {
  await Promise.all([pooled?.kill(), inline?.kill()]);
  rmSync(dir, { recursive: true, force: true });
});

describe('heavy queries on a worker thread', () => {
  it('queue up to their limit, and past it are answered SERVER_BUSY at once while light queries and /healthz still answer', async () => {
    // The worker starts on the first heavy query (about a second): 20 at once overflow its queue of 8.
    const answers = Promise.all(Array.from({ length: 20 }, () => ask(pooled, heavy)));
    const [health, lookup] = await Promise.all([fetch(`${pooled.url.replace('/graphql', '')}/healthz`), ask(pooled, light)]);
    let settled = false;
    void answers.then(() => (settled = true));
    expect(health.status).toBe(200);
    expect(lookup.body.data.organization.handle).toBe('noc-kazakhstan');
    expect(settled).toBe(false); // the light ones did not wait for the heavy ones
    const all = await answers;
    const busy = all.filter((a) => a.status === 503);
    const served = all.filter((a) => a.status === 200);
    expect(busy.length + served.length).toBe(20);
    expect(served.length).toBeGreaterThanOrEqual(9); // one running and eight queued
    expect(busy.length).toBeGreaterThan(0);
    for (const answer of busy) {
      expect(answer.retryAfter).toBe('5');
      expect(answer.body.errors).toEqual([{ message: 'The server is busy with costly queries; retry in a few seconds, or ask for less.', extensions: { code: 'SERVER_BUSY' } }]);
    }
    for (const answer of served) expect(answer.body.data.organizations.nodes.length).toBeGreaterThan(10);
  }, 60_000);

  it('run in the idle scheduling class (Linux), below every thread of the server that answers light queries', async () => {
    await ask(pooled, heavy);
    // /proc/<pid>/task/<tid>/stat: field 41 is the scheduling policy (0 normal, 5 SCHED_IDLE); the name may hold spaces.
    const policies = readdirSync(`/proc/${pooled.child.pid}/task`).map((tid) => {
      const stat = readFileSync(`/proc/${pooled.child.pid}/task/${tid}/stat`, 'utf8');
      return { tid: Number(tid), policy: Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[41 - 3]) };
    });
    expect(policies.find((p) => p.tid === pooled.child.pid)?.policy).toBe(0);
    expect(policies.filter((p) => p.policy === 5)).toHaveLength(1);
  }, 60_000);

  it('answer exactly as the main thread does, in the language asked for, with the same cost report', async () => {
    for (const headers of [{}, { 'accept-language': 'kk' }, { 'accept-language': 'ar' }] as Record<string, string>[]) {
      const [offloaded, local] = await Promise.all([ask(pooled, heavy, headers), ask(inline, heavy, headers)]);
      expect(offloaded.status).toBe(200);
      expect(offloaded.body.extensions.cost.requested).toBeGreaterThanOrEqual(500);
      expect(offloaded.body).toEqual(local.body);
    }
  }, 60_000);

  it('answer with the very bytes the main thread writes, errors, data and extensions in that order', async () => {
    const raw = async (server: ServerProcess, query: string, headers: Record<string, string>) => {
      const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
      return { status: response.status, contentType: response.headers.get('content-type'), text: await response.text() };
    };
    // The second has an error beside its data: the three fields of an answer, in Apollo's order.
    for (const query of [heavy, heavy.replace(/ }$/, ' forged: node(id: "hello") { id } }')]) {
      for (const headers of [{}, { 'accept-language': 'ar' }] as Record<string, string>[]) {
        const [offloaded, local] = await Promise.all([raw(pooled, query, headers), raw(inline, query, headers)]);
        expect(offloaded).toEqual(local);
        const body = JSON.parse(offloaded.text);
        expect(body.extensions.cost.requested).toBeGreaterThanOrEqual(500); // answered by the worker thread
        expect(body.extensions.sqlStatements).toBeGreaterThan(0);
        expect(Object.keys(body)).toEqual(query === heavy ? ['data', 'extensions'] : ['errors', 'data', 'extensions']);
        expect(offloaded.text).toBe(`${JSON.stringify(body)}\n`);
      }
    }
  }, 60_000);

  it('answer for the query\'s @asOf date, as the main thread does', async () => {
    const dated = `query @asOf(date: "2021-07") ${heavy}`;
    const [offloaded, local] = await Promise.all([ask(pooled, dated), ask(inline, dated)]);
    expect(offloaded.body.extensions.cost.requested).toBeGreaterThanOrEqual(500); // answered by the worker thread
    expect(offloaded.body).toEqual(local.body);
    expect(offloaded.body.extensions.asOf).toBe('2021-07');
    const names = offloaded.body.data.organizations.nodes.map((o: { handle: string; name: string }) => [o.handle, o.name]);
    expect(names).toContainEqual(['world-aquatics', 'FINA']);
  }, 60_000);
});
