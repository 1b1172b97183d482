/**
 * Counts for dashboards: one grouped SQL statement per call. The subjects are the types the
 * registry declares `counted`; each is counted by the dimensions its columns give it (an enum
 * column `kind`, `status` or `role`, a column pointing at countries, the date its YEAR is of), and
 * any other pairing is refused rather than answered with nonsense. At a date, a dated subject
 * (posts, agreements) counts the facts that may have held then, and an agreement's STATUS is the
 * stage it had reached (agreement.lifecycle.ts).
 */
import { and, sql, type Column, type SQL } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client.js';
import { enumOf } from '../../db/enums.js';
import * as t from '../../db/schema.js';
import { UserInputError } from '../../shared/errors.js';
import { inEffectOf } from '../../shared/filter.js';
import { columnsPointing, nodeTables, type NodeTypeName } from '../../shared/node-registry.js';
import { statusAtSql } from '../agreement/agreement.lifecycle.js';
import { CountDimension, countedTypes, type CountBucket, type CountSubject } from './counts.type.js';

interface Grouping {
  table: SQLiteTable;
  key: SQL | Column;
  /** The key at a date, for a column whose value moves with it. */
  keyAt?: (at: string) => SQL;
  /** The subject's type: at a date, a dated one counts only the rows that may have held then. */
  type?: NodeTypeName;
  label?: SQL;
  join?: SQL;
  /** For enum columns: the stored value's GraphQL name, by stored value. */
  names?: Map<string, string>;
}

/** Enum columns whose value at a date is read from other columns: an agreement's status. */
const valuesAt = new Map<Column, (at: string) => SQL>([[t.agreements.status, statusAtSql]]);

const byEnum = (table: SQLiteTable, column: Column, values: Record<string, string>): Grouping => ({
  table, key: column, keyAt: valuesAt.get(column), names: new Map(Object.entries(values).map(([name, stored]) => [stored, name])),
});
const byCountry = (table: SQLiteTable, column: Column): Grouping => ({
  table,
  key: sql`coalesce(${t.countries.iocCode}, ${t.countries.iso3})`,
  label: sql`${t.countries.name}`,
  join: sql`LEFT JOIN ${t.countries} ON ${t.countries.id} = ${column}`,
});
const byYear = (table: SQLiteTable, date: SQL | Column): Grouping => ({ table, key: sql`substr(${date}, 1, 4)` });

/** The order dimensions are listed in. */
const dimensions = [CountDimension.KIND, CountDimension.COUNTRY, CountDimension.STATUS, CountDimension.ROLE, CountDimension.YEAR];
/** The enum column each of these dimensions groups by, by its property name. */
const enumDimensions: Partial<Record<CountDimension, string>> = { KIND: 'kind', STATUS: 'status', ROLE: 'role' };

/** How each counted type is grouped by each dimension that means something for it, read from its columns (see `counted` in the registry). */
const groupings = new Map(countedTypes.map(({ name, as, year }) => {
  const table = nodeTables[name];
  const columns = table as unknown as Record<string, Column | undefined>;
  const country = columnsPointing(table, t.countries)[0];
  const groupingBy = (dimension: CountDimension): Grouping | undefined => {
    const column = columns[enumDimensions[dimension] ?? ''];
    const values = column?.enumValues && enumOf(column.enumValues);
    if (values) return byEnum(table, column, values);
    if (dimension === CountDimension.COUNTRY && country) return byCountry(table, country);
    if (dimension === CountDimension.YEAR && year) return byYear(table, year.length === 1 ? year[0]! : sql`coalesce(${sql.join([...year], sql`, `)})`);
    return undefined;
  };
  return [as, new Map(dimensions.flatMap((dimension) => { const grouping = groupingBy(dimension); return grouping ? [[dimension, { ...grouping, type: name }] as const] : []; }))];
}));

interface Row {
  key: string | number | null;
  label: string | null;
  count: number;
}

/** Buckets by count, largest first, then by key (unknown last); at a date (`at`), as things stood then. */
export function countBy(db: Db, of: CountSubject, by: CountDimension, at?: string): CountBucket[] {
  const grouping = groupings.get(of)!.get(by);
  if (!grouping) {
    const allowed = [...groupings.get(of)!.keys()].join(', ');
    throw new UserInputError(`${of} cannot be counted by ${by}; count ${of} by ${allowed}.`, 'by');
  }
  const { table, label, join, names } = grouping;
  const key = at !== undefined && grouping.keyAt ? grouping.keyAt(at) : grouping.key;
  // Merged-away records live on only as redirects: they are not counted, as lists do not show them.
  const mergedIntoId = (table as SQLiteTable & { mergedIntoId?: Column }).mergedIntoId;
  const conditions = and(mergedIntoId && sql`${mergedIntoId} IS NULL`, grouping.type && inEffectOf(grouping.type, at));
  const where = conditions ? sql`WHERE ${conditions}` : sql``;
  const rows = db.all<Row>(sql`SELECT ${key} AS key, ${label ?? sql`NULL`} AS label, count(*) AS count
    FROM ${table} ${join ?? sql``} ${where} GROUP BY 1, 2`);
  return rows
    .map((row) => {
      const value = row.key == null ? null : names?.get(String(row.key)) ?? String(row.key);
      return { key: value, label: value == null ? 'Unknown' : row.label ?? (names ? words(value) : value), count: row.count };
    })
    .sort((a, b) => b.count - a.count || Number(a.key == null) - Number(b.key == null) || (a.key ?? '').localeCompare(b.key ?? ''));
}

/** `AGREED_IN_PRINCIPLE` -> `Agreed in principle`. */
function words(name: string): string {
  const lower = name.toLowerCase().replaceAll('_', ' ');
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}
