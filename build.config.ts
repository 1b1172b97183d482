/**
 * `npm run build` (and before `npm start`): bundles the server into dist/main.js, its heavy-query
 * worker into dist/heavy-query.worker.js and the gateway into dist/gateway.js with esbuild, the transform tsx applies at run time, so a
 * server runs plain JavaScript: no TypeScript loader thread, and one file to load instead of
 * hundreds (start-up is about half a second shorter). The bench builds its baseline with the same options.
 * Also builds the IDE pages' browser bundle when it is missing (src/http/ide/bundle.ts), so the first page load is quick.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';
import { ideBundle } from './src/http/ide/bundle.js';

/**
 * Packages left in node_modules: the native SQLite addon; libraries that start worker threads from
 * files beside their own (piscina, pino's transports); and Apollo's createhash, which reaches node's
 * crypto through `module.require` (absent in a bundle, where it falls back to a SHA-256 in JavaScript);
 * and esbuild itself, which the server loads only to build the IDE's browser bundle when it is missing,
 * and @viz-js/viz, a few megabytes of WebAssembly imported on the first network picture only.
 */
const EXTERNAL = ['better-sqlite3', 'piscina', 'pino', '@apollo/utils.createhash', 'esbuild', '@viz-js/viz'];

/** Bundled code is ESM; CommonJS packages inside it still call `require` for node's built-ins. */
const REQUIRE_SHIM = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

export const bundleOptions: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: EXTERNAL,
  banner: { js: REQUIRE_SHIM },
  sourcemap: true,
  // type-graphql names a type after its class; a bundle renames classes whose names collide (Name -> Name2).
  keepNames: true,
  logLevel: 'warning',
};

/**
 * A bundle whose JavaScript is ASCII only. V8 keeps each script's source in the heap for as long
 * as the script lives, as a one-byte string when every character fits in Latin-1 and as a two-byte
 * one otherwise. esbuild escapes non-ASCII characters in strings and names but not in regular
 * expression literals or comments (validator's alphabets, normalize.ts), so one character made the
 * 5 MB bundle a 10 MB string, in the main thread and again in each heavy-query worker. In a regular
 * expression `\uXXXX` (surrogate pairs included, with or without the `u` flag) means the character
 * itself, and in a comment it changes nothing. The source maps' columns shift on those lines only.
 */
export async function bundle(options: BuildOptions): Promise<void> {
  const result = await build({ ...options, write: false });
  for (const file of result.outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true });
    // Written aside, then renamed over: a server started while another build runs (tests build too) never reads half a file.
    const partial = `${file.path}.${process.pid}.partial`;
    writeFileSync(partial, file.path.endsWith('.js') ? asciiOnly(file.text) : file.contents);
    renameSync(partial, file.path);
  }
}

function asciiOnly(code: string): string {
  return code.replace(/[^\x00-\x7f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await bundle({
    ...bundleOptions,
    // One folder below the project root, like src/: src/paths.ts finds schema/ and seeds/ from either.
    // The gateway too (dist/gateway.js), so production runs no tsx for it either.
    entryPoints: ['src/main.ts', 'src/limits/heavy-query.worker.ts', 'src/cli/gateway.ts'],
    entryNames: '[name]',
    outdir: 'dist',
  });
  await ideBundle();
}
