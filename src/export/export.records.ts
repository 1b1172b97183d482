/**
 * What an export holds, declared once for every format: one record kind per table, read through
 * the drizzle tables, with references written as natural keys (handles, country codes, sport
 * codes) and facts named by the global ids the API shows, so an import can read them back.
 * Records merged into another are left out (merges moved their facts to the survivor).
 */
import { and, eq, isNull, sql, type Column, type SQL } from 'drizzle-orm';
import { alias, type SQLiteColumn, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as t from '../db/schema.js';
import type { NodeTypeName } from '../shared/node-registry.js';
import type { Scope } from './export.scope.js';

/** A column that points at another record, written as that record's natural key (facts: their global id). */
export interface Ref {
  to: NodeTypeName;
  column: SQLiteColumn;
}
const ref = (to: NodeTypeName, column: SQLiteColumn): Ref => ({ to, column });

/**
 * References kept in a join table, written as their natural keys joined by `;` (an organisation's
 * sports: `ATH;SWI`); an import adds the rows of the join table that are missing.
 */
export interface JoinList {
  to: NodeTypeName;
  through: SQLiteTable;
  /** The join table's column pointing at the record, and the one pointing at each item. */
  owner: SQLiteColumn;
  item: SQLiteColumn;
  separator: string;
  value: SQL.Aliased;
}

/** A column as an import reads it back: a stored column, a reference, a join list, or derived SQL (a country's `code`) that is only read. */
export type KindColumn = SQLiteColumn | Ref | JoinList | SQL.Aliased;

export interface RecordKind {
  /** The NDJSON `type` and the CSV column `target_type` of its citations. */
  type: string;
  /** The CSV file (without `.csv`) and the Popolo extension array. */
  file: string;
  /** The API's type, whose global ids name the records. */
  typeName: NodeTypeName;
  table: SQLiteTable & { id: SQLiteColumn };
  /** The exported columns, by their name in every format (snake_case, as stored). */
  columns: Record<string, KindColumn>;
  /** The natural key others refer to it by (handle, code); facts have none and are referred to by id. */
  key?: string;
  /**
   * For a fact: the columns that make two rows the same fact (its owners and what it says, as the
   * seed loader identifies them). An import finds a fact by them, since ids from another registry
   * mean nothing here; the other columns are what an import may update.
   */
  identity?: string[];
  /** The column of `citations` that points at it; absent for what cannot be cited. */
  cited?: SQLiteColumn;
  /** Which rows a filtered export keeps (every row of an unfiltered one, merged-away records aside). */
  where(scope: Scope): SQL | undefined;
}

const c = t.countries;
/**
 * A country's natural key: its IOC code, else its ISO codes, else (a former state, which has only
 * former codes, kept as its identifiers) its first former IOC code, else its former ISO code.
 */
export const countryKey = (table: typeof c) => {
  const i = t.identifiers;
  const former = sql`(SELECT ${i.value} FROM ${i} WHERE ${i.countryId} = ${table.id} AND ${i.scheme} IN ('ioc_code', 'iso_3166_3') ORDER BY ${i.scheme} = 'ioc_code' DESC, ${i.id} LIMIT 1)`;
  return sql<string>`coalesce(${table.iocCode}, ${table.iso3}, ${table.iso2}, ${table.isoNumeric}, ${former})`;
};

const inSet = (column: Column, set: SQL | undefined) => (set ? sql`${column} IN (${set})` : undefined);
/** Of the columns pointing at owners, the one set must point into the export. */
const ownedBy = (pairs: [Column, SQL | undefined][]) => {
  if (pairs.every(([, set]) => !set)) return undefined;
  return sql`(${sql.join(pairs.map(([column, set]) => (set ? sql`${column} IN (${set})` : sql`${column} IS NOT NULL`)), sql` OR `)})`;
};

export const recordKinds: RecordKind[] = [
  {
    type: 'country', file: 'countries', typeName: 'Country', table: c, cited: t.citations.countryId, key: 'code',
    columns: { code: countryKey(c).as('code'), ioc_code: c.iocCode, iso2: c.iso2, iso3: c.iso3, iso_numeric: c.isoNumeric, name: c.name, official_name: c.officialName },
    where: () => isNull(c.mergedIntoId),
  },
  {
    type: 'sport', file: 'sports', typeName: 'Sport', table: t.sports, cited: t.citations.sportId, key: 'code',
    columns: { code: t.sports.code, name: t.sports.name, parent: ref('Sport', t.sports.parentId) },
    where: () => isNull(t.sports.mergedIntoId),
  },
  {
    type: 'source', file: 'sources', typeName: 'Source', table: t.sources, key: 'handle',
    columns: {
      handle: t.sources.handle, kind: t.sources.kind, title: t.sources.title, publisher: t.sources.publisher, url: t.sources.url, lang: t.sources.lang,
      published_date: t.sources.publishedDate, retrieved_date: t.sources.retrievedDate, text: t.sources.text, note: t.sources.note,
    },
    where: () => undefined,
  },
  {
    type: 'organization', file: 'organizations', typeName: 'Organization', table: t.organizations, cited: t.citations.organizationId, key: 'handle',
    columns: {
      handle: t.organizations.handle, kind: t.organizations.kind, name: t.organizations.name, short_name: t.organizations.shortName,
      country: ref('Country', t.organizations.countryId), founding_date: t.organizations.foundingDate, dissolution_date: t.organizations.dissolutionDate,
      headquarters_city: t.organizations.headquartersCity, website: t.organizations.website, description: t.organizations.description,
      sports: {
        to: 'Sport', through: t.organizationSports, owner: t.organizationSports.organizationId, item: t.organizationSports.sportId, separator: ';',
        value: sql<string | null>`(SELECT group_concat(s.code, ';') FROM ${t.organizationSports} os JOIN ${t.sports} s ON s.id = os.sport_id WHERE os.organization_id = ${t.organizations.id})`.as('sports'),
      },
    },
    where: (scope) => and(isNull(t.organizations.mergedIntoId), inSet(t.organizations.id, scope.organizations)),
  },
  {
    type: 'person', file: 'people', typeName: 'Person', table: t.people, cited: t.citations.personId, key: 'handle',
    columns: {
      handle: t.people.handle, name: t.people.name, honorific_prefix: t.people.honorificPrefix, given_name: t.people.givenName,
      family_name: t.people.familyName, nationality: ref('Country', t.people.nationalityId), summary: t.people.summary,
    },
    where: (scope) => and(isNull(t.people.mergedIntoId), inSet(t.people.id, scope.people)),
  },
  {
    type: 'event', file: 'events', typeName: 'Event', table: t.events, cited: t.citations.eventId, key: 'handle',
    columns: {
      handle: t.events.handle, name: t.events.name, kind: t.events.kind, status: t.events.status, start_date: t.events.startDate,
      end_date: t.events.endDate, city: t.events.city, country: ref('Country', t.events.countryId), parent: ref('Event', t.events.parentId),
      description: t.events.description,
    },
    where: (scope) => inSet(t.events.id, scope.events),
  },
  {
    type: 'agreement', file: 'agreements', typeName: 'Agreement', table: t.agreements, cited: t.citations.agreementId, key: 'handle',
    columns: {
      handle: t.agreements.handle, title: t.agreements.title, kind: t.agreements.kind, status: t.agreements.status, scope: t.agreements.scope,
      topics: t.agreements.topics, discussed_date: t.agreements.discussedDate, signed_date: t.agreements.signedDate,
      start_date: t.agreements.startDate, end_date: t.agreements.endDate, origin_event: ref('Event', t.agreements.originEventId),
    },
    where: (scope) => inSet(t.agreements.id, scope.agreements),
  },
  {
    type: 'name', file: 'names', typeName: 'Name', table: t.names, cited: t.citations.nameId,
    identity: ['organization', 'person', 'event', 'country', 'sport', 'lang', 'value', 'kind'],
    columns: {
      organization: ref('Organization', t.names.organizationId), person: ref('Person', t.names.personId), event: ref('Event', t.names.eventId),
      country: ref('Country', t.names.countryId), sport: ref('Sport', t.names.sportId), value: t.names.value, lang: t.names.lang,
      kind: t.names.kind, start_date: t.names.startDate, end_date: t.names.endDate, note: t.names.note,
    },
    where: (scope) => ownedBy([[t.names.organizationId, scope.organizations], [t.names.personId, scope.people], [t.names.eventId, scope.events], [t.names.countryId, undefined], [t.names.sportId, undefined]]),
  },
  {
    type: 'identifier', file: 'identifiers', typeName: 'Identifier', table: t.identifiers,
    identity: ['organization', 'person', 'country', 'scheme', 'value'],
    columns: {
      organization: ref('Organization', t.identifiers.organizationId), person: ref('Person', t.identifiers.personId),
      country: ref('Country', t.identifiers.countryId), scheme: t.identifiers.scheme, value: t.identifiers.value,
      start_date: t.identifiers.startDate, end_date: t.identifiers.endDate,
    },
    where: (scope) => ownedBy([[t.identifiers.organizationId, scope.organizations], [t.identifiers.personId, scope.people], [t.identifiers.countryId, undefined]]),
  },
  {
    type: 'tie', file: 'ties', typeName: 'Affiliation', table: t.affiliations, cited: t.citations.affiliationId,
    identity: ['organization', 'parent', 'kind'],
    columns: {
      organization: ref('Organization', t.affiliations.organizationId), parent: ref('Organization', t.affiliations.parentId), kind: t.affiliations.kind,
      start_date: t.affiliations.startDate, end_date: t.affiliations.endDate, note: t.affiliations.note,
    },
    where: (scope) => and(inSet(t.affiliations.organizationId, scope.organizations), inSet(t.affiliations.parentId, scope.organizations)),
  },
  {
    type: 'post', file: 'posts', typeName: 'Post', table: t.posts, cited: t.citations.postId,
    identity: ['person', 'organization', 'role', 'label'],
    columns: {
      person: ref('Person', t.posts.personId), organization: ref('Organization', t.posts.organizationId), role: t.posts.role, label: t.posts.label,
      start_date: t.posts.startDate, end_date: t.posts.endDate, on_behalf_of: ref('Organization', t.posts.onBehalfOfId),
    },
    where: (scope) => inSet(t.posts.organizationId, scope.organizations),
  },
  {
    type: 'organizer', file: 'organizers', typeName: 'EventOrganizer', table: t.eventOrganizers, cited: t.citations.eventOrganizerId,
    identity: ['event', 'organization', 'role'],
    columns: { event: ref('Event', t.eventOrganizers.eventId), organization: ref('Organization', t.eventOrganizers.organizationId), role: t.eventOrganizers.role },
    where: (scope) => and(inSet(t.eventOrganizers.eventId, scope.events), inSet(t.eventOrganizers.organizationId, scope.organizations)),
  },
  {
    type: 'participation', file: 'participations', typeName: 'Participation', table: t.participations, cited: t.citations.participationId,
    identity: ['event', 'person', 'organization'],
    columns: {
      event: ref('Event', t.participations.eventId), person: ref('Person', t.participations.personId),
      organization: ref('Organization', t.participations.organizationId), capacity: t.participations.capacity,
    },
    where: (scope) => and(
      inSet(t.participations.eventId, scope.events),
      scope.people && sql`(${t.participations.personId} IS NULL OR ${inSet(t.participations.personId, scope.people)})`,
      scope.organizations && sql`(${t.participations.organizationId} IS NULL OR ${inSet(t.participations.organizationId, scope.organizations)})`,
    ),
  },
  {
    type: 'party', file: 'parties', typeName: 'AgreementParty', table: t.agreementParties, cited: t.citations.agreementPartyId,
    identity: ['agreement', 'organization'],
    columns: { agreement: ref('Agreement', t.agreementParties.agreementId), organization: ref('Organization', t.agreementParties.organizationId), role: t.agreementParties.role },
    where: (scope) => and(inSet(t.agreementParties.agreementId, scope.agreements), inSet(t.agreementParties.organizationId, scope.organizations)),
  },
];

/**
 * Citations, as an import reads them back: nested under `citations` in NDJSON and Popolo, in
 * citations.csv with `target_type` (a kind's `type`) and `target` (its natural key, or a fact's
 * global id) naming what they support. Found by their source, target and quote, as the seed does.
 */
export const citationKind: RecordKind = {
  type: 'citation', file: 'citations', typeName: 'Citation', table: t.citations,
  columns: {
    source: ref('Source', t.citations.sourceId), quote: t.citations.quote, quote_translation: t.citations.quoteTranslation,
    confidence: t.citations.confidence, kind: t.citations.kind, correction: t.citations.correction, note: t.citations.note,
  },
  identity: ['source', 'target', 'quote'],
  where: () => undefined,
};

/** A column that points at another record (written as its natural key, or a fact's global id). */
export const isRef = (column: KindColumn): column is Ref => 'to' in column && 'column' in column;
/** A list of references kept in a join table. */
export const isJoinList = (column: KindColumn): column is JoinList => 'to' in column && 'through' in column;

/** The kind whose records have this API type name. */
export const kindOf = (typeName: NodeTypeName) => recordKinds.find((kind) => kind.typeName === typeName);

/** How a reference to `to` is written: the target's natural key, joined under a fresh alias; facts keep their row id (made a global id when read). */
export function refKey(to: NodeTypeName, column: SQLiteColumn, aliasName: string): { join?: [SQLiteTable, SQL]; value: SQLiteColumn | SQL } {
  const target = kindOf(to);
  if (!target?.key) return { value: column };
  const joined = alias(target.table, aliasName) as unknown as Record<string, SQLiteColumn> & SQLiteTable;
  const value = to === 'Country' ? countryKey(joined as unknown as typeof c) : joined[target.key === 'code' ? 'code' : 'handle']!;
  return { join: [joined, eq(joined.id!, column)], value };
}
