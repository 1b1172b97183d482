/** The `since` of the changes feed: a date or a timestamp, compared with the stored UTC `at`. */
import { gte, type SQL } from 'drizzle-orm';
import { changes } from '../../db/schema.js';
import { UserInputError } from '../../shared/errors.js';

const SINCE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** The ISO timestamp in UTC that `since` names; a date is midnight UTC, a time without zone is UTC. */
export function sinceInstant(since: string): string {
  const zoned = SINCE.test(since) && since.includes('T') && !/(Z|[+-]\d{2}:\d{2})$/.test(since) ? `${since}Z` : since;
  const instant = SINCE.test(since) ? new Date(zoned) : null;
  if (!instant || Number.isNaN(instant.getTime())) {
    throw new UserInputError(`\`since\` must be an ISO 8601 date or timestamp, e.g. \`2025-06-01\` or \`2025-06-01T12:00:00Z\`; got "${since}".`, 'since');
  }
  return instant.toISOString();
}

export function changesSince(since: string | null | undefined): { where?: SQL; key?: string } {
  if (!since) return {};
  const instant = sinceInstant(since);
  return { where: gte(changes.at, instant), key: instant };
}
