/**
 * `npm run bench -- [--scale N] [--only name,...] [--seconds S]`: the one place where speed and
 * memory are judged. Every figure is the project beside a hand-written baseline (bench/baseline.ts)
 * measured in the same run on the same database, because this machine's 2 cores are shared and
 * absolute numbers move from run to run; ratios move much less. Before any timing, each operation's
 * `data` must be deep-equal on both sides, or the run fails (exit 1).
 *
 * Works: nested-inproc, search, startup, nested-http, lookup, lookup-mixed, writes, rss.
 * Writes the table to stdout and as JSON to data/bench/last.json.
 */
import 'reflect-metadata';
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { createKey } from '../src/auth/keys.js';
import { IDLE_RELEASE_MS } from '../src/http/idle-memory.js';
import { createContext } from '../src/context.js';
import { openDatabase } from '../src/db/client.js';
import { ApiRole } from '../src/db/enums.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { ensureSearchIndex, indexRows, SearchableType } from '../src/shared/search-index.js';
import { createApolloServer } from '../src/server.js';
import { Baseline, toGlobalId } from './baseline.js';
import { benchDatabase, prng, scaleLabel } from './generate.js';
import { keepAliveAgent, post, quantile, runLoad, succeeded, type LoadRequest } from './load.js';
import { addNameBody, lookupBody, nestedBody, searchBody, type GraphQLBody } from './queries.js';
import { loadAverage, machine, markdown, meets, ratioOf, type Figure } from './report.js';
import { buildServers, cpuMs, killAll, rssMb, startServer, stop, type Server } from './servers.js';

const ROOT = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const WORKS = ['nested-inproc', 'search', 'startup', 'nested-http', 'lookup', 'lookup-mixed', 'writes', 'rss'] as const;
type Work = (typeof WORKS)[number];

const { values: args } = parseArgs({
  options: { scale: { type: 'string', default: '1' }, only: { type: 'string' }, seconds: { type: 'string' } },
});
const scale = Number(args.scale);
if (!(scale > 0)) throw new Error(`--scale must be a positive number; got "${args.scale}".`);
const only = new Set<Work>(args.only ? (args.only.split(',').map((w) => w.trim()) as Work[]) : WORKS);
for (const work of only) if (!WORKS.includes(work)) throw new Error(`--only: unknown work "${work}"; the works are ${WORKS.join(', ')}.`);
// The mixed run is judged against the unmixed one, so it brings it along.
if (only.has('lookup-mixed')) only.add('lookup');
/** Seconds of each load run: 8 at scale 1, fewer on small databases (at least 2). */
const seconds = args.seconds ? Number(args.seconds) : Math.max(2, Math.round(8 * Math.min(1, scale)));
/** The project's server may run as a node:cluster of this many processes; the baseline then runs as many. */
const processes = Math.max(1, Number(process.env.WEB_CONCURRENCY ?? 1) || 1);
/** A timed repetition lasts at least this long, so CPU clocks (10 ms ticks for servers) stay accurate. */
const minRepMs = Math.max(300, 1500 * Math.min(1, scale));
const WARM_UP_MS = Math.max(1000, (seconds * 1000) / 4);
const LOOKUP_CONNECTIONS = 50;
const HEAVY_SHARE = 0.05;
/** Heavy requests in flight at once in the mixed run: without a cap, a server slow at the heavy
 * query ends with every connection waiting on one, and the run's tail grows without bound. */
const MAX_HEAVY_IN_FLIGHT = 4;
const WRITE_CONNECTIONS = 10;

