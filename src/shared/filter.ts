/**
 * Typed filter inputs turned into SQL conditions: the pieces every module shares (and/or,
 * date ranges over partial dates, source and confidence conditions). Modules map their own
 * fields; no SQL text ever comes from a client. No type-graphql here: CLIs import it too.
 */
import { and, or, sql, type Column, type SQL } from 'drizzle-orm';
import { Confidence } from '../db/enums.js';
import { citations } from '../db/schema.js';
import type { DateRange } from './date-range.input.js';
import { UserInputError } from './errors.js';
import { datesOf, type NodeTypeName } from './node-registry.js';

/** `column IN (the keys)`, with all the keys bound as one JSON array: one statement text, no variable limit. */
export function inKeys(column: Column | SQL, keys: unknown): SQL {
  return sql`${column} IN (SELECT value FROM json_each(${keys}))`;
}

/** The first day a partial date can mean: `2024` -> `2024-01-01`, `2024-04` -> `2024-04-01`. */
export function earliest(date: Column | SQL | string): SQL {
  return sql`CASE length(${date}) WHEN 4 THEN ${date} || '-01-01' WHEN 7 THEN ${date} || '-01' ELSE ${date} END`;
}

/** The last day a partial date can mean: `2024` -> `2024-12-31`, `2024-02` -> `2024-02-29`. */
export function latest(date: Column | SQL | string): SQL {
  return sql`CASE length(${date}) WHEN 4 THEN ${date} || '-12-31' WHEN 7 THEN date(${date} || '-01', '+1 month', '-1 day') ELSE ${date} END`;
}


/** The (partial) date in `column` may fall within the range; rows with no date never match. */
export function dateWithin(column: Column, range: DateRange | null | undefined): SQL | undefined {
  if (!range) return undefined;
  return and(
    sql`${column} IS NOT NULL`,
    range.from ? sql`${latest(column)} >= ${earliest(range.from)}` : undefined,
    range.to ? sql`${earliest(column)} <= ${latest(range.to)}` : undefined,
  );
}

/**
 * A fact from `start` to `end` (either unknown) may have been in effect at some time in `asOf`:
 * an unknown start counts as "since before", an unknown end as "still".
 */
export function inEffect(start: Column | SQL, end: Column, asOf: string | null | undefined): SQL | undefined {
  if (!asOf) return undefined;
  return and(
    or(sql`${start} IS NULL`, sql`${earliest(start)} <= ${latest(asOf)}`),
    or(sql`${end} IS NULL`, sql`${latest(end)} >= ${earliest(asOf)}`),
  );
}

/** Rows of a dated node type (see the registry's `dated`) that may have held at `at`; undefined for any row when no date is asked or the type is not dated. */
export function inEffectOf(type: NodeTypeName, at: string | undefined): SQL | undefined {
  const dates = at === undefined ? undefined : datesOf(type);
  return dates && inEffect(dates.from, dates.end, at);
}

const ranked = [Confidence.LOW, Confidence.MEDIUM, Confidence.HIGH];

/** Confidence levels at least as high as `minimum`. */
export function atLeast(minimum: Confidence): Confidence[] {
  return ranked.slice(ranked.indexOf(minimum));
}

/** Rows of the table with `id` that some citation through `column` supports, optionally at a minimum confidence. */
export function cited(id: Column, column: Column, minimum?: Confidence | null): SQL {
  const confident = minimum ? sql` AND ${citations.confidence} IN (SELECT value FROM json_each(${JSON.stringify(atLeast(minimum))}))` : sql``;
  return sql`EXISTS (SELECT 1 FROM ${citations} WHERE ${column} = ${id}${confident})`;
}

/** Filters shared by every input: nested `and` / `or` lists of the same input. */
export interface Combinable<F> {
  and?: F[] | null;
  or?: F[] | null;
}

/**
 * How large a filter may be. Each filter in an `and`/`or` list adds a level to the SQL expression,
 * and SQLite refuses an expression deeper than SQLITE_MAX_EXPR_DEPTH (1000 in this build):
 * measured on `organizations`, a flat `or` fails from 997 one-field filters, or 980 with every
 * field set; and some hundreds of nested levels overflow the stack while the SQL is built. At
 * these bounds the deepest expression is about 120 levels, far from both.
 */
export const FILTER_LIMITS = {
  /** Filters in `and` and `or` lists, counted over the whole filter. */
  branches: 100,
  /** Lists within lists: `{ or: [{ and: [...] }] }` nests 2 deep. */
  depth: 10,
};

/** Refuses a filter beyond FILTER_LIMITS with BAD_USER_INPUT naming the limit and what was found. */
export function checkFilterSize(filter: Combinable<unknown>): void {
  let branches = 0;
  let depth = 0;
  // A walk with its own stack: the size of a client's input must not decide how deep we recurse.
  const pending: [Combinable<unknown>, number][] = [[filter, 0]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [f, level] = next;
    depth = Math.max(depth, level);
    for (const child of [...(f.and ?? []), ...(f.or ?? [])] as Combinable<unknown>[]) {
      branches += 1;
      if (child) pending.push([child, level + 1]);
    }
  }
  if (branches > FILTER_LIMITS.branches) {
    throw new UserInputError(
      `The filter has ${branches} filters in its and/or lists; at most ${FILTER_LIMITS.branches} are allowed. Split the query, or ask for what the alternatives share.`,
      'filter',
    );
  }
  if (depth > FILTER_LIMITS.depth) {
    throw new UserInputError(`The filter nests and/or lists ${depth} deep; at most ${FILTER_LIMITS.depth} levels are allowed.`, 'filter');
  }
}

/** One condition from a filter input: its own fields, and-ed with its `and` list and its `or` alternatives. */
export function whereOf<F extends Combinable<F>>(filter: F | null | undefined, fields: (f: F) => (SQL | undefined | null | false | '')[]): SQL | undefined {
  if (!filter) return undefined;
  checkFilterSize(filter);
  return conditionOf(filter, fields);
}

function conditionOf<F extends Combinable<F>>(filter: F, fields: (f: F) => (SQL | undefined | null | false | '')[]): SQL | undefined {
  const own = fields(filter).filter((c): c is SQL => Boolean(c));
  const all = (filter.and ?? []).map((f) => conditionOf(f, fields));
  const any = filter.or?.length ? or(...filter.or.map((f) => conditionOf(f, fields) ?? sql`1`)) : undefined;
  return and(...own, ...all, any);
}
