/**
 * `npm run schema:check`: the breaking-change gate. Compares schema/schema.graphql with its version
 * in an earlier commit (HEAD~1 unless `--base <ref>` names another) using GraphQL Inspector, and
 * exits 1, one line per change, when a change can break a client, unless the field, argument or
 * enum value it touches was already `@deprecated` in the earlier SDL, or its path is accepted, with
 * a reason, in schema/accepted-breaking-changes.txt. With `--since <ref>` it checks each commit
 * after `<ref>` that changed the SDL against its own parent instead, so a landing of several
 * commits cannot remove in one what another deprecates or hides.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';

export const SCHEMA_FILE = 'schema/schema.graphql';
export const ACCEPTED_FILE = 'schema/accepted-breaking-changes.txt';

export interface SchemaCheck {
  /** Breaking changes neither deprecated first nor accepted: the gate fails on any. */
  refused: Change[];
  /** Breaking changes let through, each with why. */
  allowed: { change: Change; why: string }[];
  /** Every other change (safe or dangerous), for the record. */
  others: Change[];
}

/**
 * The accepted breaking changes: one line per change, its path (as the check prints it) then the
 * reason, separated by whitespace; `#` starts a comment. A line without a reason is refused.
 */
export function parseAccepted(text: string): Map<string, string> {
  const accepted = new Map<string, string>();
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') return;
    const [path, ...reason] = line.split(/\s+/);
    if (reason.length === 0) throw new Error(`${ACCEPTED_FILE}:${index + 1}: "${path}" needs a reason after the path.`);
    accepted.set(path, reason.join(' '));
  });
  return accepted;
}

/** Compares two SDL texts; `accepted` is the text of the accepted-changes file. */
export async function checkSchemaChange(previousSdl: string, currentSdl: string, accepted = ''): Promise<SchemaCheck> {
  const previous = buildSchema(previousSdl);
  const acceptedPaths = parseAccepted(accepted);
  const check: SchemaCheck = { refused: [], allowed: [], others: [] };
  for (const change of await diff(previous, buildSchema(currentSdl))) {
    if (change.criticality.level !== CriticalityLevel.Breaking) {
      check.others.push(change);
      continue;
    }
    const deprecated = change.path && deprecatedAt(previous, change.path);
    const reason = change.path && acceptedPaths.get(change.path);
    if (deprecated) check.allowed.push({ change, why: `deprecated first (${deprecated})` });
    else if (reason) check.allowed.push({ change, why: `accepted: ${reason}` });
    else check.refused.push(change);
  }
  return check;
}

/**
 * The deprecation of what `path` names in the schema, or of what holds it (the field of an
 * argument): `Type.field`, `Type.field.argument`, `Input.field`, `Enum.VALUE`. Types, and
 * directives (`@name`), cannot be deprecated in GraphQL.
 */
function deprecatedAt(schema: GraphQLSchema, path: string): string | undefined {
  const [typeName, member, argument] = path.split('.');
  const type = schema.getType(typeName);
  if (!type || member === undefined) return undefined;
  if (isEnumType(type)) return type.getValue(member)?.deprecationReason ?? undefined;
  if (!isObjectType(type) && !isInterfaceType(type) && !isInputObjectType(type)) return undefined;
  const field = type.getFields()[member];
  if (!field) return undefined;
  if (field.deprecationReason) return field.deprecationReason;
  if (argument === undefined || !('args' in field)) return undefined;
  return field.args.find((arg) => arg.name === argument)?.deprecationReason ?? undefined;
}

/** One line per change: what kind, its path, what changed, and why it may pass. */
export function formatChange(change: Change, label: string, why?: string): string {
  return `${label} ${change.path ?? '(schema)'}: ${change.message}${why ? ` [${why}]` : ''}`;
}

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The first line of what a failed git command said. */
function gitError(error: unknown): string {
  return String((error as { stderr?: string }).stderr ?? error).trim().split('\n')[0]!;
}

/** A file as a commit holds it, or undefined when it does not. */
function fileAt(root: string, commit: string, file: string): string | undefined {
  try {
    return git(['show', `${commit}:${file}`], root);
  } catch {
    return undefined;
  }
}

