/**
 * Where the running code and the project's files are, the same whether the server runs from the
 * TypeScript sources (tsx, vitest) or from the build (`npm run build` bundles src/ into dist/):
 * this module sits one folder below the project root in both (src/paths.ts, dist/main.js).
 */
import { fileURLToPath } from 'node:url';

/** True when running the bundle in dist/, false when running the TypeScript sources. */
export const compiled = import.meta.url.endsWith('.js');

/** A file of the project (schema/migrations, seeds/data, ...) as an absolute path. */
export function projectFile(path: string): string {
  return fileURLToPath(new URL(`../${path}`, import.meta.url));
}
