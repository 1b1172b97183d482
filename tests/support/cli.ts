/** Runs a CLI of src/cli/ as its npm script would, for the tests of `npm run key:*`, `export` and `import`. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * `src/cli/<script>` with `args` through tsx (without npm's own warnings) on the database at
 * `databasePath`: its exit code, stdout and stderr, whether it succeeded or not.
 */
export async function runCli(script: string, databasePath: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(join('node_modules', '.bin', 'tsx'), [`src/cli/${script}`, ...args], { env: { ...process.env, DATABASE_PATH: databasePath } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}