const t0 = performance.now();
const measured = machine(scale, processes);
const log = (line: string) => {
  const s = Math.round((performance.now() - t0) / 1000);
  console.log(`[${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}] ${line}`);
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const figures: Figure[] = [];
const failures: string[] = [];
const raw: Record<string, unknown> = {};

/** Where two JSON values first differ, as a path, for the mismatch message. */
function firstDifference(a: unknown, b: unknown, path = 'data'): string {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return `${path}: ${JSON.stringify(a)?.slice(0, 200)} vs ${JSON.stringify(b)?.slice(0, 200)}`;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const [x, y] = [(a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]];
    if (!isDeepStrictEqual(x, y)) return firstDifference(x, y, `${path}.${key}`);
  }
  return path;
}

/** Compares the project's answer (JSON text) with the baseline's `data`; a difference fails the run. */
function sameData(work: string, projectJson: string | Buffer, baselineData: unknown): boolean {
  const answer = JSON.parse(projectJson.toString()) as { data?: unknown; errors?: unknown[] };
  const expected = JSON.parse(JSON.stringify(baselineData));
  if (answer.errors?.length) {
    failures.push(`${work}: the project answered with errors: ${JSON.stringify(answer.errors).slice(0, 500)}`);
  } else if (!isDeepStrictEqual(answer.data, expected)) {
    failures.push(`${work}: the project's data differs from the baseline's at ${firstDifference(answer.data, expected)}`);
  } else {
    return true;
  }
  log(`MISMATCH ${failures.at(-1)}`);
  return false;
}

/** CPU ms per call in this process (process.cpuUsage), median of 3 repetitions after a warm-up. */
/**
 * CPU ms per call of the project's and the baseline's function, measured in alternating
 * repetitions (project, baseline, baseline, project, ...) so that the machine slowing down or
 * speeding up meanwhile (its cores are shared) weighs on both sides alike. Median of 5 each.
 */
async function pairedCpuPerCall(project: () => unknown, baseline: () => unknown) {
  const iterationsOf = async (fn: () => unknown) => {
    const started = performance.now();
    await fn();
    return Math.max(1, Math.ceil(minRepMs / Math.max(performance.now() - started, 0.01)));
  };
  const sides = [
    { fn: project, iterations: await iterationsOf(project), reps: [] as number[] },
    { fn: baseline, iterations: await iterationsOf(baseline), reps: [] as number[] },
  ];
  for (let rep = 0; rep < 5; rep++) {
    for (const side of rep % 2 === 0 ? sides : [...sides].reverse()) {
      const before = process.cpuUsage();
      for (let i = 0; i < side.iterations; i++) await side.fn();
      const used = process.cpuUsage(before);
      side.reps.push((used.user + used.system) / 1000 / side.iterations);
    }
  }
  const [p, b] = sides.map(({ iterations, reps }) => ({ ms: median(reps), iterations, reps }));
  return { p: p!, b: b! };
}

/** Wall ms and server CPU ms per request over HTTP, one at a time, median of 3 repetitions. */
async function httpPerRequest(server: Server, payload: string, headers: Record<string, string> = {}) {
  const agent = keepAliveAgent(1);
  const warm = await post(server.port, payload, agent, headers);
  if (!succeeded(warm)) throw new Error(`${server.name}: ${warm.status} ${warm.body.subarray(0, 300)}`);
  const iterations = Math.max(1, Math.ceil(minRepMs / warm.ms));
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let rep = 0; rep < 3; rep++) {
    const cpuBefore = cpuMs(server);
    const started = performance.now();
    for (let i = 0; i < iterations; i++) {
      const reply = await post(server.port, payload, agent, headers);
      if (!succeeded(reply)) throw new Error(`${server.name}: ${reply.status} ${reply.body.subarray(0, 300)}`);
    }
    wall.push((performance.now() - started) / iterations);
    cpu.push((cpuMs(server) - cpuBefore) / iterations);
  }
  agent.destroy();
  return { wallMs: median(wall), cpuMs: median(cpu), iterations };
}

/**
 * A load run against one server, with the server's CPU (and the client's) over the run. The same
 * load runs unmeasured for WARM_UP_MS first: a fresh node process serves its first few thousand
 * requests at half speed or worse while V8 compiles the hot paths.
 */