/** The earlier SDL, or why there is none to compare with. */
function previousSchema(root: string, base: string, deepened = false): { sdl: string } | { none: string } {
  try {
    git(['rev-parse', '--verify', '--quiet', `${base}^{commit}`], root);
  } catch {
    if (!deepened && git(['rev-parse', '--is-shallow-repository'], root).trim() === 'true') {
      // A shallow clone (git clone --depth 1) lacks the earlier commit: fetch one more level of
      // history (an error here fails the check, rather than passing it unchecked).
      console.info(`schema:check: shallow clone without ${base}; fetching one more commit of history.`);
      try {
        git(['fetch', '--quiet', '--deepen=1'], root);
      } catch (error) {
        throw new Error(`cannot fetch the history of this shallow clone (${gitError(error)}); clone with --depth 2 or more.`);
      }
      return previousSchema(root, base, true);
    }
    return { none: `${base} does not exist (the first commit?)` };
  }
  const sdl = fileAt(root, base, SCHEMA_FILE);
  return sdl === undefined ? { none: `${SCHEMA_FILE} did not exist at ${base}` } : { sdl };
}

/** Prints one comparison's changes and its summary line; true when nothing was refused. */
async function report(what: string, previousSdl: string, currentSdl: string, accepted: string): Promise<boolean> {
  const check = await checkSchemaChange(previousSdl, currentSdl, accepted);
  for (const { change, why } of check.allowed) console.info(formatChange(change, 'ALLOWED', why));
  for (const change of check.refused) console.error(formatChange(change, 'BREAKING'));
  const summary = `${what}: ${check.refused.length} breaking, ${check.allowed.length} allowed, ${check.others.length} other changes.`;
  if (check.refused.length === 0) {
    console.info(`schema:check: ${summary}`);
    return true;
  }
  console.error(`schema:check failed: ${summary} Deprecate first (@deprecated, see the README's deprecation policy), or add the path with a reason to ${ACCEPTED_FILE}.`);
  return false;
}

/**
 * Each commit after `since` that changed the SDL, against its first parent, with the accepted
 * changes as that commit holds them. A shallow clone is first given its whole history.
 */
async function checkSince(root: string, since: string): Promise<number> {
  if (git(['rev-parse', '--is-shallow-repository'], root).trim() === 'true') {
    console.info('schema:check: shallow clone; fetching its whole history to check each commit.');
    try {
      git(['fetch', '--quiet', '--unshallow'], root);
    } catch (error) {
      throw new Error(`cannot fetch the history of this shallow clone (${gitError(error)}); clone it whole.`);
    }
  }
  try {
    git(['rev-parse', '--verify', '--quiet', `${since}^{commit}`], root);
  } catch {
    throw new Error(`--since ${since} is not a commit of this repository.`);
  }
  const commits = git(['rev-list', '--reverse', '--first-parent', `${since}..HEAD`, '--', SCHEMA_FILE], root).split('\n').filter(Boolean);
  let passed = true;
  for (const commit of commits) {
    const [current, previous] = [fileAt(root, commit, SCHEMA_FILE), fileAt(root, `${commit}~1`, SCHEMA_FILE)];
    const what = `${SCHEMA_FILE} in ${git(['log', '-1', '--format=%h "%s"', commit], root).trim()} against its parent`;
    if (current === undefined || previous === undefined) {
      console.info(`schema:check: ${what}: nothing to compare (the file is new or removed there).`);
      continue;
    }
    passed = (await report(what, previous, current, fileAt(root, commit, ACCEPTED_FILE) ?? '')) && passed;
  }
  console.info(`schema:check: ${commits.length} commit(s) since ${since} changed ${SCHEMA_FILE}${passed ? '; none breaks a client.' : '.'}`);
  return passed ? 0 : 1;
}

/** The value after `flag`, or undefined when the flag is absent. */
function option(args: string[], flag: string, example: string): string | undefined {
  const index = args.indexOf(flag);
  if (index < 0) return undefined;
  const value = args[index + 1];
  if (!value || value.startsWith('--')) throw new Error(`${flag} needs a git revision, e.g. ${flag} ${example}`);
  return value;
}

async function main(args: string[]): Promise<number> {
  const root = git(['rev-parse', '--show-toplevel'], process.cwd()).trim();
  const since = option(args, '--since', 'v0.1.0');
  if (since) return checkSince(root, since);
  const base = option(args, '--base', 'origin/main') ?? 'HEAD~1';
  const previous = previousSchema(root, base);
  if ('none' in previous) {
    console.info(`schema:check: nothing to compare with: ${previous.none}.`);
    return 0;
  }
  const acceptedFile = join(root, ACCEPTED_FILE);
  const accepted = existsSync(acceptedFile) ? readFileSync(acceptedFile, 'utf8') : '';
  return (await report(`${SCHEMA_FILE} against ${base}`, previous.sdl, readFileSync(join(root, SCHEMA_FILE), 'utf8'), accepted)) ? 0 : 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(`schema:check: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  });
}
