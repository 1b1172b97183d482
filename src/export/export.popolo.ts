/**
 * Popolo JSON (popoloproject.com): `areas` (countries), `organizations` (with `other_names`,
 * `identifiers`, `parent_id` from ties), `persons`, `events`, `posts` (one per organisation and
 * role), `memberships` (people's posts, and ties with the member organisation as `member`), with
 * `sources` on each object. Popolo ids are the natural keys (handles, country codes). What Popolo
 * has no field for is kept, never dropped: each object's `x-sportsgraph` holds the registry's id,
 * its other columns and its citations; the top-level `x-sportsgraph` holds the records Popolo has
 * no class for (sources, sports, agreements, parties, event organisers, participations). `meta`
 * says when, from which version and under which licence. Written as it is read, one object at a time.
 */
import type { Writable } from 'node:stream';
import { eq, sql } from 'drizzle-orm';
import { alias, type SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/client.js';
import * as t from '../db/schema.js';
import type { ExportMeta } from './export.meta.js';
import { citationsOf, countKindRows, iterateQuery, rowReader, type Citation, type ExportRow, type ReadRow } from './export.read.js';
import { recordKinds, type RecordKind } from './export.records.js';
import type { Scope } from './export.scope.js';
import { put } from './export.stream.js';

const X = 'x-sportsgraph';
const kind = (type: string) => recordKinds.find((k) => k.type === type)!;
/** The kinds written as Popolo classes, and those kept under the top-level extension. */
const popoloKinds = ['country', 'organization', 'person', 'event', 'post', 'tie'];
const extensionKinds = ['source', 'sport', 'agreement', 'party', 'organizer', 'participation'];
/** Which tie gives an organisation its Popolo `parent_id`: the first kind in this order, current ties first. */
const PARENT_TIES = ['part_of', 'member_of', 'recognised_by'];

/** Rows read for progress: every kind once, and the posts again for Popolo's `posts`. */
export const popoloRowsToRead = (db: Db, scope: Scope) =>
  [...popoloKinds, ...extensionKinds, 'post'].reduce((total, type) => total + countKindRows(db, kind(type), scope), 0);

/**
 * Which Popolo field holds which exported column, for each record kind written as a Popolo class
 * (the other columns are kept under `x-sportsgraph`): the mappers below write them, spelt out for
 * speed (an export allocates per row), and the import reads them back by this table; the Popolo
 * round trip in tests/import.test.ts keeps the two in step. What is derived (an organisation's
 * `parent_id` from its ties, a membership's `post_id`) or spelt otherwise (an organisation's
 * website in `links`, a tie's member organisation in `member`) the import handles itself.
 */
export const popoloFields = {
  country: { id: 'code', name: 'name' },
  organization: {
    id: 'handle', name: 'name', classification: 'kind', area_id: 'country', founding_date: 'founding_date', dissolution_date: 'dissolution_date',
    description: 'description',
  },
  person: { id: 'handle', name: 'name', honorific_prefix: 'honorific_prefix', given_name: 'given_name', family_name: 'family_name', summary: 'summary' },
  event: {
    id: 'handle', name: 'name', description: 'description', start_date: 'start_date', end_date: 'end_date', location: 'city', status: 'status',
    classification: 'kind', parent_id: 'parent',
  },
  post: {
    id: 'id', person_id: 'person', organization_id: 'organization', role: 'role', label: 'label', start_date: 'start_date', end_date: 'end_date',
    on_behalf_of_id: 'on_behalf_of',
  },
  tie: { id: 'id', organization_id: 'parent', role: 'kind', start_date: 'start_date', end_date: 'end_date' },
  name: { name: 'value', start_date: 'start_date', end_date: 'end_date', note: 'note' },
  identifier: { identifier: 'value', scheme: 'scheme' },
} as const satisfies Record<string, Record<string, string>>;
export type PopoloClass = keyof typeof popoloFields;
/**
 * The columns a class's object holds outside `x-sportsgraph`: its Popolo fields, and for
 * organisations and ties the column spelt in `links` or `member`. Made once, not per row.
 */
const popoloColumns = Object.fromEntries(Object.entries(popoloFields).map(([type, fields]) => [
  type, [...Object.values(fields), ...({ organization: ['website'], tie: ['organization'] } as Record<string, string[]>)[type] ?? []],
])) as Record<PopoloClass, string[]>;
/** The owner columns of names and identifiers: implied by the object they are listed in. */
export const nameOwners = ['organization', 'person', 'event', 'country', 'sport'];
export const identifierOwners = ['organization', 'person', 'country'];

const omit = (row: ExportRow, keys: string[]) => Object.fromEntries(Object.entries(row).filter(([key]) => !keys.includes(key)));
/** Popolo's `sources`: the sources its citations quote, each once (a source without an address gets a URN naming its handle). */
const sourcesOf = (citations: Citation[]) => [...new Map(citations.map((c) => [c.source, { url: c.source_url ?? `urn:sportsgraph:source:${c.source}`, note: c.source }])).values()];

export async function writePopolo(db: Db, scope: Scope, meta: ExportMeta, out: Writable, tick: () => void): Promise<void> {
  const cited = Object.fromEntries(recordKinds.map((k) => [k.type, citationsOf(db, k)]));
  /** The names and identifiers of one record, and the ties from one organisation, each a prepared lookup. */
  const owned = (type: string, column: SQLiteColumn) => {
    const read = rowReader(db, kind(type), scope, eq(column, sql.placeholder('owner')));
    return (owner: number) => [...read({ owner })];
  };
  const namesOf = { organization: owned('name', t.names.organizationId), person: owned('name', t.names.personId), event: owned('name', t.names.eventId), country: owned('name', t.names.countryId), sport: owned('name', t.names.sportId) };
  const identifiersOf = { organization: owned('identifier', t.identifiers.organizationId), person: owned('identifier', t.identifiers.personId), country: owned('identifier', t.identifiers.countryId) };
  const tiesFrom = owned('tie', t.affiliations.organizationId);

  const otherName = ({ rowId, row }: ReadRow) => ({
    name: row.value, start_date: row.start_date, end_date: row.end_date, note: row.note,
    [X]: { id: row.id, lang: row.lang, kind: row.kind, citations: cited.name!(rowId) },
  });
  const identifier = ({ row }: ReadRow) => ({ identifier: row.value, scheme: row.scheme, [X]: { id: row.id, start_date: row.start_date, end_date: row.end_date } });
  /** The registry's own view of an object: its id, the columns Popolo has no field for, and its citations. */
  const extension = (type: PopoloClass, { rowId, row }: ReadRow, more: Record<string, unknown> = {}) => {
    const k = kind(type);
    const citations = cited[k.type]!(rowId);
    return { sources: sourcesOf(citations), [X]: { ...omit(row, popoloColumns[type]), ...more, ...(k.cited ? { citations } : {}) } };
  };
  const parentOf = (rowId: number) => {
    const ties = tiesFrom(rowId).map(({ row }) => row).filter((tie) => PARENT_TIES.includes(tie.kind as string));
    ties.sort((a, b) => Number(a.end_date != null) - Number(b.end_date != null) || PARENT_TIES.indexOf(a.kind as string) - PARENT_TIES.indexOf(b.kind as string));
    return (ties[0]?.parent as string | undefined) ?? null;
  };

  const mappers: Record<string, (read: ReadRow) => object> = {
    country: (read) => {
      const { row, rowId } = read;
      return { id: row.code, name: row.name, identifier: row.code, classification: 'country', ...extension('country', read, { other_names: namesOf.country(rowId).map(otherName), identifiers: identifiersOf.country(rowId).map(identifier) }) };
    },
    organization: (read) => {
      const { row, rowId } = read;
      return {
        id: row.handle, name: row.name, classification: row.kind, parent_id: parentOf(rowId), area_id: row.country,
        founding_date: row.founding_date, dissolution_date: row.dissolution_date, description: row.description,
        other_names: namesOf.organization(rowId).map(otherName), identifiers: identifiersOf.organization(rowId).map(identifier),
        links: row.website ? [{ url: row.website, note: 'website' }] : [],
        ...extension('organization', read),
      };
    },
    person: (read) => {
      const { row, rowId } = read;
      return {
        id: row.handle, name: row.name, honorific_prefix: row.honorific_prefix, given_name: row.given_name, family_name: row.family_name,
        summary: row.summary, other_names: namesOf.person(rowId).map(otherName), identifiers: identifiersOf.person(rowId).map(identifier),
        ...extension('person', read),
      };
    },
    event: (read) => {
      const { row, rowId } = read;
      return {
        id: row.handle, name: row.name, description: row.description, start_date: row.start_date, end_date: row.end_date,
        location: row.city, status: row.status, classification: row.kind, parent_id: row.parent,
        ...extension('event', read, { other_names: namesOf.event(rowId).map(otherName) }),
      };
    },
    post: (read) => {
      const { row } = read;
      return {
        id: row.id, person_id: row.person, organization_id: row.organization, post_id: `${row.organization}/${row.role}`, role: row.role,
        label: row.label, start_date: row.start_date, end_date: row.end_date, on_behalf_of_id: row.on_behalf_of,
        ...extension('post', read, { id: row.id }),
      };
    },
    tie: (read) => {
      const { row } = read;
      return {
        id: row.id, member: { '@type': 'Organization', id: row.organization }, organization_id: row.parent, role: row.kind,
        start_date: row.start_date, end_date: row.end_date,
        ...extension('tie', read, { id: row.id }),
      };
    },
    sport: (read) => ({ ...read.row, names: namesOf.sport(read.rowId).map(({ row, rowId }) => ({ ...row, citations: cited.name!(rowId) })), citations: cited.sport!(read.rowId) }),
  };
  const plain = (k: RecordKind) => (read: ReadRow) => (k.cited ? { ...read.row, citations: cited[k.type]!(read.rowId) } : read.row);

  let first = true;
  const array = async (key: string, objects: Iterable<object>) => {
    await put(out, `${first ? '' : ','}\n${JSON.stringify(key)}:[`);
    first = false;
    let separator = '';
    // One object a line, so an import can name the line a refused record starts on.
    for (const object of objects) {
      await put(out, `${separator}\n${JSON.stringify(object)}`);
      separator = ',';
      tick();
    }
    await put(out, ']');
  };
  const mapped = function* (type: string, map = mappers[type]!) {
    for (const read of rowReader(db, kind(type), scope)()) yield map(read);
  };

  await put(out, `{"meta":${JSON.stringify(meta)},`);
  await array('areas', mapped('country'));
  await array('organizations', mapped('organization'));
  await array('persons', mapped('person'));
  await array('events', mapped('event'));
  await array('posts', seats(db, scope));
  await array('memberships', (function* () {
    yield* mapped('post');
    yield* mapped('tie');
  })());
  await put(out, `,${JSON.stringify(X)}:{`);
  first = true;
  for (const type of extensionKinds) await array(kind(type).file, mapped(type, mappers[type] ?? plain(kind(type))));
  await put(out, '}}\n');
}

/** Popolo's posts: one per organisation and role held there (`noc-kazakhstan/president`), which memberships name as `post_id`. */
function* seats(db: Db, scope: Scope): Generator<object> {
  const o = alias(t.organizations, 'seat_org');
  const query = db.selectDistinct({ organization: o.handle, role: t.posts.role }).from(t.posts)
    .innerJoin(o, eq(o.id, t.posts.organizationId)).where(kind('post').where(scope)).orderBy(o.handle, t.posts.role);
  for (const seat of iterateQuery<{ organization: string; role: string }>(db, query)) {
    const label = seat.role.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
    yield { id: `${seat.organization}/${seat.role}`, label, role: seat.role, organization_id: seat.organization };
  }
}
