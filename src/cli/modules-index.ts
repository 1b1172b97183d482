/**
 * `npm run schema:print`, first step: writes src/modules/index.ts, the list of every module's
 * resolver files, from the folders under src/modules, so a new module is served without being
 * listed by hand (a drift test checks the committed list).
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { projectFile } from '../paths.js';

export const MODULES_INDEX = 'src/modules/index.ts';

/** The text of src/modules/index.ts for the resolver files on disk. */
export function modulesIndex(): string {
  const folder = projectFile('src/modules');
  const files = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) => readdirSync(`${folder}/${dir.name}`).filter((file) => file.endsWith('.resolver.ts')).map((file) => `${dir.name}/${file}`))
    .sort();
  const nameOf = (file: string) => file.split('/')[1]!.replace('.resolver.ts', '').replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
  return [
    '// Written by `npm run schema:print` (src/cli/modules-index.ts) from the resolver files under src/modules: do not edit.',
    ...files.map((file) => `import * as ${nameOf(file)} from './${file.replace(/\.ts$/, '.js')}';`),
    '',
    '/** Every module\'s resolver file; each resolver class one exports is served. */',
    `export const modules = [${files.map(nameOf).join(', ')}];`,
    '',
  ].join('\n');
}

if (process.argv[1]?.endsWith('modules-index.ts')) {
  writeFileSync(projectFile(MODULES_INDEX), modulesIndex());
  console.info(`wrote ${MODULES_INDEX}`);
}
