import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { benchDatabase } from '../bench/generate.js';

const run = promisify(execFile);
const root = mkdtempSync(join(tmpdir(), 'sportsgraph-export-memory-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** One export of a bench database in a process of its own: the bytes it wrote and the process's peak RSS. */
async function peak(scale: number, format: string): Promise<{ bytes: number; peakKb: number }> {
  const { path } = benchDatabase(root, scale, () => {});
  const { stdout } = await run(join('node_modules', '.bin', 'tsx'), ['tests/support/export-peak.ts', format], { env: { ...process.env, DATABASE_PATH: path } });
  return JSON.parse(stdout);
}

describe('export memory', () => {
  // Bench databases of 1/50 and 1/10 of the bench's scale 1 (about 5,000 and 27,000 rows): five times the data.
  it.each(['ndjson', 'popolo'])('%s: peak memory does not grow with the registry', async (format) => {
    const small = await peak(0.02, format);
    const large = await peak(0.1, format);
    expect(large.bytes).toBeGreaterThan(4 * small.bytes);
    // Holding the export would add about the output's growth (as text, and more as JS objects).
    expect(large.peakKb - small.peakKb, JSON.stringify({ small, large })).toBeLessThan(Math.max(12_000, (large.bytes - small.bytes) / 1024 / 2));
  }, 120_000);
});
