/**
 * The hand-written baseline: what each bench operation costs on the same stack without the
 * GraphQL machinery. Prepared better-sqlite3 statements and plain objects, shaped exactly as the
 * project answers (the bench checks the `data` is deep-equal before timing anything). It knows
 * only the bench operations (bench/queries.ts), recognised by operation name.
 *
 * What it shares with the project on purpose: the search folding and matching rules (normalize.ts), because
 * both sides must match the same index rows; everything else is written out here.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { hasCyrillic, matchExpression, normalizeForSearch, transliterationVariants, withArabicStems } from '../src/shared/normalize.js';

type Row = Record<string, any>;
type Data = Record<string, unknown>;
export interface Answer {
  data?: Data | null;
  errors?: { message: string; extensions: { code: string } }[];
}

/** The project's global ids (src/shared/global-id.ts): base64url of "<Type>:<row id>". */
export const toGlobalId = (type: string, id: number) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
function fromGlobalId(globalId: string): { type: string; id: number } | null {
  const match = /^([A-Z][A-Za-z]*):([1-9][0-9]{0,15})$/.exec(Buffer.from(globalId, 'base64url').toString('utf8'));
  return match && toGlobalId(match[1]!, Number(match[2])) === globalId ? { type: match[1]!, id: Number(match[2]) } : null;
}

/** GraphQL enum values are the stored values in capitals (`member_of` -> `MEMBER_OF`). */
const enumOut = (value: string) => value.toUpperCase();

// The search index layout of src/shared/search-index.ts: one rowid range per entity.
const TYPE_CODE: Record<string, number> = { Organization: 1, Person: 2, Event: 3, Agreement: 4 };
const ROWS_PER_ENTITY = 4096;
const firstRowid = (type: string, id: number) => (TYPE_CODE[type]! * 2 ** 36 + id) * ROWS_PER_ENTITY;

export class Baseline {
  private readonly s;

