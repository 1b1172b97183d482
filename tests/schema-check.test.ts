import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ACCEPTED_FILE, checkSchemaChange, parseAccepted, SCHEMA_FILE } from '../src/cli/schema-check.js';

const ROOT = new URL('..', import.meta.url).pathname;
const CLI = join(ROOT, 'src/cli/schema-check.ts');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

const before = `
type Query {
  "Kept."
  organization(handle: String!, lang: String): Organization
  "Going away, announced."
  org(handle: String!): Organization @deprecated(reason: "Use organization(handle:).")
  "Going away, unannounced."
  leader: String
}
type Organization { handle: String! kind: Kind name(lang: String @deprecated(reason: "Use Accept-Language.")): String }
enum Kind { NOC FEDERATION OTHER @deprecated(reason: "Too vague.") }
`;

const withoutLeader = before.replace('"Going away, unannounced."\n  leader: String\n', '');

/** The summary of a check: the paths refused and allowed (with why), and the paths of the other changes. */
async function check(after: string, accepted = '') {
  const { refused, allowed, others } = await checkSchemaChange(before, after, accepted);
  return {
    refused: refused.map((c) => `${c.path}: ${c.message}`),
    allowed: allowed.map(({ change, why }) => `${change.path}: ${why}`),
    others: others.map((c) => c.path),
  };
}

describe('the breaking-change check on two SDL texts', () => {
  it('refuses a field removed without a deprecation first, naming its path', async () => {
    expect(await check(withoutLeader)).toEqual({ refused: ["Query.leader: Field 'leader' was removed from object type 'Query'"], allowed: [], others: [] });
  });

  it('refuses a changed type, a removed enum value and a removed argument that were not deprecated', async () => {
    const after = before
      .replace('leader: String', 'leader: Int')
      .replace('enum Kind { NOC FEDERATION', 'enum Kind { NOC')
      .replace('organization(handle: String!, lang: String)', 'organization(handle: String!)');
    expect((await check(after)).refused).toEqual([
      "Query.organization.lang: Argument 'lang: String' was removed from field 'Query.organization'",
      "Query.leader: Field 'Query.leader' changed type from 'String' to 'Int'",
      "Kind.FEDERATION: Enum value 'FEDERATION' was removed from enum 'Kind'",
    ]);
  });

  it('lets through the removal of what was @deprecated: a field, an argument, an enum value', async () => {
    const after = before
      .replace(/"Going away, announced."\n.*\n/, '')
      .replace('name(lang: String @deprecated(reason: "Use Accept-Language.")): String', 'name: String')
      .replace(' OTHER @deprecated(reason: "Too vague.")', '');
    expect(await check(after)).toEqual({
      refused: [],
      allowed: [
        'Query.org: deprecated first (Use organization(handle:).)',
        'Organization.name.lang: deprecated first (Use Accept-Language.)',
        'Kind.OTHER: deprecated first (Too vague.)',
      ],
      others: [],
    });
  });

  it('lets additions through as safe changes', async () => {
    const after = before.replace('leader: String', 'leader: String\n  "New."\n  people(first: Int): [String!]');
    // The field, its description and its argument.
    expect(await check(after)).toEqual({ refused: [], allowed: [], others: ['Query.people', 'Query.people', 'Query.people.first'] });
  });

  it('lets through a change whose path is accepted with a reason, and only that one', async () => {
    const after = withoutLeader.replace('enum Kind { NOC FEDERATION', 'enum Kind { NOC');
    const accepted = '# comments and blank lines are skipped\n\nQuery.leader   never served by a release (issue 11)\n';
    expect(await check(after, accepted)).toEqual({
      refused: ["Kind.FEDERATION: Enum value 'FEDERATION' was removed from enum 'Kind'"],
      allowed: ['Query.leader: accepted: never served by a release (issue 11)'],
      others: [],
    });
  });

  it('refuses an accepted line without a reason', () => {
    expect(() => parseAccepted('Query.ok  a reason\nQuery.leader\n')).toThrow(`${ACCEPTED_FILE}:2: "Query.leader" needs a reason after the path.`);
  });
});

