/**
 * The two servers as child processes: spawned on a free loopback port, timed to their first 200
 * from /readyz, measured through /proc (CPU and RSS summed over the process and its children,
 * for cluster workers), and always killed when the bench ends, fails or is interrupted.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { bundle, bundleOptions } from '../build.config.js';
import { freePort } from '../tests/support/server-process.js';

const ROOT = new URL('..', import.meta.url).pathname;
/** Clock ticks per second of the utime and stime fields of /proc/<pid>/stat. */
const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

export interface Server {
  name: string;
  port: number;
  child: ChildProcess;
  /** Milliseconds from spawn to the first 200 from /readyz. */
  startupMs: number;
  /** The last 4,000 characters the process wrote (stdout and stderr). */
  stderr(): string;
}

const running = new Set<ChildProcess>();

/** Kills every server still running, children first (cluster workers are ours too). */
export function killAll(): void {
  for (const child of running) {
    if (child.pid) for (const pid of [...descendants(child.pid), child.pid]) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    running.delete(child);
  }
}

export async function stop(server: Server): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return void running.delete(server.child);
  const exited = once(server.child, 'exit');
  for (const pid of descendants(server.child.pid!)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  server.child.kill('SIGKILL');
  await exited;
  running.delete(server.child);
}

/**
 * Builds the servers as production runs them: the project through `npm run build` (dist/main.js),
 * the baseline bundled with the same options, so neither pays for tsx. Returns the arguments to
 * start each with and their environment: the node flags and the variables of package.json's
 * `start` script for both (like with like).
 */
export async function buildServers(): Promise<{ project: string[]; baseline: string[]; env: Record<string, string> }> {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  // One folder below the root, as bench/baseline-server.ts is: its paths to schema/ still hold.
  const baseline = 'data/baseline-server.js';
  await bundle({ ...bundleOptions, entryPoints: [`${ROOT}/bench/baseline-server.ts`], outfile: `${ROOT}/${baseline}` });
  const { env, args } = startScript((JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as { scripts: { start: string } }).scripts.start);
  const flags = args.slice(0, -1);
  return { project: [...flags, 'dist/main.js'], baseline: [...flags, baseline], env };
}

/**
 * `[NAME=value ...] [exec] node [flags] dist/main.js`, read as the shell would: a value may be
 * `${NAME:-default}`. `exec` only makes npm's shell give way to node; the bench starts node itself.
 */
export function startScript(script: string): { env: Record<string, string>; args: string[] } {
  const words = script.trim().split(/\s+/);
  const env: Record<string, string> = {};
  for (let assignment; (assignment = /^(\w+)=(.*)$/.exec(words[0] ?? '')); words.shift()) {
    const [, name, value] = assignment;
    const fallback = /^\$\{(\w+):-(.*)\}$/.exec(value!);
    env[name!] = fallback ? process.env[fallback[1]!] || fallback[2]! : value!;
  }
  if (words[0] === 'exec') words.shift();
  if (words[0] !== 'node' || words.at(-1) !== 'dist/main.js') throw new Error(`package.json's start script is not "[NAME=value ...] [exec] node [flags] dist/main.js": ${script}`);
  return { env, args: words.slice(1) };
}

/**
 * Starts `node <args>` (node itself, not npm, which would put a second process between us and
 * the server) and waits for /readyz to answer 200.
 */
export async function startServer(name: string, args: string[], env: Record<string, string>, timeoutMs = 120_000): Promise<Server> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  // The project logs (pino, LOG_LEVEL=warn) to stdout: its last words are kept with stderr's.
  let stderr = '';
  const keep = (chunk: Buffer) => (stderr = (stderr + chunk).slice(-4000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const deadline = started + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode} before it was ready: ${stderr}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/readyz`);
      await response.arrayBuffer();
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (performance.now() > deadline) throw new Error(`${name} was not ready within ${timeoutMs} ms: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { name, port, child, startupMs: performance.now() - started, stderr: () => stderr };
}

/** Every process below `pid` (cluster workers), found through /proc/<pid>/stat parent ids. */
export function descendants(pid: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat) parents.set(stat.ppid, [...(parents.get(stat.ppid) ?? []), Number(entry)]);
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const child of parents.get(p) ?? []) {
      out.push(child);
      walk(child);
    }
  };
  walk(pid);
  return out;
}

function readStat(pid: number): { ppid: number; cpuTicks: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), cpuTicks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

const tree = (server: Server) => [server.child.pid!, ...descendants(server.child.pid!)];

/** CPU milliseconds (user + system) used so far by the server's processes. */
export function cpuMs(server: Server): number {
  return tree(server).reduce((sum, pid) => sum + ((readStat(pid)?.cpuTicks ?? 0) * 1000) / CLOCK_TICKS, 0);
}

/** Resident memory of the server's processes in MB: all of them, the largest one, and how many there are. */
export function rssMb(server: Server): { total: number; max: number; processes: number } {
  const pids = tree(server);
  const mb = pids.map((pid) => {
    try {
      return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
    } catch {
      return 0; // gone
    }
  });
  return { total: mb.reduce((a, b) => a + b, 0), max: Math.max(0, ...mb), processes: pids.length };
}