async function load(server: Server, options: Omit<Parameters<typeof runLoad>[0], 'port'>) {
  const warmUp = await runLoad({ ...options, port: server.port, durationMs: WARM_UP_MS });
  if (warmUp.errors) failures.push(`${server.name}: ${warmUp.errors} failed requests while warming up, first: ${warmUp.firstError}`);
  const warmUpAnswered = Object.values(warmUp.latencies).reduce((sum, list) => sum + list.length, 0);
  const cpuBefore = cpuMs(server);
  const clientBefore = process.cpuUsage();
  const result = await runLoad({ ...options, port: server.port });
  const client = process.cpuUsage(clientBefore);
  const answered = Object.values(result.latencies).reduce((sum, list) => sum + list.length, 0);
  if (result.errors) failures.push(`${server.name}: ${result.errors} failed requests under load, first: ${result.firstError}`);
  // The client's own CPU is kept too: on 2 cores, a busy client is a reason for a low req/s.
  return { ...result, cpuMs: cpuMs(server) - cpuBefore, clientCpuMs: (client.user + client.system) / 1000, answered, warmUpAnswered };
}

/**
 * The same load on each server, in alternating slices (project, baseline, baseline, project),
 * each server warmed up once first: a change in the machine's speed during the run weighs on both
 * sides alike. The slices of each server are added up as one run.
 */
async function pairedLoad(pair: Server[], options: (server: Server) => Omit<Parameters<typeof runLoad>[0], 'port'>, slices = 4) {
  const totals = new Map<Server, Awaited<ReturnType<typeof load>>>();
  for (const server of pair) {
    const warmUp = await runLoad({ ...options(server), port: server.port, durationMs: WARM_UP_MS });
    if (warmUp.errors) failures.push(`${server.name}: ${warmUp.errors} failed requests while warming up, first: ${warmUp.firstError}`);
  }
  for (let slice = 0; slice < slices; slice++) {
    for (const server of slice % 2 === 0 ? pair : [...pair].reverse()) {
      const base = options(server);
      const cpuBefore = cpuMs(server);
      const clientBefore = process.cpuUsage();
      const result = await runLoad({ ...base, port: server.port, durationMs: base.durationMs / slices });
      const client = process.cpuUsage(clientBefore);
      if (result.errors) failures.push(`${server.name}: ${result.errors} failed requests under load, first: ${result.firstError}`);
      const answered = Object.values(result.latencies).reduce((sum, list) => sum + list.length, 0);
      const total = totals.get(server) ?? { elapsedMs: 0, latencies: {}, errors: 0, cpuMs: 0, clientCpuMs: 0, answered: 0, warmUpAnswered: 0 };
      total.elapsedMs += result.elapsedMs;
      total.errors += result.errors;
      total.firstError ??= result.firstError;
      total.cpuMs += cpuMs(server) - cpuBefore;
      total.clientCpuMs += (client.user + client.system) / 1000;
      total.answered += answered;
      for (const [kind, list] of Object.entries(result.latencies)) (total.latencies[kind] ??= []).push(...list);
      totals.set(server, total);
    }
  }
  return Object.fromEntries(pair.map((server) => [server.name, totals.get(server)!]));
}

const json = (body: GraphQLBody) => JSON.stringify(body);

