/**
 * Merges of duplicate records. Everything that points at the merged record moves to the survivor
 * through the writer, so each move is one recorded change; the merged row itself stays, marked
 * `mergedIntoId`, so its id, handle and history keep working (lookups follow it to the survivor).
 */
import { and, eq, sql, type Column } from 'drizzle-orm';
import { AffiliationKind, NameKind } from '../../db/enums.js';
import * as t from '../../db/schema.js';
import type { NodeTable } from '../../shared/node-registry.js';
import { fail, UserErrorCode, type Row, type Writer } from '../../shared/write.js';
import { removeRecord } from '../mutation/remove-cited.js';
import type { MergeOrganizationsInput, MergePeopleInput } from './merge.input.js';
import { pair } from '../mutation/merge.js';

/** The rows of `table` whose `column` is `id`. */
function pointingAt<T extends NodeTable>(writer: Writer, table: T, column: Column, id: number): Row<T>[] {
  return writer.read.select().from(table as any).where(eq(column, id)).all() as Row<T>[];
}

/** Moves every row whose `key` column names `from` over to `to`, one recorded update each. */
function repoint<T extends NodeTable>(writer: Writer, table: T, key: keyof Row<T> & string, from: number, to: number): void {
  const column = (table as unknown as Record<string, Column>)[key];
  for (const row of pointingAt(writer, table, column, from)) writer.update(table, row.id, { [key]: to } as any);
}

/**
 * Moves a merged record's rows of a table with a uniqueness rule (one party per agreement, one
 * organiser per event and role): where the survivor already has the twin row, the merged row's
 * citations move to the twin and the merged row is removed; otherwise the row itself moves.
 */
function moveOrFold<T extends typeof t.agreementParties | typeof t.eventOrganizers>(
  writer: Writer, table: T, citationKey: 'agreementPartyId' | 'eventOrganizerId', twinOf: (row: Row<T>) => Row<T> | undefined,
  from: number, to: number,
): void {
  for (const row of pointingAt(writer, table, table.organizationId, from)) {
    const twin = twinOf(row);
    if (!twin) {
      writer.update(table, row.id, { organizationId: to } as any);
      continue;
    }
    repoint(writer, t.citations, citationKey, row.id, twin.id);
    removeRecord(writer, table, row.id);
  }
}

/**
 * After the moves, a hierarchical tie path from the survivor back to itself, or null. Only ties
 * that touch the survivor changed, so any new cycle runs through it (e.g. the duplicate was a
 * member of a body that is itself a member of the survivor).
 */
function cycleThrough(writer: Writer, id: number): string | null {
  const hierarchical = [AffiliationKind.MEMBER_OF, AffiliationKind.PART_OF, AffiliationKind.RECOGNISED_BY];
  const row = writer.read.get<{ path: string } | undefined>(sql`
    WITH RECURSIVE up(id, path, seen) AS (
      SELECT ${t.organizations.id}, ${t.organizations.handle}, ',' FROM ${t.organizations} WHERE ${t.organizations.id} = ${id}
      UNION ALL
      SELECT a.parent_id, up.path || ' ' || a.kind || ' ' || o.handle, up.seen || a.parent_id || ','
        FROM up JOIN ${t.affiliations} a ON a.organization_id = up.id JOIN ${t.organizations} o ON o.id = a.parent_id
       WHERE a.kind IN (${sql.join(hierarchical.map((kind) => sql`${kind}`), sql`, `)}) AND instr(up.seen, ',' || a.parent_id || ',') = 0
    )
    SELECT path FROM up WHERE id = ${id} AND seen <> ',' LIMIT 1`);
  return row?.path ?? null;
}

/** Fields the survivor lacks and the duplicate knows. */
function gaps<R extends object>(survivor: R, merged: R, keys: (keyof R)[]): Partial<R> {
  return Object.fromEntries(keys.filter((key) => survivor[key] == null && merged[key] != null).map((key) => [key, merged[key]])) as Partial<R>;
}

/** Keeps the duplicate's main name findable on the survivor, as an alias, unless a name already says it. */
function keepName(writer: Writer, owner: { organizationId: number } | { personId: number }, ownerColumn: Column, ownerId: number, merged: { name: string; handle: string }): void {
  const known = writer.read.select({ id: t.names.id }).from(t.names).where(and(eq(ownerColumn, ownerId), eq(t.names.value, merged.name))).get();
  if (!known) writer.insert(t.names, { ...owner, value: merged.name, lang: 'en', kind: NameKind.ALIAS, note: `The name of the merged record "${merged.handle}".` });
}

