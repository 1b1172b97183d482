/** Domain rules that several mutations share. Each failure names the field and what would be accepted. */
import { and, eq, ne } from 'drizzle-orm';
import { period } from '../../shared/point-in-time.js';
import type { NodeTable } from '../../shared/node-registry.js';
import { fail, UserErrorCode, type Writer } from '../../shared/write.js';
import { countryByCode } from '../country/country.filter.js';

/** An end date may not lie wholly before its start date (partial dates compare as periods). */
export function endNotBeforeStart(start: string | null | undefined, end: string | null | undefined, endField = 'endDate'): void {
  if (start && end && period(end)[1] < period(start)[0]) {
    fail(endField, `\`${endField}\` (${end}) is before the start date (${start}); give a date on or after ${start}.`);
  }
}

/** Handles are unique per table; `exceptId` is the row being updated. */
export function uniqueHandle(writer: Writer, table: Extract<NodeTable, { handle: unknown }>, handle: string, exceptId?: number): void {
  const clash = writer.tx
    .select({ id: table.id })
    .from(table as any)
    .where(and(eq(table.handle, handle), exceptId ? ne(table.id, exceptId) : undefined))
    .get();
  if (clash) fail('handle', `The handle "${handle}" is taken; choose another.`, UserErrorCode.CONFLICT);
}

/** The id of the country with this IOC or ISO code; null for null; a user error for an unknown code. */
export function countryId(writer: Writer, code: string | null | undefined, field = 'country'): number | null | undefined {
  if (code === undefined) return undefined;
  if (code === null) return null;
  const row = writer.tx.get<{ id: number } | undefined>(countryByCode(code));
  if (!row) fail(field, `No country has the code "${code}"; use an IOC code (\`KAZ\`) or an ISO code (\`KZ\`, \`KAZ\`).`, UserErrorCode.NOT_FOUND);
  return row.id;
}

/** The fields of an update input that were given (null included), without its id. */
export function given<T extends { id?: unknown }>(input: T): Partial<Omit<T, 'id'>> {
  return Object.fromEntries(Object.entries(input).filter(([key, value]) => key !== 'id' && value !== undefined)) as Partial<Omit<T, 'id'>>;
}
