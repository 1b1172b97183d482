/**
 * The bench's output: one markdown table of figures, project beside baseline, with a ratio that
 * always reads "how many times worse the project is" (project/baseline for costs such as time,
 * CPU and memory; baseline/project for throughput) and the issue's target beside it.
 */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

export interface Figure {
  work: string;
  /** What is measured, with its unit, e.g. `CPU ms/query`. */
  measure: string;
  project: number;
  baseline: number;
  /** Which way is better: costs are lower-is-better, throughput higher-is-better. */
  better: 'lower' | 'higher';
  /** The issue's target, if any: on the ratio, or on the project's own value. */
  target?: { on: 'ratio' | 'project'; max: number; text: string };
  note?: string;
}

export const ratioOf = (f: Figure) => (f.better === 'lower' ? f.project / f.baseline : f.baseline / f.project);

export function meets(f: Figure): boolean | undefined {
  if (!f.target) return undefined;
  const value = f.target.on === 'ratio' ? ratioOf(f) : f.project;
  return Number.isFinite(value) && value <= f.target.max;
}

/** The machine and the code measured; call it when the run starts (others may commit meanwhile). */
export function machine(scale: number, processes: number) {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const git = (args: string) => {
    try {
      return execSync(`git ${args}`, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return '';
    }
  };
  return {
    cpu: /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    node: process.version,
    scale,
    webConcurrency: processes,
    commit: `${git('rev-parse --short HEAD')}${git('status --porcelain --untracked-files=no src') ? ' + uncommitted changes in src/' : ''}`,
    /** 1-minute load averages at the start and the end: above ~2 on 2 cores, other work was competing for the CPU. */
    loadAverage: { start: loadAverage(), end: NaN },
  };
}

export const loadAverage = () => Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);

const number = (value: number) => {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  return abs >= 100 ? value.toFixed(0) : abs >= 10 ? value.toFixed(1) : abs >= 1 ? value.toFixed(2) : value.toFixed(3);
};

export function markdown(figures: Figure[], m: ReturnType<typeof machine>): string {
  const lines = [
    `machine: ${m.cpu}, ${m.cores} cores, node ${m.node}, scale ${m.scale}, WEB_CONCURRENCY ${m.webConcurrency}, load average ${m.loadAverage.start} at the start and ${m.loadAverage.end} at the end, code ${m.commit}`,
    '',
    'ratio: how many times worse the project is than the baseline (project/baseline for costs; baseline/project for throughput, marked ↑)',
    '',
    '| work | project | baseline | ratio | target |',
    '|---|---:|---:|---:|---|',
  ];
  for (const f of figures) {
    const ok = meets(f);
    const target = f.target ? `${f.target.text} ${ok ? '✓' : '✗'}` : '';
    const arrow = f.better === 'higher' ? ' ↑' : '';
    lines.push(`| ${f.work}: ${f.measure}${arrow}${f.note ? ` (${f.note})` : ''} | ${number(f.project)} | ${number(f.baseline)} | ${number(ratioOf(f))}x | ${target} |`);
  }
  return lines.join('\n');
}