  constructor(private readonly db: Database.Database) {
    const p = (source: string) => db.prepare(source);
    this.s = {
      orgById: p('SELECT id, handle, name, merged_into_id AS mergedIntoId FROM organizations WHERE id = ?'),
      orgByHandle: p('SELECT id, handle, name, merged_into_id AS mergedIntoId FROM organizations WHERE handle = ?'),
      personById: p('SELECT id, handle, name, merged_into_id AS mergedIntoId FROM people WHERE id = ?'),
      eventById: p('SELECT id, handle, name FROM events WHERE id = ?'),
      agreementById: p('SELECT id, handle, title FROM agreements WHERE id = ?'),
      postsOfOrg: p('SELECT role, person_id AS personId FROM posts WHERE organization_id = ? ORDER BY id LIMIT ?'),
      affiliationsOfOrg: p('SELECT kind, parent_id AS parentId FROM affiliations WHERE organization_id = ? ORDER BY id LIMIT ?'),
      agreementsOfOrg: p(`SELECT DISTINCT a.id, a.handle FROM agreements a JOIN agreement_parties p ON p.agreement_id = a.id
        WHERE p.organization_id = ? ORDER BY a.id LIMIT ?`),
      // The project's ranking statement (search.service.ts): best row per entity, then the page and the total.
      search: p(`
        WITH hits AS (
          SELECT rowid AS rid, entity_type, entity_id, field, lang, display, bm25(search_index) AS score
          FROM search_index WHERE search_index MATCH ?
        ), best AS (
          SELECT *, row_number() OVER (ORDER BY score, rid) AS pos FROM (
            SELECT *, row_number() OVER (PARTITION BY entity_type, entity_id ORDER BY score, instr(display, ?) = 0, rid) AS n FROM hits
          ) WHERE n = 1
        )
        SELECT (SELECT count(*) FROM best) AS total, b.pos, b.entity_type AS entityType, b.entity_id AS entityId,
          b.field, b.lang, b.display, b.score
        FROM (SELECT 1) LEFT JOIN best b ON b.pos > 0 AND b.pos <= ? ORDER BY b.pos`),
      keyByHash: p('SELECT name, role, revoked_at AS revokedAt FROM api_keys WHERE hash = ?'),
      nameClash: p('SELECT id FROM names WHERE organization_id = ? AND lang = ? AND value = ? AND kind = ?'),
      insertName: p(`INSERT INTO names (organization_id, value, lang, kind) VALUES (?, ?, ?, ?)
        RETURNING id, organization_id AS organizationId, person_id AS personId, event_id AS eventId, value, lang, kind,
          start_date AS startDate, end_date AS endDate, note`),
      insertChange: p('INSERT INTO changes (at, actor, operation, entity_type, entity_id, before, after) VALUES (?, ?, ?, ?, ?, NULL, ?)'),
      deleteIndexRange: p('DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_index_content WHERE id >= ? AND id < ?)'),
      orgForIndex: p('SELECT id, handle, name, short_name AS shortName FROM organizations WHERE id = ? AND merged_into_id IS NULL'),
      namesOfOrg: p('SELECT value, lang, kind FROM names WHERE organization_id = ? ORDER BY id'),
      insertIndexRow: p('INSERT INTO search_index (rowid, entity_type, entity_id, field, lang, display, text) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    };
  }

  /** Answers one bench request; anything else is refused as the project would not be asked it. */
  execute(body: { operationName?: string; variables?: Record<string, any> }, authorization?: string): Answer {
    const v = body.variables ?? {};
    switch (body.operationName) {
      case 'BenchNested': return { data: this.nested(v) };
      case 'BenchLookup': return { data: { organization: this.lookup(v.handle) } };
      case 'BenchSearch': return { data: { search: this.search(v.q, v.first ?? 20) } };
      case 'BenchAddName': {
        const actor = this.editor(authorization);
        if (!actor) return { errors: [{ message: 'An editor key is needed.', extensions: { code: 'UNAUTHENTICATED' } }], data: null };
        return { data: { addName: this.addName(v.input, actor) } };
      }
      default: return { errors: [{ message: `The baseline only knows the bench operations.`, extensions: { code: 'BAD_REQUEST' } }] };
    }
  }

  /** `b<i>: nodes(ids: $ids<i>) { ...BenchOrg }`; rows met twice in one request are read once, as a loader would. */
  nested(variables: Record<string, string[]>): Data {
    const orgs = new Map<number, Row | null>();
    const people = new Map<number, Row | null>();
    const cached = (cache: Map<number, Row | null>, statement: Database.Statement, id: number) => {
      if (!cache.has(id)) cache.set(id, (statement.get(id) as Row | undefined) ?? null);
      return cache.get(id)!;
    };
    const survivor = (cache: Map<number, Row | null>, statement: Database.Statement, id: number) => {
      let row = cached(cache, statement, id);
      for (let hop = 0; row?.mergedIntoId != null && hop < 8; hop++) row = cached(cache, statement, row.mergedIntoId);
      return row;
    };
    const ref = (row: Row | null) => row && { handle: row.handle, name: row.name };
    const organization = (globalId: string) => {
      const parsed = fromGlobalId(globalId);
      if (!parsed) throw new Error(`not a global id: ${globalId}`);
      if (parsed.type !== 'Organization') return {}; // another node type: the fragment selects nothing
      const org = survivor(orgs, this.s.orgById, parsed.id);
      if (!org) return null;
      return {
        handle: org.handle,
        name: org.name,
        posts: {
          nodes: (this.s.postsOfOrg.all(org.id, 10) as Row[]).map((p) => ({ role: enumOut(p.role), person: ref(cached(people, this.s.personById, p.personId)) })),
        },
        affiliations: {
          nodes: (this.s.affiliationsOfOrg.all(org.id, 10) as Row[]).map((a) => ({ kind: enumOut(a.kind), parent: ref(cached(orgs, this.s.orgById, a.parentId)) })),
        },
        agreements: { nodes: (this.s.agreementsOfOrg.all(org.id, 10) as Row[]).map((a) => ({ handle: a.handle })) },
      };
    };
    const data: Data = {};
    for (const [name, ids] of Object.entries(variables)) data[`b${name.slice(3)}`] = ids.map(organization);
    return data;
  }

  /** `organization(handle:) { id handle name }`, following a merge to the survivor. */
  lookup(handle: string): Row | null {
    let org = this.s.orgByHandle.get(handle.trim().toLowerCase()) as Row | undefined;
    for (let hop = 0; org?.mergedIntoId != null && hop < 8; hop++) org = this.s.orgById.get(org.mergedIntoId) as Row | undefined;
    return org ? { id: toGlobalId('Organization', org.id), handle: org.handle, name: org.name } : null;
  }

  /** `search(query:, first:)` over every type, as search.service.ts ranks it. */
  search(query: string, first: number): Row {
    const match = matchExpression(query.trim());
    const hits = match ? (this.s.search.all(match, query.trim(), first) as Row[]) : [];
    const byType: Record<string, Database.Statement> = {
      Organization: this.s.orgById, Person: this.s.personById, Event: this.s.eventById, Agreement: this.s.agreementById,
    };
    const edges = hits.filter((h) => h.pos !== null).map((h) => {
      const row = byType[h.entityType]!.get(h.entityId) as Row;
      const node = h.entityType === 'Agreement'
        ? { __typename: 'Agreement', id: toGlobalId('Agreement', row.id), handle: row.handle, title: row.title }
        : { __typename: h.entityType, id: toGlobalId(h.entityType, row.id), handle: row.handle, name: row.name };
      return { matchedText: h.display, matchedLang: h.lang, matchedField: h.field, score: Math.round(-h.score * 1000) / 1000, node };
    });
    return { totalCount: hits[0]?.total ?? 0, edges };
  }

  /** The name of the live editor or admin key in `Authorization: Bearer <key>`, or null. */
  editor(authorization: string | undefined): string | null {
    const key = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '')?.[1];
    if (!key) return null;
    const row = this.s.keyByHash.get(createHash('sha256').update(key, 'utf8').digest('hex')) as Row | undefined;
    return row && !row.revokedAt ? row.name : null;
  }

  /**
   * `addName` for an organisation, as one BEGIN IMMEDIATE transaction: the name row, its history
   * row in `changes`, and the owner's search-index rows rewritten, as src/shared/write.ts does.
   */
  addName(input: { ownerId: string; value: string; lang: string; kind: string }, actor: string): Row {
    const failure = (field: string, message: string, code: string) => ({ name: null, userErrors: [{ field: ['input', field], message, code }] });
    if (input.value.length < 1 || input.value.length > 300) return failure('value', 'value must be 1 to 300 characters', 'INVALID');
    if (!/^[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|\d{3}))?$/.test(input.lang)) return failure('lang', 'lang must be a BCP-47 language tag', 'INVALID');
    const parsed = fromGlobalId(input.ownerId);
    if (parsed?.type !== 'Organization') return failure('ownerId', 'The bench adds names to organisations only.', 'NOT_FOUND');
    const kind = input.kind.toLowerCase();
    return this.db.transaction(() => {
      const owner = this.s.orgById.get(parsed.id) as Row | undefined;
      if (!owner) return failure('ownerId', `No Organization has the id "${input.ownerId}".`, 'NOT_FOUND');
      if (owner.mergedIntoId != null) return failure('ownerId', `"${input.ownerId}" was merged; use the survivor's id.`, 'NOT_ALLOWED');
      if (this.s.nameClash.get(owner.id, input.lang, input.value, kind)) return failure('value', 'It already has that name.', 'CONFLICT');
      const row = this.s.insertName.get(owner.id, input.value, input.lang, kind) as Row;
      this.s.insertChange.run(new Date().toISOString(), actor, 'addName', 'Name', row.id, JSON.stringify(row));
      this.reindexOrganization(owner.id);
      return { name: { value: row.value, lang: row.lang, kind: enumOut(row.kind) }, userErrors: [] };
    }).immediate();
  }

