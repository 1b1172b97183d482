/**
 * package.json's `engines.node` is a promise to whoever installs the registry: every package
 * installed must accept every Node version it names, or `npm ci` warns EBADENGINE and the server
 * may fail on a version we claim (better-sqlite3 13 crashes on Node 20, for instance).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('..', import.meta.url).pathname;

interface Manifest {
  name?: string;
  version?: string;
  engines?: { node?: string };
}

const manifest = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));

/** Every package installed under node_modules (scoped ones and nested node_modules included), by its folder. */
function installedPackages(nodeModules: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(nodeModules, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || !(entry.isDirectory() || entry.isSymbolicLink())) continue;
    const dirs = entry.name.startsWith('@')
      ? readdirSync(join(nodeModules, entry.name)).map((name) => join(nodeModules, entry.name, name))
      : [join(nodeModules, entry.name)];
    for (const dir of dirs) {
      let nested: string[] = [];
      try {
        nested = installedPackages(join(dir, 'node_modules'));
      } catch {
        // no nested node_modules
      }
      found.push(dir, ...nested);
    }
  }
  return found;
}

describe('the Node versions package.json claims', () => {
  const claimed = manifest(ROOT).engines?.node ?? '';

  it('are a valid range that includes the Node running the tests', () => {
    expect(semver.validRange(claimed)).not.toBeNull();
    expect(semver.satisfies(process.version, claimed)).toBe(true);
  });

  it('are accepted by every installed package', () => {
    const packages = installedPackages(join(ROOT, 'node_modules'));
    expect(packages.length).toBeGreaterThan(100); // a real tree, not an empty folder
    const refusing: string[] = [];
    for (const dir of packages) {
      let pkg: Manifest;
      try {
        pkg = manifest(dir);
      } catch {
        continue; // a folder without a package.json (a leftover) is not a package
      }
      const wanted = pkg.engines?.node;
      if (wanted && !semver.subset(claimed, wanted)) refusing.push(`${pkg.name}@${pkg.version} wants node ${wanted}`);
    }
    expect(refusing).toEqual([]);
  });
});