async function main(): Promise<void> {
  // 1. The database: built once per scale, then copied, so the writes of a run never reach the next.
  const info = benchDatabase(ROOT, scale, log);
  const buildMs = performance.now() - t0;
  const runStarted = performance.now();
  const runPath = `${ROOT}/data/bench/run-s${scaleLabel(scale)}.db`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(runPath + suffix, { force: true });
  copyFileSync(info.path, runPath);
  const db = openDatabase(runPath);
  migrateDatabase(db);
  // A database built before a migration that touches the index is brought up to date here, not in the timed start-up.
  ensureSearchIndex(db);
  const { key } = createKey(db, 'bench editor', ApiRole.EDITOR);
  const auth = { authorization: `Bearer ${key}` };
  const baselineDb = new Database(runPath);
  baselineDb.pragma('journal_mode = WAL');
  baselineDb.pragma('foreign_keys = ON');
  baselineDb.pragma('busy_timeout = 5000');
  const baseline = new Baseline(baselineDb);

  // What the operations ask for, drawn once from seeded PRNGs: the same every run at this scale.
  const handles = (db.$client.prepare('SELECT handle FROM organizations ORDER BY id').pluck().all() as string[]);
  const orgIds = prng(7).distinct(handles.length, Math.min(1000, handles.length)).map((i) => toGlobalId('Organization', i + 1));
  const nested = nestedBody(orgIds);
  const pickHandle = prng(9);
  const lookupBodies = Array.from({ length: 5000 }, () => Buffer.from(json(lookupBody(pickHandle.pick(handles)))));
  const first = (source: string) => String(db.$client.prepare(source).pluck().get() ?? 'none');
  const searchTerms = [
    'federation',
    handles[0]!,
    first('SELECT family_name FROM people ORDER BY id LIMIT 1'),
    first("SELECT value FROM names WHERE lang IN ('ru', 'kk-Cyrl') ORDER BY id LIMIT 1").split(' ')[0]!.slice(0, 4),
    first("SELECT value FROM names WHERE lang = 'ar' ORDER BY id LIMIT 1").split(' ')[0]!,
  ];
  log(`scale ${scale}: ${handles.length} organisations; nested query over ${orgIds.length}; load runs of ${seconds} s; ${processes} server process(es)`);

  // 2. In process: the project through Apollo's executeOperation (and JSON.stringify), the baseline's statements.
  if (only.has('nested-inproc') || only.has('search')) {
    const apollo = await createApolloServer({ production: true });
    await apollo.start();
    const project = async (body: GraphQLBody) => {
      const response = await apollo.executeOperation(body, { contextValue: createContext(db) });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return JSON.stringify(response.body.singleResult);
    };
    const inBaseline = (body: GraphQLBody) => JSON.stringify(baseline.execute(body));

    if (only.has('nested-inproc')) {
      log('nested-inproc: checking both answers are equal');
      if (sameData('nested-inproc', await project(nested), baseline.execute(nested).data)) {
        const { p, b } = await pairedCpuPerCall(() => project(nested), () => inBaseline(nested));
        raw['nested-inproc'] = { project: p, baseline: b, organizations: orgIds.length };
        figures.push({ work: 'nested-inproc', measure: 'CPU ms/query', project: p.ms, baseline: b.ms, better: 'lower', target: { on: 'ratio', max: 2, text: '≤ 2x' } });
        log(`nested-inproc: project ${p.ms.toFixed(1)} ms, baseline ${b.ms.toFixed(1)} ms CPU per query`);
      }
    }
    if (only.has('search')) {
      log(`search: terms ${JSON.stringify(searchTerms)}`);
      const bodies = searchTerms.map((term) => searchBody(term));
      let equal = true;
      for (const body of bodies) equal = sameData(`search "${body.variables.q}"`, await project(body), baseline.execute(body).data) && equal;
      if (equal) {
        const { p, b } = await pairedCpuPerCall(async () => { for (const body of bodies) await project(body); }, () => bodies.forEach(inBaseline));
        raw.search = { terms: searchTerms, project: p, baseline: b };
        figures.push({ work: 'search', measure: 'CPU ms/query', project: p.ms / bodies.length, baseline: b.ms / bodies.length, better: 'lower', note: `mean of ${bodies.length} terms` });
        log(`search: project ${(p.ms / bodies.length).toFixed(2)} ms, baseline ${(b.ms / bodies.length).toFixed(2)} ms CPU per query`);
      }
    }
    await apollo.stop();
  }

  // 3. The servers: start-up timed (3 times when asked, each server alone), then kept for the HTTP works.
  const needServers = ['startup', 'nested-http', 'lookup', 'writes', 'rss'].some((w) => only.has(w as Work));
  if (!needServers) return finish(buildMs, runStarted, info.reused);
  const scripts = await buildServers();
  if (Object.keys(scripts.env).length) log(`both servers start with ${Object.entries(scripts.env).map(([name, value]) => `${name}=${value}`).join(' ')} (package.json's start script)`);
  const env = { ...scripts.env, DATABASE_PATH: runPath, NODE_ENV: 'production', LOG_LEVEL: 'warn', WEB_CONCURRENCY: String(processes) };
  let project: Server | undefined;
  let base: Server | undefined;
  const startups = { project: [] as number[], baseline: [] as number[] };
  for (let i = 0; i < (only.has('startup') ? 3 : 1); i++) {
    if (project) await stop(project);
    project = await startServer('project', scripts.project, env);
    startups.project.push(project.startupMs);
    if (base) await stop(base);
    base = await startServer('baseline', scripts.baseline, env);
    startups.baseline.push(base.startupMs);
    log(`startup: project ${project.startupMs.toFixed(0)} ms, baseline ${base.startupMs.toFixed(0)} ms to a 200 from /readyz`);
  }
  const servers = { project: project!, baseline: base! };
  raw.startup = startups;
  if (only.has('startup')) {
    figures.push({ work: 'startup', measure: 'ms to /readyz', project: median(startups.project), baseline: median(startups.baseline), better: 'lower', target: { on: 'project', max: 2000, text: '< 2 s' } });
  }
  // "Idle" is measured as a server that has had nothing to do: past the time after which the
  // project gives memory back and ends its heavy-query thread (IDLE_RELEASE_MS, documented).
  const idleWaitMs = IDLE_RELEASE_MS + 1500;
  await sleep(only.has('rss') ? idleWaitMs : 1000);
  const rssStart = { project: rssMb(servers.project), baseline: rssMb(servers.baseline) };

  if (only.has('nested-http')) {
    log('nested-http: checking both answers are equal');
    const payload = json(nested);
    const agent = keepAliveAgent(1);
    const [p, b] = [await post(servers.project.port, payload, agent), await post(servers.baseline.port, payload, agent)];
    agent.destroy();
    if (sameData('nested-http', p.body, JSON.parse(b.body.toString()).data)) {
      const pt = await httpPerRequest(servers.project, payload);
      const bt = await httpPerRequest(servers.baseline, payload);
      raw['nested-http'] = { project: pt, baseline: bt, responseBytes: { project: p.body.length, baseline: b.body.length } };
      figures.push({ work: 'nested-http', measure: 'wall ms/request', project: pt.wallMs, baseline: bt.wallMs, better: 'lower', target: { on: 'ratio', max: 2.5, text: '≤ 2.5x' } });
      figures.push({ work: 'nested-http', measure: 'server CPU ms/request', project: pt.cpuMs, baseline: bt.cpuMs, better: 'lower', target: { on: 'ratio', max: 2.5, text: '≤ 2.5x' } });
      log(`nested-http: project ${pt.wallMs.toFixed(0)} ms (${pt.cpuMs.toFixed(0)} ms CPU), baseline ${bt.wallMs.toFixed(0)} ms (${bt.cpuMs.toFixed(0)} ms CPU) per request`);
    }
  }

  if (only.has('lookup')) {
    log('lookup: checking both answers are equal');
    const agent = keepAliveAgent(1);
    let equal = true;
    for (const body of [...lookupBodies.slice(0, 20), Buffer.from(json(lookupBody('no-such-organization')))]) {
      const [p, b] = [await post(servers.project.port, body, agent), await post(servers.baseline.port, body, agent)];
      equal = sameData(`lookup ${JSON.parse(body.toString()).variables.handle}`, p.body, JSON.parse(b.body.toString()).data) && equal;
    }
    agent.destroy();
    if (equal) {
      const lookups = await pairedLoad([servers.project, servers.baseline], () => {
        let i = 0;
        return {
          connections: LOOKUP_CONNECTIONS, durationMs: seconds * 1000, maxRequests: 5_000_000,
          next: () => ({ kind: 'lookup', body: lookupBodies[i++ % lookupBodies.length]! }),
        };
      });
      for (const [name, r] of Object.entries(lookups)) {
        log(`lookup: ${name} ${(r.answered / (r.elapsedMs / 1000)).toFixed(0)} req/s, p99 ${quantile(r.latencies.lookup ?? [], 0.99).toFixed(1)} ms`);
      }
      const stats = (r: Awaited<ReturnType<typeof load>>) => ({
        rps: r.answered / (r.elapsedMs / 1000), p50: quantile(r.latencies.lookup ?? [], 0.5), p90: quantile(r.latencies.lookup ?? [], 0.9),
        p99: quantile(r.latencies.lookup ?? [], 0.99), max: quantile(r.latencies.lookup ?? [], 1),
        cpuPerRequest: r.cpuMs / Math.max(1, r.answered + r.errors), requests: r.answered, errors: r.errors,
        clientCpuPerRequest: r.clientCpuMs / Math.max(1, r.answered + r.errors), elapsedMs: r.elapsedMs,
      });
      const [p, b] = [stats(lookups.project!), stats(lookups.baseline!)];
      raw.lookup = { project: p, baseline: b, connections: LOOKUP_CONNECTIONS, seconds };
      figures.push({ work: 'lookup', measure: 'req/s', project: p.rps, baseline: b.rps, better: 'higher', target: { on: 'ratio', max: 2, text: '≥ 0.5x baseline' } });
      figures.push({ work: 'lookup', measure: 'p50 ms', project: p.p50, baseline: b.p50, better: 'lower' });
      figures.push({ work: 'lookup', measure: 'p99 ms', project: p.p99, baseline: b.p99, better: 'lower', target: { on: 'ratio', max: 2, text: '≤ 2x' } });
      figures.push({ work: 'lookup', measure: 'server CPU ms/request', project: p.cpuPerRequest, baseline: b.cpuPerRequest, better: 'lower' });

      if (only.has('lookup-mixed')) {
        const heavy = Buffer.from(json(nested));
        const mixed: Record<string, ReturnType<typeof stats> & { heavy: number; heavyShare: number }> = {};
        for (const server of [servers.project, servers.baseline]) {
          // 5% of draws are heavy; a heavy draw that finds MAX_HEAVY_IN_FLIGHT already running is
          // owed and sent by the next request that finds room, so the share stays 5% where the server keeps up.
          const draw = prng(11);
          let i = 0;
          let owed = 0;
          let inFlightHeavy = 0;
          const next = (): LoadRequest => {
            if (draw.chance(HEAVY_SHARE)) owed += 1;
            if (owed > 0 && inFlightHeavy < MAX_HEAVY_IN_FLIGHT) {
              owed -= 1;
              inFlightHeavy += 1;
              return { kind: 'heavy', body: heavy };
            }
            return { kind: 'lookup', body: lookupBodies[i++ % lookupBodies.length]! };
          };
          const r = await load(server, {
            connections: LOOKUP_CONNECTIONS, durationMs: seconds * 1000, maxRequests: 5_000_000, next,
            onDone: (request) => { if (request.kind === 'heavy') inFlightHeavy -= 1; },
          });
          const heavyCount = r.latencies.heavy?.length ?? 0;
          mixed[server.name] = { ...stats(r), heavy: heavyCount, heavyShare: heavyCount / Math.max(1, r.answered) };
          log(`lookup-mixed: ${server.name} lookup p99 ${mixed[server.name]!.p99.toFixed(1)} ms with ${heavyCount} heavy of ${r.answered} (${(100 * mixed[server.name]!.heavyShare).toFixed(1)}%)`);
        }
        const [pm, bm] = [mixed.project!, mixed.baseline!];
        raw['lookup-mixed'] = { project: pm, baseline: bm, maxHeavyInFlight: MAX_HEAVY_IN_FLIGHT };
        const share = (m: typeof pm) => `${(100 * m.heavyShare).toFixed(1)}%`;
        figures.push({ work: 'lookup-mixed', measure: 'lookup p99 ms', project: pm.p99, baseline: bm.p99, better: 'lower', note: `heavy share ${share(pm)} / ${share(bm)}` });
        figures.push({ work: 'lookup-mixed', measure: 'lookup p99 mixed / unmixed', project: pm.p99 / p.p99, baseline: bm.p99 / b.p99, better: 'lower', target: { on: 'project', max: 2, text: '≤ 2 (project)' } });
      }
    }
  }

  if (only.has('writes')) {
    log('writes: checking both answers are equal');
    const agent = keepAliveAgent(1);
    const check = (owner: number) => json(addNameBody(toGlobalId('Organization', owner), 'Bench check name'));
    const [p, b] = [await post(servers.project.port, check(1), agent, auth), await post(servers.baseline.port, check(2), agent, auth)];
    agent.destroy();
    const touched = new Set<number>([1, 2]);
    let written = 2;
    if (sameData('writes', p.body, JSON.parse(b.body.toString()).data)) {
      const results: Record<string, { rps: number; cpuPerWrite: number; writes: number }> = {};
      for (const [mode, connections] of [['sequential', 1], ['concurrent', WRITE_CONNECTIONS]] as const) {
        for (const server of [servers.project, servers.baseline]) {
          const owners = prng(13);
          let n = 0;
          const r = await load(server, {
            connections, durationMs: seconds * 1000, maxRequests: 100_000, headers: auth,
            next: () => {
              const owner = 1 + owners.int(handles.length);
              touched.add(owner);
              return { kind: 'write', body: Buffer.from(json(addNameBody(toGlobalId('Organization', owner), `bench ${server.name} ${mode} ${++n}`))) };
            },
            ok: (reply) => reply.body.indexOf('"userErrors":[]') !== -1,
          });
          written += r.warmUpAnswered + r.answered;
          results[`${server.name} ${mode}`] = { rps: r.answered / (r.elapsedMs / 1000), cpuPerWrite: r.cpuMs / Math.max(1, r.answered + r.errors), writes: r.answered };
          log(`writes: ${server.name} ${mode} (${connections} client${connections > 1 ? 's' : ''}) ${results[`${server.name} ${mode}`]!.rps.toFixed(0)} writes/s`);
        }
        const [pw, bw] = [results[`project ${mode}`]!, results[`baseline ${mode}`]!];
        const label = mode === 'sequential' ? 'sequential' : `${WRITE_CONNECTIONS} concurrent`;
        figures.push({ work: 'writes', measure: `${label} writes/s`, project: pw.rps, baseline: bw.rps, better: 'higher', target: { on: 'ratio', max: 2, text: '≥ 0.5x baseline' } });
        figures.push({ work: 'writes', measure: `${label} server CPU ms/write`, project: pw.cpuPerWrite, baseline: bw.cpuPerWrite, better: 'lower' });
      }
      raw.writes = results;
    }
    verifyWrites(db, touched, written);
  }

  if (only.has('rss')) {
    await sleep(idleWaitMs);
    const rssEnd = { project: rssMb(servers.project), baseline: rssMb(servers.baseline) };
    raw.rss = { afterStartup: rssStart, afterRuns: rssEnd };
    const perProcess = (r: ReturnType<typeof rssMb>) => r.max;
    const note = processes > 1 ? `totals ${rssEnd.project.total.toFixed(0)} / ${rssEnd.baseline.total.toFixed(0)} MB over ${rssEnd.project.processes} / ${rssEnd.baseline.processes} processes` : undefined;
    figures.push({ work: 'rss', measure: 'idle MB after start-up (largest process)', project: perProcess(rssStart.project), baseline: perProcess(rssStart.baseline), better: 'lower', target: { on: 'project', max: 150, text: '< 150 MB' } });
    figures.push({ work: 'rss', measure: 'idle MB after the runs (largest process)', project: perProcess(rssEnd.project), baseline: perProcess(rssEnd.baseline), better: 'lower', target: { on: 'project', max: 150, text: '< 150 MB' }, note });
  }
  const stderr = servers.project.stderr().trim();
  if (stderr) log(`the project's server wrote:\n${stderr.slice(-2000)}`);
  await stop(servers.project);
  await stop(servers.baseline);
  return finish(buildMs, runStarted, info.reused);
}

