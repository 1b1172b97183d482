/** Typed filter arguments turned into one SQL condition plus a key that tells filters apart. */
import { and, sql, type Column, type SQL } from 'drizzle-orm';

export interface Filter {
  key: unknown;
  where?: SQL;
}

/** Combines the conditions that apply (undefined ones are skipped); `args` is the filter's identity. */
export function filterOf(args: Record<string, unknown>, conditions: (SQL | undefined | null | false | '')[]): Filter {
  const applied = conditions.filter((c): c is SQL => Boolean(c));
  return { key: args, where: applied.length ? and(...applied) : undefined };
}

/** `column IN (the keys)`, with all the keys bound as one JSON array: one statement text, no variable limit. */
export function inKeys(column: Column | SQL, keys: unknown): SQL {
  return sql`${column} IN (SELECT value FROM json_each(${keys}))`;
}
