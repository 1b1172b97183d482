/**
 * The import graph reads downward: db/ and shared/ import nothing above them, no module imports
 * another that imports it back (directly or around a loop), and no file is part of an import
 * cycle. Only imports that exist at run time count: `import type` is erased by the compiler.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('..', import.meta.url).pathname;
const files = (readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }) as string[])
  .filter((file) => file.endsWith('.ts'))
  .map((file) => join('src', file));

/** The project files a file imports at run time, as paths from the project root. */
function importsOf(file: string): string[] {
  const source = readFileSync(join(ROOT, file), 'utf8');
  const found: string[] = [];
  for (const [, clause = '', target] of source.matchAll(/^(?:import|export)\s+(?:([\w$*{}\s,]+?)\s+from\s+)?'(\.[^']+)'/gm)) {
    const typeOnly = /^type\s/.test(clause) || (/^\{[^}]*\}$/.test(clause.trim()) && clause.replace(/[{}]/g, '').split(',').every((name) => /^\s*type\s/.test(name) || !name.trim()));
    if (!typeOnly) found.push(normalize(join(dirname(file), target!.replace(/\.js$/, '.ts'))));
  }
  return found;
}
const graph = new Map(files.map((file) => [file, importsOf(file)]));

/** Cycles in a graph (Tarjan's strongly connected components of more than one node, or a self-loop). */
function cycles(edges: Map<string, Set<string>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    for (const to of edges.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (stack.includes(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do component.push((member = stack.pop()!));
      while (member !== node);
      if (component.length > 1 || edges.get(node)?.has(node)) found.push(component.sort());
    }
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return found;
}

const moduleOf = (file: string) => (file.startsWith('src/modules/') ? file.split('/').slice(0, 3).join('/') : file);

describe('the import graph', () => {
  it('reads every import it checks', () => {
    expect(graph.get('src/shared/write.ts')).toContain('src/shared/node-registry.ts');
    expect(graph.get('src/graphql-schema.ts')).toContain('src/modules/index.ts');
  });

  it('has no upward import from db/ or shared/ (files that import no project file, like config.ts, sit below every layer)', () => {
    const below = (file: string, target: string) =>
      target.startsWith('src/db/') || (file.startsWith('src/shared/') && target.startsWith('src/shared/')) || (/^src\/[^/]+\.ts$/.test(target) && graph.get(target)?.length === 0);
    const upward = [...graph].flatMap(([file, imports]) =>
      file.startsWith('src/db/') || file.startsWith('src/shared/') ? imports.filter((target) => !below(file, target)).map((target) => `${file} -> ${target}`) : [],
    );
    expect(upward).toEqual([]);
  });

  it('has no cycle between modules', () => {
    const edges = new Map<string, Set<string>>();
    for (const [file, imports] of graph) {
      for (const target of imports) if (moduleOf(file) !== moduleOf(target)) (edges.get(moduleOf(file)) ?? edges.set(moduleOf(file), new Set()).get(moduleOf(file))!).add(moduleOf(target));
    }
    expect(cycles(edges).map((cycle) => cycle.map((node) => relative('src', node)).join(' <-> '))).toEqual([]);
  });

  it('has no cycle between files', () => {
    const edges = new Map([...graph].map(([file, imports]) => [file, new Set(imports)]));
    expect(cycles(edges).map((cycle) => cycle.map((node) => relative('src', node)).join(' <-> '))).toEqual([]);
  });
});
