/**
 * Counts for dashboards: one grouped SQL statement per call. Each subject lists the dimensions
 * that mean something for it; any other pairing is refused rather than answered with nonsense.
 */
import { sql, type Column, type SQL } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client.js';
import * as e from '../../db/enums.js';
import * as t from '../../db/schema.js';
import { UserInputError } from '../../shared/errors.js';
import { CountDimension, CountSubject, type CountBucket } from './counts.type.js';

interface Grouping {
  table: SQLiteTable;
  key: SQL | Column;
  label?: SQL;
  join?: SQL;
  /** For enum columns: the stored value's GraphQL name, by stored value. */
  names?: Map<string, string>;
}

const byEnum = (table: SQLiteTable, column: Column, values: Record<string, string>): Grouping => ({
  table, key: column, names: new Map(Object.entries(values).map(([name, stored]) => [stored, name])),
});
const byCountry = (table: SQLiteTable, column: Column): Grouping => ({
  table,
  key: sql`coalesce(${t.countries.iocCode}, ${t.countries.iso3})`,
  label: sql`${t.countries.name}`,
  join: sql`LEFT JOIN ${t.countries} ON ${t.countries.id} = ${column}`,
});
const byYear = (table: SQLiteTable, date: SQL | Column): Grouping => ({ table, key: sql`substr(${date}, 1, 4)` });

const groupings: Record<CountSubject, Partial<Record<CountDimension, Grouping>>> = {
  [CountSubject.ORGANIZATIONS]: {
    KIND: byEnum(t.organizations, t.organizations.kind, e.OrganizationKind),
    COUNTRY: byCountry(t.organizations, t.organizations.countryId),
    YEAR: byYear(t.organizations, t.organizations.foundingDate),
  },
  [CountSubject.PEOPLE]: {
    COUNTRY: byCountry(t.people, t.people.nationalityId),
  },
  [CountSubject.EVENTS]: {
    KIND: byEnum(t.events, t.events.kind, e.EventKind),
    COUNTRY: byCountry(t.events, t.events.countryId),
    STATUS: byEnum(t.events, t.events.status, e.EventStatus),
    YEAR: byYear(t.events, t.events.startDate),
  },
  [CountSubject.AGREEMENTS]: {
    KIND: byEnum(t.agreements, t.agreements.kind, e.AgreementKind),
    STATUS: byEnum(t.agreements, t.agreements.status, e.AgreementStatus),
    YEAR: byYear(t.agreements, sql`coalesce(${t.agreements.signedDate}, ${t.agreements.discussedDate})`),
  },
  [CountSubject.POSTS]: {
    ROLE: byEnum(t.posts, t.posts.role, e.Role),
    YEAR: byYear(t.posts, t.posts.startDate),
  },
};

interface Row {
  key: string | number | null;
  label: string | null;
  count: number;
}

/** Buckets by count, largest first, then by key (unknown last). */
export function countBy(db: Db, of: CountSubject, by: CountDimension): CountBucket[] {
  const grouping = groupings[of][by];
  if (!grouping) {
    const allowed = Object.keys(groupings[of]).join(', ');
    throw new UserInputError(`${of} cannot be counted by ${by}; count ${of} by ${allowed}.`, 'by');
  }
  const { table, key, label, join, names } = grouping;
  // Merged-away records live on only as redirects: they are not counted, as lists do not show them.
  const mergedIntoId = (table as SQLiteTable & { mergedIntoId?: Column }).mergedIntoId;
  const where = mergedIntoId ? sql`WHERE ${mergedIntoId} IS NULL` : sql``;
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