/**
 * After the writes, both servers' work must be in the database as the project would leave it:
 * one `changes` row per name written, and each touched organisation's search-index rows exactly
 * what the project's own indexer (indexRows) makes of it. This holds the baseline's hand-written
 * transaction to the same work as the project's.
 */
function verifyWrites(db: ReturnType<typeof openDatabase>, touched: Set<number>, written: number): void {
  const changes = db.$client.prepare("SELECT count(*) FROM changes WHERE operation = 'addName'").pluck().get() as number;
  if (changes !== written) failures.push(`writes: ${written} names were written but \`changes\` has ${changes} addName rows`);
  const stored = db.$client.prepare(`SELECT rowid, entity_type AS entityType, entity_id AS entityId, field, lang, display, text
    FROM search_index WHERE rowid IN (SELECT id FROM search_index_content WHERE id >= ? AND id < ?) ORDER BY rowid`);
  const rowsPerEntity = 4096;
  for (const id of touched) {
    const expected = indexRows(db, SearchableType.ORGANIZATION, [id]);
    const start = (1 * 2 ** 36 + id) * rowsPerEntity;
    if (JSON.stringify(stored.all(start, start + rowsPerEntity)) !== JSON.stringify(expected)) {
      failures.push(`writes: the search index of Organization ${id} is not what the project's indexer makes of it`);
      break;
    }
  }
  log(`writes: ${written} names, ${changes} history rows, search index of ${touched.size} organisations checked`);
}