  /** Replaces an organisation's rows in the search index (the `documents` rule of src/shared/search-index.ts). */
  private reindexOrganization(id: number): void {
    const start = firstRowid('Organization', id);
    this.s.deleteIndexRange.run(start, start + ROWS_PER_ENTITY);
    const org = this.s.orgForIndex.get(id) as Row | undefined;
    if (!org) return;
    const names = this.s.namesOfOrg.all(id) as Row[];
    const docs: { field: string; lang: string | null; display: string; text: string }[] = [];
    const add = (field: string, display: string, lang: string | null, words = normalizeForSearch(display)) => {
      const text = withArabicStems(words);
      if (text && !docs.some((d) => d.text === text && d.display === display)) docs.push({ field, lang, display, text });
    };
    const langOf = (value: string) => names.find((n) => n.value === value)?.lang ?? null;
    const withJoined = (value: string) => [...new Set([normalizeForSearch(value), normalizeForSearch(value).replaceAll(' ', '')])].join(' ');
    add('NAME', org.name, langOf(org.name));
    if (org.shortName) add('SHORT_NAME', org.shortName, langOf(org.shortName), withJoined(org.shortName));
    add('HANDLE', org.handle, null, withJoined(org.handle));
    for (const n of names) add('OTHER_NAME', n.value, n.lang, n.kind === 'short' ? withJoined(n.value) : undefined);
    for (const n of names) if (hasCyrillic(n.value)) add('TRANSLITERATION', n.value, n.lang, transliterationVariants(n.value).join(' '));
    docs.slice(0, ROWS_PER_ENTITY).forEach((d, n) => this.s.insertIndexRow.run(start + n, 'Organization', id, d.field, d.lang, d.display, d.text));
  }
}