/** Merges one organisation into another. */
export function mergeOrganizations(writer: Writer, input: MergeOrganizationsInput) {
  const { survivor, merged } = pair(writer, t.organizations, input);
  const [to, from] = [survivor.id, merged.id];

  repoint(writer, t.posts, 'organizationId', from, to);
  repoint(writer, t.posts, 'onBehalfOfId', from, to);

  // A tie between the two records (such as `same_as`) would become a self-tie: it goes, recorded.
  const ties = [...pointingAt(writer, t.affiliations, t.affiliations.organizationId, from), ...pointingAt(writer, t.affiliations, t.affiliations.parentId, from)];
  for (const tie of new Map(ties.map((row) => [row.id, row])).values()) {
    const organizationId = tie.organizationId === from ? to : tie.organizationId;
    const parentId = tie.parentId === from ? to : tie.parentId;
    if (organizationId === parentId) removeRecord(writer, t.affiliations, tie.id);
    else writer.update(t.affiliations, tie.id, { organizationId, parentId });
  }

  const cycle = cycleThrough(writer, to);
  if (cycle) fail('mergedId', `Merging would tie "${survivor.handle}" into a cycle (${cycle}); end or delete one of those ties first.`, UserErrorCode.CONFLICT);

  moveOrFold(writer, t.agreementParties, 'agreementPartyId', (row) =>
    writer.read.select().from(t.agreementParties).where(and(eq(t.agreementParties.agreementId, row.agreementId), eq(t.agreementParties.organizationId, to))).get(),
  from, to);
  moveOrFold(writer, t.eventOrganizers, 'eventOrganizerId', (row) =>
    writer.read.select().from(t.eventOrganizers)
      .where(and(eq(t.eventOrganizers.eventId, row.eventId), eq(t.eventOrganizers.role, row.role), eq(t.eventOrganizers.organizationId, to))).get(),
  from, to);

  repoint(writer, t.participations, 'organizationId', from, to);
  repoint(writer, t.names, 'organizationId', from, to);
  repoint(writer, t.identifiers, 'organizationId', from, to);
  repoint(writer, t.citations, 'organizationId', from, to);
  // Records merged into the duplicate earlier now point straight at the survivor: chains stay one hop.
  repoint(writer, t.organizations, 'mergedIntoId', from, to);

  // The sports join table has no id and so no history: the survivor gains the duplicate's sports,
  // and the duplicate keeps its own rows, so nothing needs recording to be recoverable.
  writer.changeJoinRows(sql`INSERT OR IGNORE INTO ${t.organizationSports} (organization_id, sport_id)
    SELECT ${to}, ${t.organizationSports.sportId} FROM ${t.organizationSports} WHERE ${t.organizationSports.organizationId} = ${from}`);

  keepName(writer, { organizationId: to }, t.names.organizationId, to, merged);
  const filled = gaps(survivor, merged, ['shortName', 'countryId', 'foundingDate', 'dissolutionDate', 'headquartersCity', 'website', 'description']);
  const result = Object.keys(filled).length ? writer.update(t.organizations, to, filled)! : survivor;
  writer.update(t.organizations, from, { mergedIntoId: to });
  return writer.find(t.organizations, result.id)!;
}

/** Merges one person record into another. */
export function mergePeople(writer: Writer, input: MergePeopleInput) {
  const { survivor, merged } = pair(writer, t.people, input);
  const [to, from] = [survivor.id, merged.id];
  repoint(writer, t.posts, 'personId', from, to);
  repoint(writer, t.participations, 'personId', from, to);
  repoint(writer, t.names, 'personId', from, to);
  repoint(writer, t.identifiers, 'personId', from, to);
  repoint(writer, t.citations, 'personId', from, to);
  repoint(writer, t.people, 'mergedIntoId', from, to);
  keepName(writer, { personId: to }, t.names.personId, to, merged);
  const filled = gaps(survivor, merged, ['honorificPrefix', 'givenName', 'familyName', 'nationalityId', 'summary']);
  if (Object.keys(filled).length) writer.update(t.people, to, filled);
  writer.update(t.people, from, { mergedIntoId: to });
  return writer.find(t.people, to)!;
}
