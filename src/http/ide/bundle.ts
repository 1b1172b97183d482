/**
 * The browser side of the IDE pages, bundled by esbuild from node_modules into one folder of
 * static files: GraphiQL 5 with its Monaco editor, its three Monaco workers and the explorer
 * plugin, and graphql-voyager. The folder is named after a hash of what goes into it, so a bundle
 * is built once per set of versions: by `npm run build` (so `npm start` serves at once), or on the
 * first request for an IDE asset when none is built yet (`npm run dev`, the tests).
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { projectFile } from '../../paths.js';

const SOURCES = 'src/http/ide';
const CACHE = 'node_modules/.cache/sportsgraph-ide';

/** Bundled for the page (an IIFE each: the pages load them as classic scripts). */
const PAGES = { graphiql: `${SOURCES}/graphiql.page.js`, voyager: `${SOURCES}/voyager.page.js` };
/** Monaco's workers, each a classic worker script beside the GraphiQL bundle. */
const WORKERS = {
  'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
  'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
  'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
};
/** The packages whose versions decide the bundle (with the page sources and esbuild's own version). */
const PACKAGES = ['esbuild', 'graphiql', '@graphiql/react', '@graphiql/plugin-explorer', '@graphiql/toolkit', 'monaco-editor', 'monaco-graphql', 'graphql-voyager', 'react', 'react-dom', 'graphql'];

let key: string | undefined;

/**
 * What the bundle is made from, as a short hash: its folder's name, and part of the assets' URLs
 * (so a browser may keep them for good). Worked out on first use: a production server never asks.
 */
export function bundleKey(): string {
  if (key) return key;
  const hash = createHash('sha256');
  for (const name of PACKAGES) {
    hash.update(`${name}@${JSON.parse(readFileSync(projectFile(`node_modules/${name}/package.json`), 'utf8')).version}\n`);
  }
  for (const file of [...Object.values(PAGES), `${SOURCES}/bundle.ts`]) hash.update(readFileSync(projectFile(file)));
  return (key = hash.digest('hex').slice(0, 16));
}

/** The folder holding the built bundle (which may not exist yet: see `ideBundle`). */
const bundleDir = () => projectFile(`${CACHE}/${bundleKey()}`);

let building: Promise<string> | undefined;

/** The folder of the built bundle, building it first if it is missing (once per process at a time). */
export function ideBundle(): Promise<string> {
  if (existsSync(bundleDir())) return Promise.resolve(bundleDir());
  building ??= buildBundle(bundleDir()).finally(() => (building = undefined));
  return building;
}

async function buildBundle(bundleDir: string): Promise<string> {
  // esbuild is loaded only to build: a server whose bundle is built never loads it.
  const { build } = await import('esbuild');
  // Built aside and renamed into place, so a server (or another process building the same bundle) never reads half a folder.
  const partial = `${bundleDir}.${process.pid}-${randomBytes(4).toString('hex')}`;
  mkdirSync(partial, { recursive: true });
  try {
    const common = {
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      legalComments: 'linked',
      outdir: partial,
      absWorkingDir: projectFile(''),
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'error',
    } as const;
    await Promise.all([
      build({
        ...common,
        entryPoints: Object.entries(PAGES).map(([out, file]) => ({ in: file, out })),
        // Monaco's codicon font, referenced from its CSS; everything else comes as data: URLs.
        loader: { '.ttf': 'file' },
        assetNames: '[name]',
      }),
      build({ ...common, entryPoints: Object.entries(WORKERS).map(([out, file]) => ({ in: file, out })) }),
    ]);
    try {
      renameSync(partial, bundleDir);
    } catch (error) {
      if (!existsSync(bundleDir)) throw error; // else another process finished the same bundle first
    }
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
  return bundleDir;
}

/** The path of a file in the built bundle, or undefined for a name that cannot be one of its files. */
export function bundleFile(name: string): string | undefined {
  return /^[\w-]+(\.[\w-]+)+$/.test(name) ? join(bundleDir(), name) : undefined;
}