describe('npm run schema:check', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  const run = (cwd: string, args: string[] = []) => {
    const { status, stdout, stderr } = spawnSync(TSX, [CLI, ...args], { cwd, encoding: 'utf8' });
    return { status, stdout: stdout.trim().split('\n'), stderr: stderr.trim().split('\n') };
  };
  const gitIn = (cwd: string, ...args: string[]) =>
    spawnSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.invalid', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' });

  /** A git repository with one commit per SDL given (and the accepted-changes file, if any, in the last). */
  function repository(sdls: string[], accepted?: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'sportsgraph-schema-check-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'schema'));
    gitIn(dir, 'init', '--quiet');
    sdls.forEach((sdl, index) => {
      writeFileSync(join(dir, SCHEMA_FILE), sdl);
      if (accepted !== undefined && index === sdls.length - 1) writeFileSync(join(dir, ACCEPTED_FILE), accepted);
      gitIn(dir, 'add', '-A');
      gitIn(dir, 'commit', '--quiet', '-m', `schema ${index}`);
    });
    return dir;
  }
  const removal = [before, withoutLeader.replace('enum Kind { NOC FEDERATION', 'enum Kind { NOC')];

  it('passes on this repository against its previous commit', () => {
    const { status, stdout } = run(ROOT);
    expect(status).toBe(0);
    expect(stdout.at(-1)).toMatch(/^schema:check: schema\/schema\.graphql against HEAD~1: 0 breaking, \d+ allowed, \d+ other changes\.$/);
  });

  it('exits 1 on a breaking commit, one line per change with its path and message', () => {
    const { status, stderr } = run(repository(removal));
    expect(status).toBe(1);
    expect(stderr).toEqual([
      "BREAKING Query.leader: Field 'leader' was removed from object type 'Query'",
      "BREAKING Kind.FEDERATION: Enum value 'FEDERATION' was removed from enum 'Kind'",
      expect.stringMatching(/^schema:check failed: schema\/schema\.graphql against HEAD~1: 2 breaking, 0 allowed, 0 other changes\. Deprecate first/),
    ]);
  });

  it('passes once each breaking change is accepted with a reason, printing why', () => {
    const { status, stdout } = run(repository(removal, 'Query.leader  unused (issue 11)\nKind.FEDERATION  merged into NOC (issue 11)\n'));
    expect(status).toBe(0);
    expect(stdout.slice(0, 2)).toEqual([
      "ALLOWED Query.leader: Field 'leader' was removed from object type 'Query' [accepted: unused (issue 11)]",
      "ALLOWED Kind.FEDERATION: Enum value 'FEDERATION' was removed from enum 'Kind' [accepted: merged into NOC (issue 11)]",
    ]);
  });

  it('passes with a note when there is no previous commit or no previous SDL, and compares with --base', () => {
    const single = run(repository([before]));
    expect(single.status).toBe(0);
    expect(single.stdout).toEqual(['schema:check: nothing to compare with: HEAD~1 does not exist (the first commit?).']);
    const dir = repository(removal);
    const first = gitIn(dir, 'rev-list', '--max-parents=0', 'HEAD').stdout.trim();
    expect(run(dir, ['--base', 'HEAD']).status).toBe(0);
    expect(run(dir, ['--base', first]).status).toBe(1);
  });

  it('fetches the previous commit in a shallow clone instead of passing unchecked', () => {
    const origin = repository(removal);
    const clone = mkdtempSync(join(tmpdir(), 'sportsgraph-schema-check-clone-'));
    dirs.push(clone);
    expect(gitIn(tmpdir(), 'clone', '--quiet', '--depth=1', `file://${origin}`, clone).status).toBe(0);
    expect(gitIn(clone, 'rev-parse', '--is-shallow-repository').stdout.trim()).toBe('true');
    const { status, stdout } = run(clone);
    expect(stdout[0]).toBe('schema:check: shallow clone without HEAD~1; fetching one more commit of history.');
    expect(status).toBe(1);
  });

  describe('--since <ref>: each commit after it against its own parent', () => {
    const withExtra = withoutLeader + 'type Extra { a: String }\n';
    /** before, then the leader removed (accepted or not), then a safe addition on top. */
    function landing(accepted?: string): { dir: string; first: string } {
      const dir = repository([before]);
      writeFileSync(join(dir, SCHEMA_FILE), withoutLeader);
      if (accepted) writeFileSync(join(dir, ACCEPTED_FILE), accepted);
      gitIn(dir, 'add', '-A');
      gitIn(dir, 'commit', '--quiet', '-m', 'remove the leader');
      writeFileSync(join(dir, SCHEMA_FILE), withExtra);
      gitIn(dir, 'commit', '--quiet', '-am', 'add Extra');
      return { dir, first: gitIn(dir, 'rev-list', '--max-parents=0', 'HEAD').stdout.trim() };
    }

    it('fails on a breaking commit that a later one hides from the HEAD~1 check', () => {
      const { dir, first } = landing();
      expect(run(dir).status).toBe(0); // the last commit alone only adds a type
      const { status, stdout, stderr } = run(dir, ['--since', first]);
      expect(status).toBe(1);
      expect(stderr).toEqual([
        "BREAKING Query.leader: Field 'leader' was removed from object type 'Query'",
        expect.stringMatching(/^schema:check failed: schema\/schema\.graphql in [0-9a-f]{7,} "remove the leader" against its parent: 1 breaking, 0 allowed, 0 other changes\. Deprecate first/),
      ]);
      expect(stdout).toEqual([
        expect.stringMatching(/^schema:check: schema\/schema\.graphql in [0-9a-f]{7,} "add Extra" against its parent: 0 breaking, 0 allowed, 2 other changes\.$/),
        `schema:check: 2 commit(s) since ${first} changed schema/schema.graphql.`,
      ]);
    });

    it('passes when the breaking commit accepts its change, reading the accepted file as that commit holds it', () => {
      const { dir, first } = landing('Query.leader  unused (issue 11)\n');
      const { status, stdout } = run(dir, ['--since', first]);
      expect(status).toBe(0);
      expect(stdout[0]).toBe("ALLOWED Query.leader: Field 'leader' was removed from object type 'Query' [accepted: unused (issue 11)]");
      expect(stdout.at(-1)).toBe(`schema:check: 2 commit(s) since ${first} changed schema/schema.graphql; none breaks a client.`);
    });

    it('fetches the whole history of a shallow clone first, and refuses a revision it does not know', () => {
      const { dir, first } = landing();
      const clone = mkdtempSync(join(tmpdir(), 'sportsgraph-schema-check-clone-'));
      dirs.push(clone);
      expect(gitIn(tmpdir(), 'clone', '--quiet', '--depth=1', `file://${dir}`, clone).status).toBe(0);
      const { status, stdout } = run(clone, ['--since', first]);
      expect(stdout[0]).toBe('schema:check: shallow clone; fetching its whole history to check each commit.');
      expect(status).toBe(1);
      const unknown = run(clone, ['--since', 'no-such-ref']);
      expect(unknown.status).toBe(2);
      expect(unknown.stderr).toEqual(['schema:check: --since no-such-ref is not a commit of this repository.']);
    });
  });

  it('fails in a shallow clone whose history cannot be fetched', () => {
    const origin = repository(removal);
    const clone = mkdtempSync(join(tmpdir(), 'sportsgraph-schema-check-clone-'));
    dirs.push(clone);
    gitIn(tmpdir(), 'clone', '--quiet', '--depth=1', `file://${origin}`, clone);
    rmSync(origin, { recursive: true, force: true });
    const { status, stderr } = run(clone);
    expect(status).toBe(2);
    expect(stderr).toEqual([expect.stringMatching(/^schema:check: cannot fetch the history of this shallow clone \(fatal: .+\); clone with --depth 2 or more\.$/)]);
  });
});