function finish(buildMs: number, runStarted: number, reused: boolean): void {
  const runMs = performance.now() - runStarted;
  const m = { ...measured, loadAverage: { ...measured.loadAverage, end: loadAverage() } };
  const table = markdown(figures, m);
  console.log(`\n${table}\n`);
  console.log(`database ${reused ? 'reused' : 'built'} in ${(buildMs / 1000).toFixed(1)} s; runs took ${(runMs / 1000).toFixed(1)} s`);
  const report = {
    at: new Date().toISOString(),
    machine: m,
    buildMs: Math.round(buildMs),
    databaseReused: reused,
    runMs: Math.round(runMs),
    figures: figures.map((f) => ({ ...f, ratio: ratioOf(f), meetsTarget: meets(f) })),
    failures,
    raw,
  };
  writeFileSync(`${ROOT}/data/bench/last.json`, `${JSON.stringify(report, null, 2)}\n`);
  if (failures.length) {
    console.error(`\nFAILED: ${failures.length} check(s):\n${failures.map((f) => `- ${f}`).join('\n')}`);
    process.exitCode = 1;
  }
}

// Servers never outlive the bench: on success, failure, Ctrl-C or kill.
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    killAll();
    process.exit(130);
  });
}
main().then(
  () => process.exit(),
  (error: unknown) => {
    console.error(error);
    killAll();
    process.exit(1);
  },
);
