/**
 * The filters of an export (`country`, `kind`, `around`) as the ids of the records it keeps, one
 * subquery per record type. They choose organisations; the rest follows from them: the people who
 * hold posts in them, the events they or those people organise or attend (and, with `country`,
 * the events held there), the agreements they are parties to. Facts are kept when every record
 * they link is kept. Countries, sports and sources are reference data, always exported whole, so
 * every code and handle in an export resolves.
 */
import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { OrganizationKind, values } from '../db/enums.js';
import * as t from '../db/schema.js';
import { clip } from '../shared/client-text.js';
import { findCountryId } from '../shared/country-codes.js';

export interface ExportFilter {
  /** A country code, as `country(code:)` takes it. */
  country?: string;
  /** An organisation kind: the API's enum value (`NATIONAL_OLYMPIC_COMMITTEE`) or its stored spelling. */
  kind?: string;
  /** An organisation's handle: it and its neighbours through ties, agreements and posts (depth 1). */
  around?: string;
}

/** The ids each record type keeps; undefined: every row. */
export interface Scope {
  organizations?: SQL;
  people?: SQL;
  events?: SQL;
  agreements?: SQL;
}

/** A filter that names nothing in the registry, or is malformed; its `code` is stable. */
export class ExportFilterError extends Error {
  readonly code = 'BAD_USER_INPUT';
  constructor(readonly filter: keyof ExportFilter, message: string) {
    super(message);
  }
}

const o = t.organizations;

export function resolveScope(db: Db, filter: ExportFilter): Scope {
  const conditions: SQL[] = [];
  if (filter.country !== undefined) {
    const countryId = findCountryId(db, filter.country);
    if (countryId === null) throw new ExportFilterError('country', `Unknown country code "${clip(filter.country, 20)}": use an IOC code (KAZ), an ISO 3166-1 code (KZ, KAZ, 398) or a former code (URS).`);
    conditions.push(eq(o.countryId, countryId));
  }
  if (filter.kind !== undefined) conditions.push(eq(o.kind, organizationKind(filter.kind)));
  if (filter.around !== undefined) {
    const centre = db.select({ id: o.id }).from(o).where(and(eq(o.handle, filter.around), isNull(o.mergedIntoId))).get();
    if (!centre) throw new ExportFilterError('around', `No organisation has the handle "${clip(filter.around, 60)}".`);
    conditions.push(sql`${o.id} IN (${neighbourhood(centre.id)})`);
  }
  if (conditions.length === 0) return {};
  const organizations = sql`SELECT ${o.id} FROM ${o} WHERE ${isNull(o.mergedIntoId)} AND ${and(...conditions)}`;
  const people = sql`SELECT ${t.posts.personId} FROM ${t.posts} WHERE ${t.posts.organizationId} IN (${organizations})`;
  const byCountry = filter.country !== undefined && filter.around === undefined && filter.kind === undefined
    ? sql` UNION SELECT ${t.events.id} FROM ${t.events} WHERE ${t.events.countryId} = ${findCountryId(db, filter.country)}`
    : sql``;
  const events = sql`SELECT ${t.eventOrganizers.eventId} FROM ${t.eventOrganizers} WHERE ${t.eventOrganizers.organizationId} IN (${organizations})
    UNION SELECT ${t.participations.eventId} FROM ${t.participations}
      WHERE ${t.participations.organizationId} IN (${organizations}) OR ${t.participations.personId} IN (${people})${byCountry}`;
  const agreements = sql`SELECT ${t.agreementParties.agreementId} FROM ${t.agreementParties} WHERE ${t.agreementParties.organizationId} IN (${organizations})`;
  return { organizations, people, events, agreements };
}

/** The organisation and those one tie, agreement or post away: parents, members, co-parties, and the organisations its posts are held for (or held in on its behalf). */
function neighbourhood(id: number): SQL {
  const a = t.affiliations;
  const p = t.posts;
  const ap = t.agreementParties;
  return sql`SELECT ${id}
    UNION SELECT ${a.parentId} FROM ${a} WHERE ${a.organizationId} = ${id}
    UNION SELECT ${a.organizationId} FROM ${a} WHERE ${a.parentId} = ${id}
    UNION SELECT ${ap.organizationId} FROM ${ap} WHERE ${ap.agreementId} IN (SELECT ${ap.agreementId} FROM ${ap} WHERE ${ap.organizationId} = ${id})
    UNION SELECT ${p.onBehalfOfId} FROM ${p} WHERE ${p.organizationId} = ${id} AND ${p.onBehalfOfId} IS NOT NULL
    UNION SELECT ${p.organizationId} FROM ${p} WHERE ${p.onBehalfOfId} = ${id}`;
}

function organizationKind(kind: string): OrganizationKind {
  const stored = kind.trim().toLowerCase();
  const kinds = values(OrganizationKind) as string[];
  if (!kinds.includes(stored)) {
    throw new ExportFilterError('kind', `Unknown organisation kind "${clip(kind, 40)}": use one of ${kinds.map((k) => k.toUpperCase()).join(', ')}.`);
  }
  return stored as OrganizationKind;
}
