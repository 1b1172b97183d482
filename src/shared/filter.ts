/** Typed filter arguments turned into one SQL condition plus a key that tells filters apart. */
import { and, type SQL } from 'drizzle-orm';

export interface Filter {
  key: unknown;
  where?: SQL;
}

/** Combines the conditions that apply (undefined ones are skipped); `args` is the filter's identity. */
export function filterOf(args: Record<string, unknown>, conditions: (SQL | undefined | null | false | '')[]): Filter {
  const applied = conditions.filter((c): c is SQL => Boolean(c));
  return { key: args, where: applied.length ? and(...applied) : undefined };
}
