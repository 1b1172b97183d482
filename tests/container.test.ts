/**
 * The Dockerfile and compose.yaml, checked without Docker (no image can be pulled on these
 * machines): the Dockerfile is linted with dockerfile-utils (the linter of VS Code's Docker
 * extension) and read for what the README promises; compose.yaml is parsed and its services
 * checked against the image and the server's settings.
 */
import { existsSync, readFileSync } from 'node:fs';
import { validate } from 'dockerfile-utils';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_SHUTDOWN_GRACE_MS } from '../src/config.js';

const ROOT = new URL('..', import.meta.url).pathname;
const read = (file: string) => readFileSync(`${ROOT}${file}`, 'utf8');
const dockerfile = read('Dockerfile');

interface Instruction {
  keyword: string;
  args: string;
}

/** The Dockerfile's instructions by stage (continuation lines joined, comments dropped). */
function stages(text: string): Instruction[][] {
  const lines = text.replace(/\\\n/g, ' ').split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
  const result: Instruction[][] = [];
  for (const line of lines) {
    const [, keyword, args] = /^(\S+)\s*(.*)$/.exec(line)!;
    if (keyword.toUpperCase() === 'FROM') result.push([]);
    result.at(-1)!.push({ keyword: keyword.toUpperCase(), args: args.replace(/\s+/g, ' ') });
  }
  return result;
}

const [build, runtime] = stages(dockerfile);
const argsOf = (stage: Instruction[], keyword: string) => stage.filter((i) => i.keyword === keyword).map((i) => i.args);
/** The runtime stage's ENV, as NAME=value pairs. */
const runtimeEnv = Object.fromEntries(argsOf(runtime, 'ENV').flatMap((args) => [...args.matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1], m[2]])));

describe('the Dockerfile', () => {
  it('passes the linter with no problem', () => {
    expect(validate(dockerfile).map((d) => `line ${d.range.start.line + 1}: ${d.message}`)).toEqual([]);
  });

  it('builds in one stage and runs on node:20-bookworm-slim, a Node the package claims', () => {
    expect(stages(dockerfile)).toHaveLength(2);
    expect(argsOf(build, 'RUN')).toEqual(expect.arrayContaining(['npm ci', expect.stringMatching(/^npm run build && npm prune --omit=dev$/)]));
    const [image] = argsOf(runtime, 'FROM');
    expect(image).toMatch(/^node:20-bookworm-slim /);
    const engines = JSON.parse(read('package.json')).engines.node;
    expect(semver.intersects(engines, `^${/^node:(\d+)/.exec(image)![1]}`)).toBe(true);
  });

  it('copies into the image only what the server reads, all of which the build stage has', () => {
    const copied = argsOf(runtime, 'COPY').map((args) => /^--from=build \/app\/(\S+) /.exec(args)?.[1]);
    expect(copied.sort()).toEqual(['dist', 'node_modules', 'package.json', 'schema', 'seeds']);
    // dist is the build's output; the rest comes from the repository through the build context.
    for (const path of copied.filter((p) => p !== 'dist' && p !== 'node_modules')) expect(existsSync(`${ROOT}${path}`), path).toBe(true);
    const ignored = read('.dockerignore').split('\n').filter((line) => line && !line.startsWith('#'));
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'dist', 'data', '*.db']));
    for (const needed of ['src', 'seeds', 'schema', 'package.json', 'package-lock.json', 'build.config.ts', 'tsconfig.json']) expect(ignored, needed).not.toContain(needed);
  });

  it('runs as an unprivileged user, with the database on a volume', () => {
    expect(argsOf(runtime, 'USER')).toEqual(['node']);
    expect(argsOf(runtime, 'VOLUME')).toEqual(['["/data"]']);
    expect(runtimeEnv.DATABASE_PATH).toMatch(/^\/data\//);
    expect(runtimeEnv).toMatchObject({ NODE_ENV: 'production', HOST: '0.0.0.0', PORT: '4000', MALLOC_ARENA_MAX: '2' });
    expect(argsOf(runtime, 'EXPOSE')).toEqual([runtimeEnv.PORT]);
  });

  it('checks /readyz with node (there is no curl in the slim image) and runs node as PID 1', () => {
    const [healthcheck] = argsOf(runtime, 'HEALTHCHECK');
    expect(healthcheck).toMatch(/CMD \["node", "-e", ".*\/readyz.*"\]$/);
    expect(healthcheck).not.toMatch(/curl|wget/);
    expect(argsOf(runtime, 'CMD')).toEqual(['["node", "dist/main.js"]']);
    expect(argsOf(runtime, 'ENTRYPOINT')).toEqual([]);
  });
});

describe('compose.yaml', () => {
  const compose = parse(read('compose.yaml'));
  const { sportsgraph, gateway } = compose.services;

  it('has the server and a gateway, from the one image', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['gateway', 'sportsgraph']);
    expect(sportsgraph.build).toBe('.');
    expect(gateway.image).toBe(sportsgraph.image);
  });

  it('runs the server as the image does, on the port it listens on, with the database on a named volume', () => {
    expect(sportsgraph.command).toBeUndefined();
    expect(sportsgraph.ports).toEqual([`${runtimeEnv.PORT}:${runtimeEnv.PORT}`]);
    const [volume] = sportsgraph.volumes as string[];
    expect(volume).toBe(`sportsgraph-data:${runtimeEnv.DATABASE_PATH.replace(/\/[^/]+$/, '')}`);
    expect(Object.keys(compose.volumes)).toEqual(['sportsgraph-data']);
  });

  it('gives the server longer to stop than its grace period for requests in flight', () => {
    const grace = Number(sportsgraph.environment.SHUTDOWN_GRACE_MS ?? DEFAULT_SHUTDOWN_GRACE_MS);
    expect(Number(/^(\d+)s$/.exec(sportsgraph.stop_grace_period)![1]) * 1000).toBeGreaterThan(grace);
  });

  it('runs the built gateway against the server\'s /subgraph once the server is healthy', () => {
    expect(gateway.command).toEqual(['node', 'dist/gateway.js']);
    expect(read('build.config.ts')).toContain("'src/cli/gateway.ts'"); // the build makes dist/gateway.js
    expect(gateway.environment.SPORTSGRAPH_URL).toBe(`http://sportsgraph:${runtimeEnv.PORT}/subgraph`);
    expect(gateway.ports).toEqual([`${gateway.environment.GATEWAY_PORT}:${gateway.environment.GATEWAY_PORT}`]);
    expect(gateway.depends_on).toEqual({ sportsgraph: { condition: 'service_healthy' } });
    expect(gateway.healthcheck.test.join(' ')).toContain(`127.0.0.1:${gateway.environment.GATEWAY_PORT}/readyz`);
  });
});
